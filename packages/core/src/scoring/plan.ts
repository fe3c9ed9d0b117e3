import { instrumentFor, type LevelGroup, type LevelItem } from '../framework/items.js';
import type { Framework, Id, SystemLevel } from '../model/types.js';
import type { ScoringMethod, SectionId } from '../results/types.js';

/** Options shared by scoring and aggregation. */
export interface ScoringOptions {
  /** Share of parts that must be scored for a group, section or overall score (default 0.5). */
  minScoredShare?: number;
  /** Apply the framework's weights (default true). */
  weighted?: boolean;
  /** Decimal places results are rounded to (default 4). */
  precision?: number;
}

export const DEFAULT_METHOD: ScoringMethod = { method: 'weighted-mean', minScoredShare: 0.5, weighted: true, precision: 4 };

/**
 * Resolves scoring options into the method recorded in results.
 * @example
 * scoringMethod({ minScoredShare: 0.75 }); // { method: 'weighted-mean', minScoredShare: 0.75, weighted: true, precision: 4 }
 */
export function scoringMethod(options: ScoringOptions = {}): ScoringMethod {
  const method = { ...DEFAULT_METHOD, ...definedOnly(options) };
  if (!(method.minScoredShare >= 0 && method.minScoredShare <= 1)) throw new RangeError(`minScoredShare must be between 0 and 1, got ${String(options.minScoredShare)}`);
  if (!Number.isInteger(method.precision) || method.precision < 0 || method.precision > 12) throw new RangeError(`precision must be an integer from 0 to 12, got ${String(options.precision)}`);
  return method;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}


/**
 * A framework level compiled for fast scoring: items, groups and sections as parallel arrays.
 * Plans are cached per framework object; frameworks are treated as immutable.
 */
export interface ScoringPlan {
  framework: Framework;
  level: SystemLevel;
  items: readonly LevelItem[];
  groups: readonly LevelGroup[];
  itemIndex: ReadonlyMap<Id, number>;
  groupIndex: ReadonlyMap<Id, number>;
  /** Scale values in ascending order; an answer's code is its position here. */
  scaleValues: readonly number[];
  codeOfValue: ReadonlyMap<number, number>;
  /**
   * Answers are encoded as one byte: scale positions 0…K−1, then K = "not applicable",
   * K+1 = "don't know", K+2 = unanswered. Each code is also its slot in a per-item tally.
   */
  notApplicableCode: number;
  dontKnowCode: number;
  unansweredCode: number;
  min: number;
  max: number;
  itemGroup: Int32Array;
  groupSection: Uint8Array;
  sections: readonly SectionId[];
  /** Scale value of each answer code; NaN for the non-scored and unanswered codes. */
  valueOfCode: Float64Array;
  itemWeight: Float64Array;
  unitItemWeight: Float64Array;
  groupWeight: Float64Array;
  unitGroupWeight: Float64Array;
  /** Groups of each section, as index ranges (conditions come before roles). */
  sectionStart: Int32Array;
  sectionEnd: Int32Array;
  /** Items of each group, as index ranges into `items` (items are stored group by group). */
  groupStart: Int32Array;
  groupEnd: Int32Array;
}

const SECTION_ORDER: readonly SectionId[] = ['conditions', 'capacities'];
const cache = new WeakMap<Framework, Map<SystemLevel, ScoringPlan>>();

/**
 * Compiles (or fetches from cache) the scoring plan of one framework level.
 * @example
 * const plan = scoringPlan(framework, 'district');
 * plan.items.length; // 45
 */
export function scoringPlan(framework: Framework, level: SystemLevel): ScoringPlan {
  let byLevel = cache.get(framework);
  if (!byLevel) {
    byLevel = new Map();
    cache.set(framework, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached) return cached;
  const instrument = instrumentFor(framework, level);
  if (!instrument) throw new RangeError(`framework "${framework.id}" has no "${level}" level`);
  const { items, groups } = instrument;
  const scaleValues = framework.scale.levels.map((l) => l.value);
  const sections = SECTION_ORDER.filter((s) => groups.some((g) => g.section === s));
  const plan: ScoringPlan = {
    framework,
    level,
    items,
    groups,
    itemIndex: new Map(items.map((item, i) => [item.id, i])),
    groupIndex: new Map(groups.map((group, g) => [group.id, g])),
    scaleValues,
    codeOfValue: new Map(scaleValues.map((value, code) => [value, code])),
    notApplicableCode: scaleValues.length,
    dontKnowCode: scaleValues.length + 1,
    unansweredCode: scaleValues.length + 2,
    min: scaleValues[0]!,
    max: scaleValues[scaleValues.length - 1]!,
    itemGroup: Int32Array.from(items, (item) => groups.findIndex((g) => g.id === item.groupId)),
    groupSection: Uint8Array.from(groups, (g) => sections.indexOf(g.section)),
    sections,
    valueOfCode: Float64Array.from({ length: 256 }, (_, code) => (code < scaleValues.length ? scaleValues[code]! : Number.NaN)),
    itemWeight: Float64Array.from(items, (item) => item.weight),
    unitItemWeight: new Float64Array(items.length).fill(1),
    groupWeight: Float64Array.from(groups, (group) => group.weight),
    unitGroupWeight: new Float64Array(groups.length).fill(1),
    sectionStart: Int32Array.from(sections, (section) => groups.findIndex((g) => g.section === section)),
    sectionEnd: Int32Array.from(sections, (section) => groups.findIndex((g) => g.section === section) + groups.filter((g) => g.section === section).length),
    groupStart: new Int32Array(groups.length),
    groupEnd: new Int32Array(groups.length),
  };
  let offset = 0;
  groups.forEach((group, g) => {
    plan.groupStart[g] = offset;
    offset += group.items.length;
    plan.groupEnd[g] = offset;
  });
  byLevel.set(level, plan);
  return plan;
}

/**
 * Rounds for result documents: fixed decimals make results byte-stable and free of binary
 * noise such as 3.4000000000000004.
 */
export function round(value: number, precision: number): number {
  const factor = 10 ** precision;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Counts behind one application of the scoring rule. */
export interface RuleCounts {
  parts: number;
  scored: number;
}

/**
 * The scoring rule: a group (section, overall) of `parts` parts gets a score — the weighted mean
 * of its scored parts — only when at least this many of its parts have scores. "Not applicable"
 * answers are left out of the mean but still count as parts, so adding them never changes any
 * score.
 */
export function neededScores(parts: number, minShare: number): number {
  return Math.max(1, Math.ceil(minShare * parts - 1e-9));
}

/** Why the rule gave no score, in words, e.g. "1 of 3 items scored; at least 2 needed". */
export function missingReason(counts: RuleCounts, minShare: number, noun: string): string {
  const nouns = counts.parts === 1 ? noun : `${noun}s`;
  return `${counts.scored} of ${counts.parts} ${nouns} scored; at least ${neededScores(counts.parts, minShare)} needed`;
}

/**
 * Scores of one respondent at every level of the hierarchy, in reusable typed arrays, bound to
 * one plan and method. NaN marks "no score".
 */
export interface Evaluation {
  readonly plan: ScoringPlan;
  readonly method: ScoringMethod;
  groupScore: Float64Array;
  groupScored: Int32Array;
  sectionScore: Float64Array;
  sectionScored: Int32Array;
  overall: number;
  overallScored: number;
  readonly itemWeight: Float64Array;
  readonly groupWeight: Float64Array;
  readonly groupNeeded: Int32Array;
  readonly sectionNeeded: Int32Array;
  readonly overallNeeded: number;
}

/**
 * Scratch space for {@link evaluate}; make one per plan and method and reuse it across
 * respondents. The rule's thresholds are worked out here, once.
 * @example
 * const scratch = createEvaluation(plan, scoringMethod());
 */
export function createEvaluation(plan: ScoringPlan, method: ScoringMethod): Evaluation {
  const share = method.minScoredShare;
  return {
    plan,
    method,
    groupScore: new Float64Array(plan.groups.length),
    groupScored: new Int32Array(plan.groups.length),
    sectionScore: new Float64Array(plan.sections.length),
    sectionScored: new Int32Array(plan.sections.length),
    overall: Number.NaN,
    overallScored: 0,
    itemWeight: method.weighted ? plan.itemWeight : plan.unitItemWeight,
    groupWeight: method.weighted ? plan.groupWeight : plan.unitGroupWeight,
    groupNeeded: Int32Array.from(plan.groups, (_, g) => neededScores(plan.groupEnd[g]! - plan.groupStart[g]!, share)),
    sectionNeeded: Int32Array.from(plan.sections, (_, s) => neededScores(plan.sectionEnd[s]! - plan.sectionStart[s]!, share)),
    overallNeeded: neededScores(plan.sections.length, share),
  };
}

/** Per-item answer counts that {@link evaluate} can fill in the same pass (for aggregation). */
export interface Tally {
  /** Per item, one count per answer code (see {@link ScoringPlan.unansweredCode}). */
  counts: Float64Array;
  /** Codes per item: scale positions + 3. */
  width: number;
}

/**
 * Applies the scoring rule bottom-up to one respondent's encoded answers, read from `codes`
 * starting at `offset`: items → groups (item weights) → sections (group weights) → overall
 * (sections count equally). Writes into `into`. One fused pass with no allocation: this is the
 * inner loop of aggregation, so rows of a matrix are addressed by offset, not by subarray views.
 */
export function evaluate(codes: Uint8Array<ArrayBufferLike>, into: Evaluation, offset = 0, tally?: Tally): Evaluation {
  const { plan, groupScore, groupScored, sectionScore, sectionScored, itemWeight, groupWeight, groupNeeded, sectionNeeded } = into;
  const valueOfCode = plan.valueOfCode;
  const groupStart = plan.groupStart;
  const groupEnd = plan.groupEnd;
  for (let g = 0; g < groupScore.length; g++) {
    let sum = 0;
    let weights = 0;
    let scored = 0;
    for (let i = groupStart[g]!, end = groupEnd[g]!; i < end; i++) {
      const code = codes[offset + i]!;
      if (tally) tally.counts[i * tally.width + code]!++;
      const value = valueOfCode[code]!;
      if (value !== value) continue; // NaN: not scored
      const weight = itemWeight[i]!;
      sum += value * weight;
      weights += weight;
      scored++;
    }
    groupScored[g] = scored;
    groupScore[g] = scored >= groupNeeded[g]! ? sum / weights : Number.NaN;
  }
  let overallSum = 0;
  let overallScored = 0;
  for (let s = 0; s < sectionScore.length; s++) {
    let sum = 0;
    let weights = 0;
    let scored = 0;
    for (let g = plan.sectionStart[s]!, end = plan.sectionEnd[s]!; g < end; g++) {
      const value = groupScore[g]!;
      if (value !== value) continue;
      sum += value * groupWeight[g]!;
      weights += groupWeight[g]!;
      scored++;
    }
    sectionScored[s] = scored;
    const score = scored >= sectionNeeded[s]! ? sum / weights : Number.NaN;
    sectionScore[s] = score;
    // Sections count equally: conditions and capacities are two views of readiness, not item pools.
    if (score === score) {
      overallSum += score;
      overallScored++;
    }
  }
  into.overallScored = overallScored;
  into.overall = overallScored >= into.overallNeeded ? overallSum / overallScored : Number.NaN;
  return into;
}
