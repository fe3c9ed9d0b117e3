import { type LevelGroup, type LevelItem } from '../framework/items.js';
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
export declare const DEFAULT_METHOD: ScoringMethod;
/**
 * Resolves scoring options into the method recorded in results.
 * @example
 * scoringMethod({ minScoredShare: 0.75 }); // { method: 'weighted-mean', minScoredShare: 0.75, weighted: true, precision: 4 }
 */
export declare function scoringMethod(options?: ScoringOptions): ScoringMethod;
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
/**
 * Compiles (or fetches from cache) the scoring plan of one framework level.
 * @example
 * const plan = scoringPlan(framework, 'district');
 * plan.items.length; // 45
 */
export declare function scoringPlan(framework: Framework, level: SystemLevel): ScoringPlan;
/**
 * Rounds for result documents: fixed decimals make results byte-stable and free of binary
 * noise such as 3.4000000000000004.
 */
export declare function round(value: number, precision: number): number;
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
export declare function neededScores(parts: number, minShare: number): number;
/** Why the rule gave no score, in words, e.g. "1 of 3 items scored; at least 2 needed". */
export declare function missingReason(counts: RuleCounts, minShare: number, noun: string): string;
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
export declare function createEvaluation(plan: ScoringPlan, method: ScoringMethod): Evaluation;
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
export declare function evaluate(codes: Uint8Array<ArrayBufferLike>, into: Evaluation, offset?: number, tally?: Tally): Evaluation;
