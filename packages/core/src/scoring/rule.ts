/**
 * The scoring rule, in one place: how answers become item, group, section and overall scores,
 * and when there is too little to score. Scoring, gap analysis and aggregation all apply it
 * through {@link evaluate}, on answers encoded by {@link encodeAnswers}.
 */
import type { Assessment } from '../model/types.js';
import type { ScoringMethod } from '../results/types.js';
import type { ScoringPlan } from './plan.js';

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
  /** Codes per item: scale positions + 3 (the stride of the per-item tables below). */
  readonly width: number;
  /**
   * Per item and answer code, two numbers side by side: the value times the item's weight, and
   * the item's weight (both 0 for unscored codes).
   */
  readonly weighted: Float64Array;
  /** Per answer code, 1 when it is a scale value, else 0. */
  readonly scoredCode: Int32Array;
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
  const itemWeight = method.weighted ? plan.itemWeight : plan.unitItemWeight;
  const positions = plan.scaleValues.length;
  const width = positions + 3;
  // Lookup tables make the inner loop branch-free: an unscored answer adds 0 to the sums, where a
  // test would be mispredicted as often as answers are skipped.
  const weighted = new Float64Array(plan.items.length * width * 2);
  for (let i = 0; i < plan.items.length; i++) {
    for (let code = 0; code < positions; code++) {
      weighted[(i * width + code) * 2] = plan.scaleValues[code]! * itemWeight[i]!;
      weighted[(i * width + code) * 2 + 1] = itemWeight[i]!;
    }
  }
  return {
    plan,
    method,
    groupScore: new Float64Array(plan.groups.length),
    groupScored: new Int32Array(plan.groups.length),
    sectionScore: new Float64Array(plan.sections.length),
    sectionScored: new Int32Array(plan.sections.length),
    overall: Number.NaN,
    overallScored: 0,
    itemWeight,
    groupWeight: method.weighted ? plan.groupWeight : plan.unitGroupWeight,
    width,
    weighted,
    scoredCode: Int32Array.from({ length: width }, (_, code) => (code < positions ? 1 : 0)),
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
  const { plan, groupScore, groupScored, sectionScore, sectionScored, groupWeight, groupNeeded, sectionNeeded, width, weighted, scoredCode } = into;
  const groupStart = plan.groupStart;
  const groupEnd = plan.groupEnd;
  const counts = tally?.counts;
  for (let g = 0; g < groupScore.length; g++) {
    let sum = 0;
    let weights = 0;
    let scored = 0;
    for (let i = groupStart[g]!, end = groupEnd[g]!, base = i * width; i < end; i++, base += width) {
      const code = codes[offset + i]!;
      const slot = base + code;
      if (counts) counts[slot]!++;
      // Same products, added in the same order as value × weight would be: results are identical.
      sum += weighted[slot * 2]!;
      weights += weighted[slot * 2 + 1]!;
      scored += scoredCode[code]!;
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

/**
 * Encodes an assessment's answers as one byte per item of the plan: the scale position of a
 * value, or the plan's not-applicable, don't-know or unanswered code.
 */
export function encodeAnswers(plan: ScoringPlan, assessment: Assessment, out: Uint8Array<ArrayBufferLike> = new Uint8Array(plan.items.length)): Uint8Array<ArrayBufferLike> {
  out.fill(plan.unansweredCode);
  for (const [id, rating] of Object.entries(assessment.ratings)) {
    const index = plan.itemIndex.get(id);
    if (index === undefined) continue; // validation has already rejected unknown ids
    const value = rating.value;
    if (value === undefined) continue;
    out[index] = value === 'not-applicable' ? plan.notApplicableCode : value === 'dont-know' ? plan.dontKnowCode : plan.codeOfValue.get(value)!;
  }
  return out;
}
