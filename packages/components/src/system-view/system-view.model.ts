// Turns what <sos-system-view> is given (a rollup per school year, as aggregate results or
// mergeable aggregate states) into rows and cells. Every statistic comes from @sos-kit/core;
// this file only checks the shape of the input, lines years up and picks values to show.
import {
  formatJsonPath,
  localize,
  mergeAggregateStates,
  SosValidationError,
  summarizeAggregate,
  type AggregateResult,
  type AggregateState,
  type DistributionStats,
  type Framework,
  type Lang,
  type LocalizedText,
} from '@sos-kit/core';
import type { TrendDirection } from './system-view.strings.js';

/** One school year of a system rollup: one aggregate per organization, keyed by organization. */
export interface SystemRollupYear {
  /** The school year, e.g. "2025-26". Years are ordered by this text. */
  schoolYear: string;
  /**
   * One aggregate per organization, its `key` naming the organization — what
   * `rollupAssessments(assessments, framework, { by: 'subject' })` returns for that year. Aggregate
   * states (`kind: 'sos-kit/aggregate-state'`) with the same key are merged with
   * `mergeAggregateStates`, then summarized; they need the element's `framework`.
   */
  aggregates: readonly (AggregateResult | AggregateState)[];
}

/** Many organizations over school years: the input of `<sos-system-view>`. */
export interface SystemRollup {
  kind?: 'sos-kit/system-rollup';
  /** Display names for organization keys (e.g. a CDS code → the district's name). */
  names?: { [key: string]: string };
  years: readonly SystemRollupYear[];
}

/** A system rollup, or one year's rollup as `rollupAssessments` returns it. */
export type SystemRollupInput = SystemRollup | readonly (AggregateResult | AggregateState)[];

/** What is wrong with an input, and where (a JSON path such as `$.years[0].aggregates[2].key`). */
export class SystemInputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'SystemInputError';
    this.path = path;
  }
}

/** A column of the heatmap: a condition or role, or one of its elements or capacities. */
export interface SystemColumn {
  id: string;
  kind: 'condition' | 'role' | 'item';
  /** For items, the condition or role they belong to. */
  groupId?: string;
  label: string;
}

export interface SystemCell {
  value?: number;
  n: number;
  /** Fewer ratings than the minimum: the value must not be shown. */
  suppressed: boolean;
  trend?: { direction: TrendDirection; delta: number };
}

export interface SystemRow {
  key: string;
  name: string;
  aggregate: AggregateResult;
  /** The same organization's aggregate per school year (for trends). */
  history: Map<string, AggregateResult>;
}

export interface SystemModel {
  years: string[];
  names: Map<string, string>;
  /** Per school year, the aggregates by organization key. */
  byYear: Map<string, Map<string, AggregateResult>>;
  scale: { min: number; max: number };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isState = (value: unknown): value is AggregateState => isRecord(value) && value['kind'] === 'sos-kit/aggregate-state';

/** A one-year rollup has no school year of its own; it is shown under this label-less year. */
export const UNNAMED_YEAR = '';

/**
 * Checks an input and lines it up by school year and organization.
 * @throws SystemInputError naming the first problem and where it is.
 */
export function buildModel(input: unknown, framework: Framework | undefined): SystemModel {
  let years: { schoolYear: string; aggregates: unknown; at: (string | number)[] }[];
  const names = new Map<string, string>();
  if (Array.isArray(input)) years = [{ schoolYear: UNNAMED_YEAR, aggregates: input, at: [] }];
  else if (isRecord(input) && Array.isArray(input['years'])) {
    years = (input['years'] as unknown[]).map((year, y) => {
      const at = ['years', y];
      if (!isRecord(year)) throw new SystemInputError(formatJsonPath(at), 'expected { schoolYear, aggregates }');
      if (typeof year['schoolYear'] !== 'string' || year['schoolYear'].trim() === '') throw new SystemInputError(formatJsonPath([...at, 'schoolYear']), 'expected a school year such as "2025-26"');
      return { schoolYear: year['schoolYear'], aggregates: year['aggregates'], at: [...at, 'aggregates'] };
    });
    const given = input['names'];
    if (given !== undefined) {
      if (!isRecord(given)) throw new SystemInputError('$.names', 'expected an object of organization key → name');
      for (const [key, name] of Object.entries(given)) {
        if (typeof name !== 'string') throw new SystemInputError(formatJsonPath(['names', key]), 'expected a name (text)');
        names.set(key, name);
      }
    }
  } else throw new SystemInputError('$', 'expected a system rollup ({ "years": [{ "schoolYear", "aggregates" }] }) or an array of aggregates');

  const byYear = new Map<string, Map<string, AggregateResult>>();
  let scale: { min: number; max: number } | undefined;
  let frameworkId: string | undefined;
  for (const year of years) {
    if (byYear.has(year.schoolYear)) throw new SystemInputError(formatJsonPath([...year.at.slice(0, -1), 'schoolYear']), `school year "${year.schoolYear}" appears twice`);
    if (!Array.isArray(year.aggregates)) throw new SystemInputError(formatJsonPath(year.at), 'expected an array of aggregates, one per organization');
    const results = new Map<string, AggregateResult>();
    const states = new Map<string, { state: AggregateState; at: (string | number)[] }>();
    (year.aggregates as unknown[]).forEach((entry, i) => {
      const at = [...year.at, i];
      const key = isRecord(entry) ? entry['key'] : undefined;
      if (typeof key !== 'string' || key === '') throw new SystemInputError(formatJsonPath([...at, 'key']), "expected the organization's key (roll up with { by: 'subject' })");
      if (isState(entry)) {
        const before = states.get(key);
        try {
          states.set(key, { state: before ? mergeAggregateStates(before.state, entry) : entry, at });
        } catch (error) {
          throw new SystemInputError(formatJsonPath(at), describe(error));
        }
        return;
      }
      checkResult(entry as Record<string, unknown>, at);
      if (results.has(key)) throw new SystemInputError(formatJsonPath(at), `organization "${key}" appears twice in ${year.schoolYear || 'this rollup'} (give aggregate states to merge them)`);
      results.set(key, entry as unknown as AggregateResult);
    });
    for (const [key, { state, at }] of states) {
      if (!framework) throw new SystemInputError(formatJsonPath(at), 'an aggregate state can only be read with its framework: set the framework property');
      if (results.has(key)) throw new SystemInputError(formatJsonPath(at), `organization "${key}" is given both as a result and as a state`);
      try {
        results.set(key, summarizeAggregate(state, framework));
      } catch (error) {
        throw new SystemInputError(formatJsonPath(at), describe(error));
      }
    }
    for (const [key, result] of results) {
      frameworkId ??= `${result.framework.id}@${result.framework.version}`;
      if (`${result.framework.id}@${result.framework.version}` !== frameworkId) throw new SystemInputError(formatJsonPath(year.at), `organization "${key}" was rated with ${result.framework.id} ${result.framework.version}, others with ${frameworkId.replace('@', ' ')}`);
      scale ??= result.scale;
    }
    byYear.set(year.schoolYear, results);
  }
  const ordered = [...byYear.keys()].sort();
  return { years: ordered, names, byYear, scale: scale ?? { min: 1, max: 5 } };
}

// Checks what the element reads of an aggregate result, and nothing more. A full schema parse
// (AggregateResultSchema) of a thousand organizations' results took most of the first render;
// this check is linear in the same data and names the same paths.
function checkResult(entry: Record<string, unknown>, at: (string | number)[]): void {
  const fail = (path: (string | number)[], expected: string): never => {
    throw new SystemInputError(formatJsonPath([...at, ...path]), `expected ${expected}`);
  };
  if (entry['kind'] !== 'aggregate') fail(['kind'], '"aggregate" (a result of aggregateAssessments or rollupAssessments) or "sos-kit/aggregate-state"');
  const framework = entry['framework'];
  if (!isRecord(framework) || typeof framework['id'] !== 'string' || typeof framework['version'] !== 'string') fail(['framework'], '{ id, version }');
  const scale = entry['scale'];
  if (!isRecord(scale) || !Number.isFinite(scale['min']) || !Number.isFinite(scale['max']) || (scale['min'] as number) >= (scale['max'] as number)) fail(['scale'], '{ min, max } with min below max');
  // Plain loops, and a path built only for a failure: this runs for every cell of a thousand
  // organizations before the first render.
  const checkStats = (list: unknown, name: 'groups' | 'items') => {
    if (!Array.isArray(list)) return fail([name], 'an array');
    for (let i = 0; i < list.length; i++) {
      const stats: unknown = list[i];
      if (!isRecord(stats)) return fail([name, i], 'an object');
      if (typeof stats['id'] !== 'string') fail([name, i, 'id'], 'an id');
      if (name === 'groups' ? stats['kind'] !== 'condition' && stats['kind'] !== 'role' : typeof stats['groupId'] !== 'string') {
        fail([name, i, name === 'groups' ? 'kind' : 'groupId'], name === 'groups' ? '"condition" or "role"' : 'the id of its condition or role');
      }
      const n = stats['n'];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail([name, i, 'n'], 'a count (a whole number, 0 or more)');
      const median = stats['median'];
      if (median !== undefined && !Number.isFinite(median)) fail([name, i, 'median'], 'a number');
      const mean = stats['mean'];
      if (mean !== undefined && !Number.isFinite(mean)) fail([name, i, 'mean'], 'a number');
    }
    return undefined;
  };
  checkStats(entry['groups'], 'groups');
  checkStats(entry['items'], 'items');
}

function describe(error: unknown): string {
  if (error instanceof SosValidationError) return error.issues.map((p) => `${formatJsonPath(p.path)} ${p.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Names of conditions, elements, roles and capacities by id, from the framework. */
export function frameworkLabels(framework: Framework | undefined): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>();
  if (!framework) return labels;
  for (const condition of framework.conditions ?? []) {
    labels.set(condition.id, condition.name);
    for (const element of condition.elements) labels.set(element.id, element.name);
  }
  for (const level of framework.levels) {
    for (const role of level.roles ?? []) {
      labels.set(role.id, role.name);
      for (const capacity of role.capacities) labels.set(capacity.id, capacity.statement);
    }
  }
  return labels;
}

/** The columns of an aggregate: each condition or role, followed by its items when expanded. */
export function columnsOf(sample: AggregateResult | undefined, labels: Map<string, LocalizedText>, lang: Lang, expanded: ReadonlySet<string>, show: 'all' | 'conditions' | 'roles'): SystemColumn[] {
  if (!sample) return [];
  const label = (id: string) => {
    const text = labels.get(id);
    return text === undefined ? id : localize(text, lang);
  };
  const columns: SystemColumn[] = [];
  for (const group of sample.groups) {
    if ((show === 'conditions' && group.kind !== 'condition') || (show === 'roles' && group.kind !== 'role')) continue;
    columns.push({ id: group.id, kind: group.kind, label: label(group.id) });
    if (!expanded.has(group.id)) continue;
    for (const item of sample.items) if (item.groupId === group.id) columns.push({ id: item.id, kind: 'item', groupId: group.id, label: label(item.id) });
  }
  return columns;
}

export type Statistic = 'median' | 'mean';

// Sorting a thousand organizations reads one column of each: index each aggregate once.
const indexes = new WeakMap<AggregateResult, Map<string, DistributionStats>>();
function statsById(aggregate: AggregateResult): Map<string, DistributionStats> {
  let index = indexes.get(aggregate);
  if (!index) {
    index = new Map<string, DistributionStats>([...aggregate.groups, ...aggregate.items].map((s) => [s.id, s]));
    indexes.set(aggregate, index);
  }
  return index;
}

/** A value and its n for one organization and column; suppressed below `minimum` ratings. */
export function cellOf(aggregate: AggregateResult | undefined, columnId: string, statistic: Statistic, minimum: number): SystemCell {
  const stats = aggregate ? statsById(aggregate).get(columnId) : undefined;
  if (!stats) return { n: 0, suppressed: false };
  if (stats.n > 0 && stats.n < minimum) return { n: stats.n, suppressed: true };
  const value = stats[statistic];
  return value === undefined ? { n: stats.n, suppressed: false } : { value, n: stats.n, suppressed: false };
}

/** Scores are shown to this many decimals: one statistic, one precision, in cells, charts and the legend. */
export const SHOWN_DECIMALS = 1;
const SHOWN_FACTOR = 10 ** SHOWN_DECIMALS;

/** A score as it is shown: rounded to {@link SHOWN_DECIMALS}, in whole steps of 0.1. */
export function shownSteps(value: number): number {
  return Math.round(value * SHOWN_FACTOR);
}

/** A score as it is shown (3.0549 → 3.1 reads 3.1 and counts as 3.1). */
export function shownValue(value: number): number {
  return shownSteps(value) / SHOWN_FACTOR;
}

/**
 * The change from the previous school year, when both years show a value: the difference of the
 * scores as shown, so the word and the numbers a person reads always agree. A change smaller than
 * `threshold` is "same"; with the default 0.1, "same" means the shown score did not change at all.
 */
export function trendOf(current: SystemCell, previous: SystemCell | undefined, threshold: number): SystemCell['trend'] {
  if (current.value === undefined || previous?.value === undefined) return undefined;
  const delta = (shownSteps(current.value) - shownSteps(previous.value)) / SHOWN_FACTOR;
  return { direction: Math.abs(delta) < threshold - 1e-9 ? 'same' : delta > 0 ? 'up' : 'down', delta };
}

/**
 * The heat bin (0 to `bins` − 1) of a shown score: the scale cut into equal parts in steps of
 * 0.1, so that each shown score has exactly one bin and the legend's ranges never overlap.
 */
export function heatBin(value: number, scale: { min: number; max: number }, bins: number): number {
  const span = shownSteps(scale.max) - shownSteps(scale.min) || 1;
  const bin = Math.floor(((shownSteps(value) - shownSteps(scale.min)) * bins) / span);
  return Math.min(bins - 1, Math.max(0, bin));
}

/** Each heat bin's lowest and highest shown score, for the legend: "1.0–1.7", "1.8–2.5", … */
export function heatRanges(scale: { min: number; max: number }, bins: number): { from: number; to: number }[] {
  const low = shownSteps(scale.min);
  const span = shownSteps(scale.max) - low || 1;
  const start = (b: number) => low + Math.ceil((b * span) / bins);
  return Array.from({ length: bins }, (_, b) => ({ from: start(b) / SHOWN_FACTOR, to: (b === bins - 1 ? low + span : start(b + 1) - 1) / SHOWN_FACTOR }));
}
