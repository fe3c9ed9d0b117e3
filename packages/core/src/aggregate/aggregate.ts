/**
 * Aggregation of many assessments of one framework level: per item and per group, n, mean,
 * median, min, max, standard deviation, counts per scale level, non-scored counts and agreement.
 *
 * Everything is computed from histograms: items keep a count per answer code (exact, since
 * answers are scale values) and groups keep a count per score bin of `resolution` (0.01 scale
 * points by default). Histograms of integers add up exactly in any order, which makes partial
 * aggregates mergeable — merge(a, b) equals aggregating the union, bit for bit — and lets a
 * stream of any length be aggregated in memory bounded by the size of the framework.
 */
import type { Assessment, Framework, SystemLevel } from '../model/types.js';
import type { AggregateResult, DistributionStats, ScoringMethod } from '../results/types.js';
import { createEvaluation, evaluate, round, scoringMethod, scoringPlan, type Evaluation, type Tally, type ScoringOptions, type ScoringPlan } from '../scoring/plan.js';
import { encodeAnswers } from '../scoring/score.js';
import { issue, SosValidationError, type ValidationIssue } from '../validate/issues.js';
import { safeParseAssessment } from '../validate/parse.js';

/** Group scores are binned to this many scale points unless told otherwise. */
export const DEFAULT_GROUP_RESOLUTION = 0.01;

/**
 * A partial aggregate: plain JSON, so shards can be computed in worker threads, other processes
 * or any map-reduce engine, stored, and merged later with {@link mergeAggregateStates}.
 */
export interface AggregateState {
  kind: 'sos-kit/aggregate-state';
  stateVersion: 1;
  framework: { id: string; version: string };
  level: SystemLevel;
  key?: string;
  method: ScoringMethod;
  resolution: number;
  respondents: number;
  /** Per item, a count per scale position, then "not applicable", "don't know", unanswered. */
  itemCounts: number[];
  /** Per group, a count per score bin. */
  groupBins: number[];
  groupInsufficient: number[];
  overallBins: number[];
  overallInsufficient: number;
}

/** Options for aggregation. */
export interface AggregateOptions extends ScoringOptions {
  /** Bin width for group and overall scores, in scale points (default 0.01). */
  resolution?: number;
  /** Skip per-assessment validation (only for assessments already validated against the framework). */
  validated?: boolean;
  /** A label for this aggregate, e.g. a county or school year. */
  key?: string;
}

/**
 * Accumulates assessments of one framework level. Memory stays constant however many are
 * added. `add` is the only mutating operation; `state()` and `result()` return new objects.
 * @example
 * const aggregator = new Aggregator(framework, 'district');
 * for await (const assessment of source) aggregator.add(assessment);
 * const result = aggregator.result();
 */
export class Aggregator {
  readonly framework: Framework;
  readonly level: SystemLevel;
  readonly method: ScoringMethod;
  readonly resolution: number;
  readonly key: string | undefined;
  private readonly plan: ScoringPlan;
  private readonly validated: boolean;
  private readonly width: number;
  private readonly bins: number;
  private readonly itemCounts: Float64Array;
  private readonly groupBins: Float64Array;
  private readonly groupInsufficient: Float64Array;
  private readonly overallBins: Float64Array;
  private overallInsufficient = 0;
  private respondents = 0;
  private readonly evaluation: Evaluation;
  private readonly codes: Uint8Array;

  constructor(framework: Framework, level: SystemLevel, options: AggregateOptions = {}) {
    this.framework = framework;
    this.level = level;
    this.method = scoringMethod(options);
    this.resolution = options.resolution ?? DEFAULT_GROUP_RESOLUTION;
    if (!(this.resolution > 0)) throw new RangeError(`resolution must be positive, got ${String(options.resolution)}`);
    this.key = options.key;
    this.validated = options.validated ?? false;
    this.plan = scoringPlan(framework, level);
    const positions = this.plan.scaleValues.length;
    this.width = positions + 3;
    this.bins = Math.round((this.plan.max - this.plan.min) / this.resolution) + 1;
    this.itemCounts = new Float64Array(this.plan.items.length * this.width);
    this.groupBins = new Float64Array(this.plan.groups.length * this.bins);
    this.groupInsufficient = new Float64Array(this.plan.groups.length);
    this.overallBins = new Float64Array(this.bins);
    this.evaluation = createEvaluation(this.plan, this.method);
    this.codes = new Uint8Array(this.plan.items.length);
  }

  /** Adds one assessment; throws a SosValidationError (and adds nothing) when it does not fit. */
  add(assessment: Assessment): this {
    const problems: ValidationIssue[] = [];
    if (!this.validated) {
      const checked = safeParseAssessment(assessment, this.framework);
      if (!checked.success) problems.push(...checked.issues);
    }
    if (problems.length === 0 && assessment.level !== this.level) {
      problems.push(issue(['level'], 'level_mismatch', `is "${assessment.level}", but this aggregate is of the "${this.level}" level`));
    }
    if (problems.length > 0) throw new SosValidationError('assessment', problems);
    encodeAnswers(this.plan, assessment, this.codes);
    return this.addCodes(this.codes, 1);
  }

  /**
   * Adds `rows` respondents' encoded answers (row-major, one byte per item, codes as in
   * {@link encodeAssessments}). The batch path: no per-assessment objects.
   */
  addCodes(codes: Uint8Array<ArrayBufferLike>, rows: number): this {
    const items = this.plan.items.length;
    if (codes.length < rows * items) throw new RangeError(`expected ${rows * items} answer codes, got ${codes.length}`);
    // Codes index the tally directly, so a foreign code would count against the next item:
    // reject the whole batch before counting anything.
    const bad = firstCodeAbove(codes, rows * items, this.plan.unansweredCode);
    if (bad >= 0) throw new RangeError(`answer code ${codes[bad]} at position ${bad} is not a code of this framework's scale (0–${this.plan.unansweredCode})`);
    const { width, bins, itemCounts, groupBins, groupInsufficient, overallBins, evaluation } = this;
    const min = this.plan.min;
    const inverse = 1 / this.resolution;
    const groups = this.plan.groups.length;
    const groupScore = evaluation.groupScore;
    const tally: Tally = { counts: itemCounts, width };
    // Bin offsets are never negative, so adding ½ and truncating rounds exactly like Math.round.
    for (let r = 0, offset = 0; r < rows; r++, offset += items) {
      evaluate(codes, evaluation, offset, tally);
      for (let g = 0, bin = 0; g < groups; g++, bin += bins) {
        const score = groupScore[g]!;
        if (score !== score) groupInsufficient[g]!++;
        else groupBins[bin + (((score - min) * inverse + 0.5) | 0)]!++;
      }
      const overall = evaluation.overall;
      if (overall !== overall) this.overallInsufficient++;
      else overallBins[((overall - min) * inverse + 0.5) | 0]!++;
    }
    this.respondents += rows;
    return this;
  }

  /** The partial aggregate as plain JSON, ready to store or merge. */
  state(): AggregateState {
    return {
      kind: 'sos-kit/aggregate-state',
      stateVersion: 1,
      framework: { id: this.framework.id, version: this.framework.version },
      level: this.level,
      ...(this.key === undefined ? {} : { key: this.key }),
      method: { ...this.method },
      resolution: this.resolution,
      respondents: this.respondents,
      itemCounts: Array.from(this.itemCounts),
      groupBins: Array.from(this.groupBins),
      groupInsufficient: Array.from(this.groupInsufficient),
      overallBins: Array.from(this.overallBins),
      overallInsufficient: this.overallInsufficient,
    };
  }

  /** The statistics of everything added so far. */
  result(): AggregateResult {
    return summarizeAggregate(this.state(), this.framework);
  }
}

/**
 * Index of the first code above `limit` in codes[0, length), or −1. Tests four bytes at a time:
 * adding (127 − limit) to each byte sets its high bit exactly when the byte exceeds `limit`
 * (bytes of 128 and more already have it). A carry can only raise a false alarm, which the
 * byte-by-byte recheck settles.
 */
function firstCodeAbove(codes: Uint8Array<ArrayBufferLike>, length: number, limit: number): number {
  let k = 0;
  while (k < length && (codes.byteOffset + k) % 4 !== 0) if (codes[k++]! > limit) return k - 1;
  const words = new Uint32Array(codes.buffer, codes.byteOffset + k, (length - k) >> 2);
  const add = Math.imul(0x01010101, 127 - limit) >>> 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if ((((word + add) | word) & 0x80808080) !== 0) {
      for (let b = k + w * 4, end = b + 4; b < end; b++) if (codes[b]! > limit) return b;
    }
  }
  for (k += words.length * 4; k < length; k++) if (codes[k]! > limit) return k;
  return -1;
}

/**
 * Statistics of a histogram: `counts[k]` raters have value `valueOf(k)`. The median of an even
 * count is the mean of the two middle values; agreement is the share within `step` of it.
 */
function distribution(counts: ArrayLike<number>, offset: number, length: number, valueOf: (k: number) => number, step: number, precision: number): DistributionStats {
  let n = 0;
  let sum = 0;
  let first = -1;
  let last = -1;
  for (let k = 0; k < length; k++) {
    const c = counts[offset + k]!;
    if (c === 0) continue;
    n += c;
    sum += c * valueOf(k);
    if (first < 0) first = k;
    last = k;
  }
  if (n === 0) return { n: 0 };
  const mean = sum / n;
  let squares = 0;
  const lowerRank = Math.floor((n - 1) / 2);
  const upperRank = Math.floor(n / 2);
  let lower = Number.NaN;
  let upper = Number.NaN;
  let seen = 0;
  for (let k = first; k <= last; k++) {
    const c = counts[offset + k]!;
    if (c === 0) continue;
    const value = valueOf(k);
    squares += c * (value - mean) ** 2;
    if (Number.isNaN(lower) && seen + c > lowerRank) lower = value;
    if (Number.isNaN(upper) && seen + c > upperRank) upper = value;
    seen += c;
  }
  const median = (lower + upper) / 2;
  let agreeing = 0;
  for (let k = first; k <= last; k++) if (Math.abs(valueOf(k) - median) <= step + 1e-9) agreeing += counts[offset + k]!;
  return {
    n,
    mean: round(mean, precision),
    median: round(median, precision),
    min: round(valueOf(first), precision),
    max: round(valueOf(last), precision),
    ...(n > 1 ? { sd: round(Math.sqrt(squares / (n - 1)), precision) } : {}),
    agreement: round(agreeing / n, precision),
  };
}

/** One scale point: the smallest distance between adjacent scale values. */
function scaleStep(values: readonly number[]): number {
  let step = Number.POSITIVE_INFINITY;
  for (let k = 1; k < values.length; k++) step = Math.min(step, values[k]! - values[k - 1]!);
  return step;
}

function checkState(state: AggregateState, framework: Framework, path: (string | number)[] = []): ScoringPlan {
  const problems: ValidationIssue[] = [];
  if (state.kind !== 'sos-kit/aggregate-state' || state.stateVersion !== 1) problems.push(issue([...path, 'kind'], 'invalid_state', 'is not an sos-kit aggregate state (version 1)'));
  if (state.framework.id !== framework.id || state.framework.version !== framework.version) {
    problems.push(issue([...path, 'framework'], 'framework_mismatch', `was made with ${state.framework.id} ${state.framework.version}, not ${framework.id} ${framework.version}`));
  }
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  const plan = scoringPlan(framework, state.level);
  const bins = Math.round((plan.max - plan.min) / state.resolution) + 1;
  const expected: [keyof AggregateState, number][] = [
    ['itemCounts', plan.items.length * (plan.scaleValues.length + 3)],
    ['groupBins', plan.groups.length * bins],
    ['groupInsufficient', plan.groups.length],
    ['overallBins', bins],
  ];
  for (const [field, length] of expected) {
    const value = state[field];
    if (!Array.isArray(value) || value.length !== length) problems.push(issue([...path, field], 'invalid_state', `expected ${length} counts, got ${Array.isArray(value) ? value.length : typeof value}`));
  }
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  return plan;
}

/**
 * Turns a partial aggregate into statistics per item, per condition/role and overall.
 * @example
 * const result = summarizeAggregate(mergeAggregateStates(shardA, shardB), framework);
 * result.items[0]?.agreement; // share of raters within one scale point of the median
 */
export function summarizeAggregate(state: AggregateState, framework: Framework): AggregateResult {
  const plan = checkState(state, framework);
  const positions = plan.scaleValues.length;
  const width = positions + 3;
  const bins = state.overallBins.length;
  const precision = state.method.precision;
  const step = scaleStep(plan.scaleValues);
  const valueOfPosition = (k: number) => plan.scaleValues[k]!;
  const valueOfBin = (b: number) => plan.min + b * state.resolution;
  return {
    schemaVersion: 1,
    kind: 'aggregate',
    framework: { ...state.framework },
    level: state.level,
    ...(state.key === undefined ? {} : { key: state.key }),
    respondents: state.respondents,
    scale: { min: plan.min, max: plan.max },
    method: { ...state.method },
    groupScoreResolution: state.resolution,
    items: plan.items.map((item, i) => {
      const base = i * width;
      return {
        id: item.id,
        groupId: item.groupId,
        section: item.section,
        ...distribution(state.itemCounts, base, positions, valueOfPosition, step, precision),
        counts: state.itemCounts.slice(base, base + positions),
        notApplicable: state.itemCounts[base + positions]!,
        dontKnow: state.itemCounts[base + positions + 1]!,
        unanswered: state.itemCounts[base + positions + 2]!,
      };
    }),
    groups: plan.groups.map((group, g) => ({
      id: group.id,
      kind: group.kind,
      section: group.section,
      ...distribution(state.groupBins, g * bins, bins, valueOfBin, step, precision),
      insufficient: state.groupInsufficient[g]!,
    })),
    overall: { ...distribution(state.overallBins, 0, bins, valueOfBin, step, precision), insufficient: state.overallInsufficient },
  };
}

/**
 * Merges partial aggregates of the same framework level. Associative and commutative:
 * merging shards in any grouping or order equals aggregating all their assessments at once.
 * @example
 * const total = mergeAggregateStates(stateFromWorker1, stateFromWorker2);
 */
export function mergeAggregateStates(a: AggregateState, b: AggregateState): AggregateState {
  const problems: ValidationIssue[] = [];
  if (a.framework.id !== b.framework.id || a.framework.version !== b.framework.version) problems.push(issue([1, 'framework'], 'framework_mismatch', `is ${b.framework.id} ${b.framework.version}, the other ${a.framework.id} ${a.framework.version}`));
  if (a.level !== b.level) problems.push(issue([1, 'level'], 'level_mismatch', `is "${b.level}", the other "${a.level}"`));
  if (JSON.stringify(a.method) !== JSON.stringify(b.method) || a.resolution !== b.resolution) problems.push(issue([1, 'method'], 'method_mismatch', 'was computed with other scoring options or resolution'));
  if (a.itemCounts.length !== b.itemCounts.length || a.groupBins.length !== b.groupBins.length) problems.push(issue([1], 'invalid_state', 'has arrays of another size'));
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  const add = (x: readonly number[], y: readonly number[]) => x.map((value, k) => value + y[k]!);
  return {
    kind: 'sos-kit/aggregate-state',
    stateVersion: 1,
    framework: { ...a.framework },
    level: a.level,
    ...(a.key === undefined ? {} : { key: a.key }),
    method: { ...a.method },
    resolution: a.resolution,
    respondents: a.respondents + b.respondents,
    itemCounts: add(a.itemCounts, b.itemCounts),
    groupBins: add(a.groupBins, b.groupBins),
    groupInsufficient: add(a.groupInsufficient, b.groupInsufficient),
    overallBins: add(a.overallBins, b.overallBins),
    overallInsufficient: a.overallInsufficient + b.overallInsufficient,
  };
}

function levelOf(assessments: Iterable<Assessment>, options: { level?: SystemLevel }): SystemLevel | undefined {
  if (options.level) return options.level;
  for (const assessment of assessments) return assessment.level;
  return undefined;
}

/**
 * Aggregates assessments of one level (e.g. a team's self-assessments) in one call.
 * @example
 * const team = aggregateAssessments([alice, bob, carmen], framework);
 * team.groups.find((g) => g.id === 'mutual-trust')?.median;
 */
export function aggregateAssessments(assessments: readonly Assessment[], framework: Framework, options: AggregateOptions & { level?: SystemLevel } = {}): AggregateResult {
  const level = levelOf(assessments, options);
  if (!level) throw new SosValidationError('aggregation', [issue([], 'empty', 'there are no assessments to aggregate and no level was given')]);
  const aggregator = new Aggregator(framework, level, options);
  assessments.forEach((assessment, index) => {
    try {
      aggregator.add(assessment);
    } catch (error) {
      throw rethrowAt(error, index);
    }
  });
  return aggregator.result();
}

function rethrowAt(error: unknown, index: number): unknown {
  if (!(error instanceof SosValidationError)) return error;
  return new SosValidationError('aggregation', error.issues.map((p) => issue([index, ...p.path], p.code, p.message)));
}

/**
 * Aggregates a stream of any length (an iterable or async iterable, e.g. lines of a file) in
 * constant memory. Every assessment must be of `options.level` (or of the first one's level).
 * @example
 * const result = await aggregateStream(readAssessments('county.ndjson'), framework, { level: 'district' });
 */
export async function aggregateStream(
  source: Iterable<Assessment> | AsyncIterable<Assessment>,
  framework: Framework,
  options: AggregateOptions & { level?: SystemLevel } = {},
): Promise<AggregateResult> {
  return (await aggregateStreamState(source, framework, options)).result();
}

/** Like {@link aggregateStream}, but returns the aggregator so its state can be merged elsewhere. */
export async function aggregateStreamState(
  source: Iterable<Assessment> | AsyncIterable<Assessment>,
  framework: Framework,
  options: AggregateOptions & { level?: SystemLevel } = {},
): Promise<Aggregator> {
  let aggregator: Aggregator | undefined = options.level ? new Aggregator(framework, options.level, options) : undefined;
  let index = 0;
  for await (const assessment of source) {
    aggregator ??= new Aggregator(framework, assessment.level, options);
    try {
      aggregator.add(assessment);
    } catch (error) {
      throw rethrowAt(error, index);
    }
    index++;
  }
  if (!aggregator) throw new SosValidationError('aggregation', [issue([], 'empty', 'the stream had no assessments and no level was given')]);
  return aggregator;
}

/** A built-in way to split assessments into rollup groups, or a function returning a key. */
export type RollupKey = 'county' | 'subject' | 'subject-type' | 'school-year' | 'level' | ((assessment: Assessment) => string | undefined);

/** The key given to assessments that lack the attribute a rollup splits by. */
export const NOT_SET = '(not set)';

function keyOf(assessment: Assessment, by: RollupKey): string {
  const key =
    typeof by === 'function'
      ? by(assessment)
      : by === 'county'
        ? assessment.subject.county
        : by === 'subject'
          ? (assessment.subject.id ?? assessment.subject.name)
          : by === 'subject-type'
            ? assessment.subject.type
            : by === 'school-year'
              ? assessment.schoolYear
              : assessment.level;
  return key === undefined || key === '' ? NOT_SET : key;
}

/**
 * Rolls assessments up by an attribute — county, organisation, organisation type, school year,
 * level, or your own key — giving one aggregate per key and level, sorted by key then level.
 * Assessments without the attribute are kept under "(not set)", never dropped.
 * @example
 * const byYear = rollupAssessments(all, framework, { by: 'school-year' });
 * byYear.map((r) => [r.key, r.overall.mean]); // progress over time
 */
export function rollupAssessments(assessments: readonly Assessment[], framework: Framework, options: AggregateOptions & { by: RollupKey }): AggregateResult[] {
  const aggregators = new Map<string, Aggregator>();
  assessments.forEach((assessment, index) => {
    const key = keyOf(assessment, options.by);
    const slot = `${key}\u0000${assessment.level}`;
    let aggregator = aggregators.get(slot);
    if (!aggregator) {
      aggregator = new Aggregator(framework, assessment.level, { ...options, key });
      aggregators.set(slot, aggregator);
    }
    try {
      aggregator.add(assessment);
    } catch (error) {
      throw rethrowAt(error, index);
    }
  });
  const levelOrder = framework.levels.map((l) => l.id);
  return [...aggregators.values()]
    .sort((x, y) => (x.key! < y.key! ? -1 : x.key! > y.key! ? 1 : levelOrder.indexOf(x.level) - levelOrder.indexOf(y.level)))
    .map((aggregator) => aggregator.result());
}

/** Many assessments' answers as one byte per item, row by row: the batch format. */
export interface RatingMatrix {
  framework: { id: string; version: string };
  level: SystemLevel;
  rows: number;
  /** Item ids, the columns. */
  items: readonly string[];
  /** rows × items answer codes: scale positions 0…K−1, then K "not applicable", K+1 "don't know", K+2 unanswered. */
  codes: Uint8Array<ArrayBufferLike>;
}

/**
 * Encodes assessments of one level into a compact matrix (validating each unless told not to),
 * for batch aggregation with {@link aggregateMatrix} or for moving to a worker thread.
 * @example
 * const matrix = encodeAssessments(assessments, framework);
 * const result = aggregateMatrix(matrix, framework);
 */
export function encodeAssessments(assessments: readonly Assessment[], framework: Framework, options: { level?: SystemLevel; validated?: boolean } = {}): RatingMatrix {
  const level = levelOf(assessments, options);
  if (!level) throw new SosValidationError('aggregation', [issue([], 'empty', 'there are no assessments to encode and no level was given')]);
  const plan = scoringPlan(framework, level);
  const width = plan.items.length;
  const codes = new Uint8Array(assessments.length * width);
  const problems: ValidationIssue[] = [];
  assessments.forEach((assessment, index) => {
    if (!options.validated) {
      const checked = safeParseAssessment(assessment, framework);
      if (!checked.success) problems.push(...checked.issues.map((p) => issue([index, ...p.path], p.code, p.message)));
    }
    if (assessment.level !== level) problems.push(issue([index, 'level'], 'level_mismatch', `is "${assessment.level}", but the matrix is of the "${level}" level`));
    if (problems.length === 0) encodeAnswers(plan, assessment, codes.subarray(index * width, index * width + width));
  });
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  return { framework: { id: framework.id, version: framework.version }, level, rows: assessments.length, items: plan.items.map((i) => i.id), codes };
}

/**
 * Aggregates an encoded matrix: the fast path for large batches.
 * @example
 * aggregateMatrix(encodeAssessments(assessments, framework), framework).respondents;
 */
export function aggregateMatrix(matrix: RatingMatrix, framework: Framework, options: Omit<AggregateOptions, 'validated'> = {}): AggregateResult {
  return aggregateMatrixState(matrix, framework, options).result();
}

/** Like {@link aggregateMatrix}, returning the aggregator (for its mergeable state). */
export function aggregateMatrixState(matrix: RatingMatrix, framework: Framework, options: Omit<AggregateOptions, 'validated'> = {}): Aggregator {
  if (matrix.framework.id !== framework.id || matrix.framework.version !== framework.version) {
    throw new SosValidationError('aggregation', [issue(['framework'], 'framework_mismatch', `matrix was encoded with ${matrix.framework.id} ${matrix.framework.version}`)]);
  }
  return new Aggregator(framework, matrix.level, options).addCodes(matrix.codes, matrix.rows);
}

