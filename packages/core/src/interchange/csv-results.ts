/** Results as CSV: one row per item and per group, with labels, for spreadsheets and BI tools. */
import { findLevel, instrumentFor, localize, type Lang, type LevelInstrument } from '../instrument/items.js';
import type { Framework, SystemLevel } from '../model/types.js';
import type { AggregateResult, Completion, GapReport, ScoreResult } from '../results/types.js';
import { writeCsv, type CsvCell } from './csv-text.js';

/** Options for CSV output. */
export interface CsvWriteOptions {
  /** Language of the labels (default English). */
  lang?: Lang;
}

function labels(framework: Framework, level: SystemLevel, lang: Lang): { instrument: LevelInstrument; label: (id: string) => string } {
  const instrument = instrumentFor(framework, level);
  if (!instrument) throw new RangeError(`framework "${framework.id}" has no "${level}" level`);
  const names = new Map<string, string>([...instrument.items.map((i) => [i.id, localize(i.label, lang)] as const), ...instrument.groups.map((g) => [g.id, localize(g.name, lang)] as const)]);
  return { instrument, label: (id) => names.get(id) ?? id };
}

const completionCells = (c: Completion): CsvCell[] => [c.items, c.scored, c.notApplicable, c.dontKnow, c.unanswered, c.percentAnswered];
const COMPLETION_HEADER = ['items', 'scored', 'not_applicable', 'dont_know', 'unanswered', 'percent_answered'];

/**
 * A score result as CSV: the overall score, each section, each condition/role and each item.
 * @example
 * const csv = scoreResultToCsv(scoreAssessment(assessment, framework), framework);
 */
export function scoreResultToCsv(result: ScoreResult, framework: Framework, options: CsvWriteOptions = {}): string {
  const lang = options.lang ?? 'en';
  const { label } = labels(framework, result.assessment.level, lang);
  const header = ['row_kind', 'id', 'group_id', 'label', 'score', 'normalized', 'answer', 'target', 'reason', ...COMPLETION_HEADER];
  const rows: CsvCell[][] = [
    ['overall', 'overall', undefined, localize(findLevel(framework, result.assessment.level)!.name, lang), result.overall.score, result.overall.normalized, undefined, undefined, result.overall.reason, ...completionCells(result.overall.completion)],
    ...result.sections.map((s) => ['section', s.id, undefined, s.id, s.score, s.normalized, undefined, undefined, s.reason, ...completionCells(s.completion)]),
    ...result.groups.map((g) => [g.kind, g.id, undefined, label(g.id), g.score, g.normalized, undefined, undefined, g.reason, ...completionCells(g.completion)]),
    ...result.items.map((i) => [i.kind, i.id, i.groupId, label(i.id), i.score, i.normalized, i.answer, i.target, i.reason]),
  ];
  return writeCsv([header, ...rows]);
}

/**
 * A gap report as CSV: group rows then item rows, each with both values, n, the difference,
 * its direction and its priority. The side labels are repeated so the file stands alone.
 * @example
 * const csv = gapReportToCsv(analyzeGaps(framework, request));
 */
export function gapReportToCsv(report: GapReport, options: CsvWriteOptions = {}): string {
  const lang = options.lang ?? 'en';
  const header = ['comparison', 'side_a', 'side_b', 'row_kind', 'id', 'group_id', 'label', 'a_value', 'a_n', 'b_value', 'b_n', 'difference', 'size', 'direction', 'priority', 'priority_score', 'reason'];
  const rows = [...report.groups, ...report.items].map((row) => [
    report.comparison,
    report.a.label,
    report.b.label,
    row.rowKind,
    row.id,
    row.groupId,
    localize(row.label, lang),
    row.a.value,
    row.a.n,
    row.b.value,
    row.b.n,
    row.difference,
    row.size,
    row.direction,
    row.priority,
    row.priorityScore,
    row.reason,
  ]);
  return writeCsv([header, ...rows]);
}

/**
 * An aggregate as CSV: overall, each condition/role and each item, with n, mean, median, min,
 * max, SD, agreement, a count column per scale value and the non-scored counts.
 * @example
 * const csv = aggregateToCsv(aggregateAssessments(team, framework), framework);
 */
export function aggregateToCsv(result: AggregateResult, framework: Framework, options: CsvWriteOptions = {}): string {
  const lang = options.lang ?? 'en';
  const { label } = labels(framework, result.level, lang);
  const values = framework.scale.levels.map((l) => l.value);
  const header = ['key', 'row_kind', 'id', 'group_id', 'label', 'n', 'mean', 'median', 'min', 'max', 'sd', 'agreement', ...values.map((v) => `count_${v}`), 'not_applicable', 'dont_know', 'unanswered', 'insufficient'];
  const stats = (s: { n: number; mean?: number; median?: number; min?: number; max?: number; sd?: number; agreement?: number }): CsvCell[] => [s.n, s.mean, s.median, s.min, s.max, s.sd, s.agreement];
  const blankCounts = values.map(() => undefined);
  const rows: CsvCell[][] = [
    [result.key, 'overall', 'overall', undefined, localize(findLevel(framework, result.level)!.name, lang), ...stats(result.overall), ...blankCounts, undefined, undefined, undefined, result.overall.insufficient],
    ...result.groups.map((g) => [result.key, g.kind, g.id, undefined, label(g.id), ...stats(g), ...blankCounts, undefined, undefined, undefined, g.insufficient]),
    ...result.items.map((i) => [result.key, 'item', i.id, i.groupId, label(i.id), ...stats(i), ...i.counts, i.notApplicable, i.dontKnow, i.unanswered, undefined]),
  ];
  return writeCsv([header, ...rows]);
}
