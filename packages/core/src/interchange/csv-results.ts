/** Results as CSV: one row per item and per group, with labels, for spreadsheets and BI tools. */
import { findLevel, instrumentFor, localize, type Lang, type LevelInstrument } from '../instrument/items.js';
import type { Framework, SystemLevel } from '../model/types.js';
import type { AggregateResult, Completion, GapReport, ScoreResult } from '../results/types.js';
import { writeCsv, type CsvCell } from './csv-text.js';

/** Options for CSV output. */
export interface CsvWriteOptions {
  /** Language of the labels (default English). */
  lang?: Lang;
  /**
   * Start with the header row (default true). Without it, the rows of many results can be
   * appended to one file that has a single header.
   */
  header?: boolean;
}

// Labels per framework, level and language, computed once: writing a million results as rows
// must not rebuild the same label table a million times.
const labelCache = new WeakMap<Framework, Map<string, { instrument: LevelInstrument; label: (id: string) => string }>>();

function labels(framework: Framework, level: SystemLevel, lang: Lang): { instrument: LevelInstrument; label: (id: string) => string } {
  let perFramework = labelCache.get(framework);
  if (!perFramework) labelCache.set(framework, (perFramework = new Map()));
  const key = `${level}\u0000${lang}`;
  const cached = perFramework.get(key);
  if (cached) return cached;
  const built = buildLabels(framework, level, lang);
  perFramework.set(key, built);
  return built;
}

function buildLabels(framework: Framework, level: SystemLevel, lang: Lang): { instrument: LevelInstrument; label: (id: string) => string } {
  const instrument = instrumentFor(framework, level);
  if (!instrument) throw new RangeError(`framework "${framework.id}" has no "${level}" level`);
  const names = new Map<string, string>([...instrument.items.map((i) => [i.id, localize(i.label, lang)] as const), ...instrument.groups.map((g) => [g.id, localize(g.name, lang)] as const)]);
  return { instrument, label: (id) => names.get(id) ?? id };
}

const completionCells = (c: Completion): CsvCell[] => [c.items, c.scored, c.notApplicable, c.dontKnow, c.unanswered, c.percentAnswered];
const COMPLETION_HEADER = ['items', 'scored', 'not_applicable', 'dont_know', 'unanswered', 'percent_answered'];
const SCORE_HEADER = ['row_kind', 'id', 'group_id', 'label', 'score', 'normalized', 'answer', 'target', 'reason', ...COMPLETION_HEADER, 'assessment_id', 'subject_name'];

/**
 * A score result as CSV: the overall score, each section, each condition/role and each item,
 * each row ending with the assessment's id and subject.
 * @example
 * const csv = scoreResultToCsv(scoreAssessment(assessment, framework), framework);
 */
export function scoreResultToCsv(result: ScoreResult, framework: Framework, options: CsvWriteOptions = {}): string {
  const lang = options.lang ?? 'en';
  const { label } = labels(framework, result.assessment.level, lang);
  // Which assessment each row scores, so that the rows of many results in one file stay apart.
  const of: CsvCell[] = [result.assessment.id, result.assessment.subject.name];
  const none = COMPLETION_HEADER.map(() => undefined);
  const rows: CsvCell[][] = [
    ['overall', 'overall', undefined, localize(findLevel(framework, result.assessment.level)!.name, lang), result.overall.score, result.overall.normalized, undefined, undefined, result.overall.reason, ...completionCells(result.overall.completion), ...of],
    ...result.sections.map((s) => ['section', s.id, undefined, s.id, s.score, s.normalized, undefined, undefined, s.reason, ...completionCells(s.completion), ...of]),
    ...result.groups.map((g) => [g.kind, g.id, undefined, label(g.id), g.score, g.normalized, undefined, undefined, g.reason, ...completionCells(g.completion), ...of]),
    ...result.items.map((i) => [i.kind, i.id, i.groupId, label(i.id), i.score, i.normalized, i.answer, i.target, i.reason, ...none, ...of]),
  ];
  return writeCsv(options.header === false ? rows : [SCORE_HEADER, ...rows]);
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
  return writeCsv(options.header === false ? rows : [header, ...rows]);
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
  return writeCsv(options.header === false ? rows : [header, ...rows]);
}
