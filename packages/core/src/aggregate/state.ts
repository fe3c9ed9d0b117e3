/**
 * Aggregate states: the mergeable, storable form of an aggregate. States cross boundaries —
 * worker threads, files, other processes — so every state read here is validated first, with
 * each problem located by its JSON path.
 */
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Framework } from '../model/types.js';
import type { AggregateResult, AggregateState, DistributionStats } from '../results/types.js';
import { round } from '../scoring/method.js';
import { AggregateResultSchema, AggregateStateSchema } from '../results/schemas.js';
import { scoringPlan, type ScoringPlan } from '../scoring/plan.js';
import { issue, prefixIssues, quote, SosValidationError, type ValidationIssue } from '../validate/issues.js';
import { validateDocument, type ParseOptions, type SafeParseResult } from '../validate/parse.js';
import type * as z from 'zod/mini';
import { binCount, distribution, scaleStep, tally } from './histograms.js';

function sumOf(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += values[k]!;
  return sum;
}

/** Counts that must add up to the number of respondents, whatever the framework. */
function internalIssues(state: AggregateState): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const bins = state.overallBins.length;
  const groups = state.groupInsufficient.length;
  if (bins === 0) out.push(issue(['overallBins'], 'state_size', 'must have at least one bin'));
  else if (state.groupBins.length !== groups * bins) {
    out.push(issue(['groupBins'], 'state_size', `expected ${groups * bins} counts (${groups} groups × ${bins} bins), got ${state.groupBins.length}`));
  }
  if (out.length > 0) return out;
  if (sumOf(state.overallBins, 0, bins) + state.overallInsufficient !== state.respondents) {
    out.push(issue(['overallBins'], 'state_counts', `overall bins and overallInsufficient add up to ${sumOf(state.overallBins, 0, bins) + state.overallInsufficient}, not the ${state.respondents} respondents`));
  }
  for (let g = 0; g < groups; g++) {
    const total = sumOf(state.groupBins, g * bins, (g + 1) * bins) + state.groupInsufficient[g]!;
    if (total !== state.respondents) {
      out.push(issue(['groupBins', g * bins], 'state_counts', `group ${g}'s bins and insufficient count add up to ${total}, not the ${state.respondents} respondents`));
      break;
    }
  }
  return out;
}

/** Sizes and counts a state must have to belong to `framework`. */
function frameworkIssues(state: AggregateState, framework: Framework): ValidationIssue[] {
  if (state.framework.id !== framework.id || state.framework.version !== framework.version) {
    return [issue(['framework'], 'framework_mismatch', `was made with ${quote(state.framework.id)} ${quote(state.framework.version)}, not "${framework.id}" "${framework.version}"`)];
  }
  if (!framework.levels.some((l) => l.id === state.level)) {
    return [issue(['level'], 'unknown_level', `framework "${framework.id}" has no "${state.level}" level`)];
  }
  const plan = scoringPlan(framework, state.level);
  const width = plan.scaleValues.length + 3;
  const bins = binCount(plan.min, plan.max, state.resolution);
  const out: ValidationIssue[] = [];
  const expected: [keyof AggregateState & string, number, string][] = [
    ['itemCounts', plan.items.length * width, `${plan.items.length} items × ${width} answer codes`],
    ['groupInsufficient', plan.groups.length, `${plan.groups.length} groups`],
    ['overallBins', bins, `${bins} bins of ${state.resolution} between ${plan.min} and ${plan.max}`],
  ];
  for (const [field, length, why] of expected) {
    const got = (state[field] as readonly number[]).length;
    if (got !== length) out.push(issue([field], 'state_size', `expected ${length} counts (${why}), got ${got}`));
  }
  if (out.length > 0) return out;
  for (let i = 0; i < plan.items.length; i++) {
    const total = sumOf(state.itemCounts, i * width, (i + 1) * width);
    if (total !== state.respondents) {
      out.push(issue(['itemCounts', i * width], 'state_counts', `item "${plan.items[i]!.id}"'s counts add up to ${total}, not the ${state.respondents} respondents`));
      break;
    }
  }
  return out;
}

/**
 * Validates an aggregate state (an object or JSON text) without throwing: its shape (the
 * published `aggregate-state` JSON Schema), that its counts add up, and with a framework that it
 * belongs to that framework and level.
 * @example
 * const result = safeParseAggregateState(await readFile('shard-3.json', 'utf8'), framework);
 * if (!result.success) for (const i of result.issues) console.warn(i.jsonPath, i.message);
 */
export function safeParseAggregateState(input: unknown, framework?: Framework, options: ParseOptions = {}): SafeParseResult<AggregateState> {
  return validateDocument(
    'aggregate state',
    input,
    AggregateStateSchema as z.ZodMiniType<AggregateState>,
    (state) => {
      const internal = internalIssues(state);
      return internal.length > 0 || !framework ? internal : frameworkIssues(state, framework);
    },
    options,
  );
}

/**
 * Validates an aggregate state and returns it typed, or throws a {@link SosValidationError}.
 * @example
 * const state = parseAggregateState(JSON.parse(text), framework);
 */
export function parseAggregateState(input: unknown, framework?: Framework, options: ParseOptions = {}): AggregateState {
  const result = safeParseAggregateState(input, framework, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates an aggregate result — what `aggregateAssessments` and `rollupAssessments` return, e.g.
 * a rollup read back from a file or a service — without throwing: its shape (the published
 * `aggregate` JSON Schema) and a scale whose minimum is below its maximum. Fast enough for a
 * thousand organisations' results on every render (valid documents skip zod's general path).
 * @example
 * const checked = rollup.map((entry, i) => safeParseAggregateResult(entry, { source: `$[${i}]` }));
 * const bad = checked.find((r) => !r.success);
 */
export function safeParseAggregateResult(input: unknown, options: ParseOptions = {}): SafeParseResult<AggregateResult> {
  return validateDocument(
    'aggregate result',
    input,
    AggregateResultSchema as z.ZodMiniType<AggregateResult>,
    (result) => (result.scale.min < result.scale.max ? [] : [issue(['scale'], 'invalid_scale', `expected a minimum below the maximum, got ${result.scale.min} to ${result.scale.max}`)]),
    options,
  );
}

/**
 * Validates an aggregate result and returns it typed, or throws a {@link SosValidationError}.
 * @example
 * const result = parseAggregateResult(await (await fetch('/api/results/district-7')).json());
 */
export function parseAggregateResult(input: unknown, options: ParseOptions = {}): AggregateResult {
  const result = safeParseAggregateResult(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Agreement of a condition, role or the overall score, pooled over its items: of all the ratings
 * of its items, the share within one scale point of their own item's median. It reads like an
 * item's agreement (a condition whose items each have 50 % has 50 %), where the spread of raters'
 * averaged scores would not: averages hide disagreement, so teams split on every item can still
 * have scores within a point of each other.
 */
function pooledAgreement(agreeing: number, rated: number, precision: number): { agreement?: number } {
  return rated > 0 ? { agreement: round(agreeing / rated, precision) } : {};
}

/** Statistics of a state already known to fit `plan`. */
export function summarizeState(state: AggregateState, plan: ScoringPlan): AggregateResult {
  const positions = plan.scaleValues.length;
  const width = positions + 3;
  const bins = state.overallBins.length;
  const precision = state.method.precision;
  const step = scaleStep(plan.scaleValues);
  const valueOfPosition = (k: number) => plan.scaleValues[k]!;
  const valueOfBin = (b: number) => plan.min + b * state.resolution;
  // Per group (and overall): ratings of its items, and how many of them agree with their item.
  const groupAgreeing = new Array<number>(plan.groups.length).fill(0);
  const groupRated = new Array<number>(plan.groups.length).fill(0);
  let allAgreeing = 0;
  let allRated = 0;
  const items = plan.items.map((item, i) => {
    const base = i * width;
    const { stats, agreeing } = tally(state.itemCounts, base, positions, valueOfPosition, step, precision);
    const g = plan.itemGroup[i]!;
    if (g >= 0) {
      groupAgreeing[g]! += agreeing;
      groupRated[g]! += stats.n;
    }
    allAgreeing += agreeing;
    allRated += stats.n;
    return {
      id: item.id,
      groupId: item.groupId,
      section: item.section,
      ...stats,
      counts: state.itemCounts.slice(base, base + positions),
      notApplicable: state.itemCounts[base + positions]!,
      dontKnow: state.itemCounts[base + positions + 1]!,
      unanswered: state.itemCounts[base + positions + 2]!,
    };
  });
  // A group without scores has no statistics at all, agreement included.
  const withPooled = (stats: DistributionStats, agreeing: number, rated: number): DistributionStats => {
    if (stats.n === 0) return stats;
    const { agreement: _scores, ...rest } = stats;
    return { ...rest, ...pooledAgreement(agreeing, rated, precision) };
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'aggregate',
    framework: { ...state.framework },
    level: state.level,
    ...(state.key === undefined ? {} : { key: state.key }),
    respondents: state.respondents,
    scale: { min: plan.min, max: plan.max },
    method: { ...state.method },
    groupScoreResolution: state.resolution,
    items,
    groups: plan.groups.map((group, g) => ({
      id: group.id,
      kind: group.kind,
      section: group.section,
      ...withPooled(distribution(state.groupBins, g * bins, bins, valueOfBin, step, precision), groupAgreeing[g]!, groupRated[g]!),
      insufficient: state.groupInsufficient[g]!,
    })),
    overall: { ...withPooled(distribution(state.overallBins, 0, bins, valueOfBin, step, precision), allAgreeing, allRated), insufficient: state.overallInsufficient },
  };
}

/**
 * Turns a partial aggregate into statistics per item, per condition/role and overall. The state
 * is validated first: a malformed or foreign one throws a {@link SosValidationError}.
 * @example
 * const result = summarizeAggregate(mergeAggregateStates(shardA, shardB), framework);
 * result.items[0]?.agreement; // share of raters within one scale point of the median
 */
export function summarizeAggregate(state: AggregateState, framework: Framework): AggregateResult {
  const checked = parseAggregateState(state, framework);
  return summarizeState(checked, scoringPlan(framework, checked.level));
}

function sameMethod(a: AggregateState, b: AggregateState): boolean {
  const [x, y] = [a.method, b.method];
  return x.method === y.method && x.minScoredShare === y.minScoredShare && x.weighted === y.weighted && x.precision === y.precision && a.resolution === b.resolution;
}

/**
 * Adds (sign 1) or takes away (sign -1) two counts, reporting the first sum too large to stay
 * exact or, when taking away, the first count that would go below zero.
 */
function combineCount(x: number, y: number, sign: 1 | -1, path: (string | number)[], problems: ValidationIssue[]): number {
  const result = x + sign * y;
  if (problems.length > 0) return result;
  if (result > Number.MAX_SAFE_INTEGER) problems.push(issue([1, ...path], 'count_overflow', `adding it gives ${result}, more than counts can hold exactly`));
  else if (result < 0) problems.push(issue([1, ...path], 'count_underflow', `is ${y}, more than the ${x} it is taken from: it was never part of that state`));
  return result;
}

function combineCounts(x: readonly number[], y: readonly number[], sign: 1 | -1, field: string, problems: ValidationIssue[]): number[] {
  const out = new Array<number>(x.length);
  for (let k = 0; k < x.length; k++) out[k] = combineCount(x[k]!, y[k]!, sign, [field, k], problems);
  return out;
}

/** Validates two states and checks they describe the same framework, level, method and sizes. */
function compatiblePair(first: AggregateState, second: AggregateState): [AggregateState, AggregateState] {
  const checkedA = safeParseAggregateState(first);
  const checkedB = safeParseAggregateState(second);
  if (!checkedA.success || !checkedB.success) {
    throw new SosValidationError('aggregation', [...(checkedA.success ? [] : prefixIssues([0], checkedA.issues)), ...(checkedB.success ? [] : prefixIssues([1], checkedB.issues))]);
  }
  const [a, b] = [checkedA.data, checkedB.data];
  const problems: ValidationIssue[] = [];
  if (a.framework.id !== b.framework.id || a.framework.version !== b.framework.version) {
    problems.push(issue([1, 'framework'], 'framework_mismatch', `is ${quote(b.framework.id)} ${quote(b.framework.version)}, the other ${quote(a.framework.id)} ${quote(a.framework.version)}`));
  }
  if (a.level !== b.level) problems.push(issue([1, 'level'], 'level_mismatch', `is "${b.level}", the other "${a.level}"`));
  if (!sameMethod(a, b)) problems.push(issue([1, 'method'], 'method_mismatch', 'was computed with other scoring options or resolution'));
  for (const field of ['itemCounts', 'groupBins', 'groupInsufficient', 'overallBins'] as const) {
    if (a[field].length !== b[field].length) problems.push(issue([1, field], 'state_size', `has ${b[field].length} counts, the other ${a[field].length}`));
  }
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  return [a, b];
}

function combine(first: AggregateState, second: AggregateState, sign: 1 | -1): AggregateState {
  const [a, b] = compatiblePair(first, second);
  const problems: ValidationIssue[] = [];
  const combined: AggregateState = {
    kind: 'sos-kit/aggregate-state',
    stateVersion: 1,
    framework: { ...a.framework },
    level: a.level,
    ...(a.key === undefined ? {} : { key: a.key }),
    method: { ...a.method },
    resolution: a.resolution,
    respondents: combineCount(a.respondents, b.respondents, sign, ['respondents'], problems),
    itemCounts: combineCounts(a.itemCounts, b.itemCounts, sign, 'itemCounts', problems),
    groupBins: combineCounts(a.groupBins, b.groupBins, sign, 'groupBins', problems),
    groupInsufficient: combineCounts(a.groupInsufficient, b.groupInsufficient, sign, 'groupInsufficient', problems),
    overallBins: combineCounts(a.overallBins, b.overallBins, sign, 'overallBins', problems),
    overallInsufficient: combineCount(a.overallInsufficient, b.overallInsufficient, sign, ['overallInsufficient'], problems),
  };
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  return combined;
}

/**
 * Merges partial aggregates of the same framework level. Associative and commutative:
 * merging shards in any grouping or order equals aggregating all their assessments at once.
 * Both states are validated first; problems are located as `$[0]…` and `$[1]…`.
 * @example
 * const total = mergeAggregateStates(stateFromWorker1, stateFromWorker2);
 */
export function mergeAggregateStates(first: AggregateState, second: AggregateState): AggregateState {
  return combine(first, second, 1);
}

/**
 * Takes a contribution merged earlier back out of a state: the inverse of
 * {@link mergeAggregateStates}. A collection service uses it when a respondent resubmits, so the
 * stored state always describes the latest versions without a rescan. A `part` that was never
 * merged into `total` (a count would go below zero) is rejected with its location, as `$[1]…`.
 * @example
 * const updated = mergeAggregateStates(subtractAggregateStates(total, stateOf(previousVersion)), stateOf(newVersion));
 */
export function subtractAggregateStates(total: AggregateState, part: AggregateState): AggregateState {
  return combine(total, part, -1);
}
