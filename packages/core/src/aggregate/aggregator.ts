/**
 * The aggregator: accumulates assessments of one framework level into histograms — a count per
 * answer code per item, a count per score bin per group and overall. Histograms of integers add
 * up exactly in any order, which makes partial aggregates mergeable (merge(a, b) equals
 * aggregating the union, bit for bit) and keeps memory bounded by the size of the framework
 * however many assessments stream through.
 */
import * as z from 'zod/mini';
import type { Assessment, Framework, SystemLevel } from '../model/types.js';
import { SystemLevelSchema } from '../model/schemas.js';
import type { AggregateResult, AggregateState, ScoringMethod } from '../results/types.js';
import { scoringPlan, type ScoringPlan } from '../scoring/plan.js';
import { scoringMethod, scoringOptionsShape, type ScoringOptions } from '../scoring/method.js';
import { createEvaluation, encodeAnswers, evaluate, type Evaluation, type Tally } from '../scoring/rule.js';
import { issue, SosValidationError, type ValidationIssue } from '../validate/issues.js';
import { checkOptions } from '../validate/options.js';
import { safeParseAssessment } from '../validate/parse.js';
import { binCount } from './histograms.js';
import { summarizeState } from './state.js';

/** Group scores are binned to this many scale points unless told otherwise. */
export const DEFAULT_GROUP_RESOLUTION = 0.01;

/** Most score bins an aggregate keeps; a finer resolution is refused rather than allocated. */
export const MAX_SCORE_BINS = 1_000_000;

/** Options for aggregation. */
export interface AggregateOptions extends ScoringOptions {
  /** Bin width for group and overall scores, in scale points (default 0.01). */
  resolution?: number;
  /** Skip per-assessment validation (only for assessments already validated against the framework). */
  validated?: boolean;
  /** A label for this aggregate, e.g. a county or school year. */
  key?: string;
}

/** The aggregation options' shape (scoring options included). */
export const AggregateOptionsSchema = z.object({
  ...scoringOptionsShape,
  resolution: z.optional(z.number().check(z.gt(0))),
  validated: z.optional(z.boolean()),
  key: z.optional(z.string()),
  level: z.optional(SystemLevelSchema),
});

/**
 * Accumulates assessments of one framework level. Memory stays constant however many are
 * added. `add` is the only mutating operation; `state()` and `result()` return new objects.
 * Bad options, an unknown level and assessments that do not fit throw a SosValidationError.
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
    const checked = checkOptions(AggregateOptionsSchema, options);
    this.framework = framework;
    this.level = level;
    this.method = scoringMethod(checked);
    this.resolution = checked.resolution ?? DEFAULT_GROUP_RESOLUTION;
    this.key = checked.key;
    this.validated = checked.validated ?? false;
    this.plan = scoringPlan(framework, level);
    const positions = this.plan.scaleValues.length;
    this.width = positions + 3;
    this.bins = binCount(this.plan.min, this.plan.max, this.resolution);
    if (!(this.bins <= MAX_SCORE_BINS)) {
      throw new SosValidationError('options', [issue(['resolution'], 'too_small', `a resolution of ${this.resolution} makes ${this.bins} score bins between ${this.plan.min} and ${this.plan.max}; at most ${MAX_SCORE_BINS} are kept, so use at least ${(this.plan.max - this.plan.min) / (MAX_SCORE_BINS - 1)}`)]);
    }
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
      if (!checked.success) return fail(checked.issues);
    }
    if (assessment.level !== this.level) {
      problems.push(issue(['level'], 'level_mismatch', `is "${assessment.level}", but this aggregate is of the "${this.level}" level`));
      return fail(problems);
    }
    encodeAnswers(this.plan, assessment, this.codes);
    return this.addCodes(this.codes, 1);
  }

  /**
   * Adds `rows` respondents' encoded answers (row-major, one byte per item, codes as in
   * `encodeAssessments`). The batch path: no per-assessment objects.
   */
  addCodes(codes: Uint8Array<ArrayBufferLike>, rows: number): this {
    const items = this.plan.items.length;
    if (!(codes instanceof Uint8Array)) throw new SosValidationError('aggregation', [issue(['codes'], 'invalid_type', 'expected a Uint8Array of answer codes')]);
    if (!Number.isSafeInteger(rows) || rows < 0) throw new SosValidationError('aggregation', [issue(['rows'], 'invalid_value', `expected a whole number of rows, got ${String(rows)}`)]);
    if (codes.length < rows * items) throw new SosValidationError('aggregation', [issue(['codes'], 'too_small', `expected ${rows * items} answer codes (${rows} rows × ${items} items), got ${codes.length}`)]);
    // Codes index the tally directly, so a foreign code would count against the next item:
    // reject the whole batch before counting anything.
    const bad = firstCodeAbove(codes, rows * items, this.plan.unansweredCode);
    if (bad >= 0) {
      throw new SosValidationError('aggregation', [issue(['codes', bad], 'invalid_value', `answer code ${codes[bad]} (row ${Math.floor(bad / items)}, item ${bad % items}) is not a code of this framework's scale (0–${this.plan.unansweredCode})`)]);
    }
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
      itemCounts: plainArray(this.itemCounts),
      groupBins: plainArray(this.groupBins),
      groupInsufficient: plainArray(this.groupInsufficient),
      overallBins: plainArray(this.overallBins),
      overallInsufficient: this.overallInsufficient,
    };
  }

  /** The statistics of everything added so far. */
  result(): AggregateResult {
    return summarizeState(this.state(), this.plan);
  }
}

/**
 * The values of a typed array as a plain array. A counting loop, because V8's Array.from walks
 * a typed array through its iterator, about ten times slower: it made state() cost more than
 * add() on the collection service's submission path.
 */
function plainArray(values: Float64Array): number[] {
  const array = new Array<number>(values.length);
  for (let k = 0; k < values.length; k++) array[k] = values[k]!;
  return array;
}

function fail(issues: readonly ValidationIssue[]): never {
  throw new SosValidationError('assessment', issues);
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
