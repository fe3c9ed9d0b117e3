import type { Assessment, Framework, Organization, Perspective, Respondent, SchoolYear, SystemLevel } from '../model/types.js';
/** What a new assessment needs to know. */
export interface NewAssessmentOptions {
    level: SystemLevel;
    subject: Organization;
    /** Defaults to a self-rating. */
    perspective?: Perspective;
    respondent?: Respondent;
    schoolYear?: SchoolYear;
    id?: string;
    /** The creation time; defaults to now. Pass it to make the result reproducible. */
    now?: Date | string;
}
/**
 * Starts an empty draft assessment for one level of a framework.
 * @example
 * const draft = createAssessment(framework, {
 *   level: 'district',
 *   subject: { name: 'Sample Unified', type: 'district', county: 'Sample' },
 *   now: '2026-09-01T16:00:00Z',
 * });
 * draft.status; // 'draft'
 */
export declare function createAssessment(framework: Framework, options: NewAssessmentOptions): Assessment;
