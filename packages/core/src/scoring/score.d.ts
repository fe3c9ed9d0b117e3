import type { Assessment, Framework } from '../model/types.js';
import type { ScoreResult } from '../results/types.js';
import { type ScoringOptions, type ScoringPlan } from './plan.js';
/** Options for {@link scoreAssessment}. */
export interface ScoreOptions extends ScoringOptions {
    /**
     * Skip validation because the assessment already passed `parseAssessment` against this
     * framework (e.g. in a batch job). Unvalidated input is always checked first.
     */
    validated?: boolean;
}
/**
 * Encodes an assessment's answers as one byte per item of the plan: the scale position of a
 * value, or the plan's not-applicable, don't-know or unanswered code.
 */
export declare function encodeAnswers(plan: ScoringPlan, assessment: Assessment, out?: Uint8Array<ArrayBufferLike>): Uint8Array<ArrayBufferLike>;
/**
 * Scores one assessment at every level: items, conditions and roles, sections and overall.
 * Deterministic and pure: the same input gives byte-identical JSON, and the input is not
 * modified. Throws a SosValidationError when the assessment does not fit the framework.
 * @example
 * const result = scoreAssessment(assessment, framework);
 * result.overall.score; // e.g. 3.4 on the 1–5 scale
 * result.groups.find((g) => g.id === 'mutual-trust')?.reason; // why a condition has no score
 */
export declare function scoreAssessment(assessment: Assessment, framework: Framework, options?: ScoreOptions): ScoreResult;
