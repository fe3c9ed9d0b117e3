import type { Assessment, Framework, Organization, Perspective, Respondent, SchoolYear, SystemLevel } from '../model/types.js';
import { cloneJson } from '../util/clone.js';
import { SCHEMA_VERSION } from '../model/constants.js';

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
export function createAssessment(framework: Framework, options: NewAssessmentOptions): Assessment {
  const timestamp = options.now === undefined ? new Date().toISOString() : new Date(options.now).toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id === undefined ? {} : { id: options.id }),
    framework: { id: framework.id, version: framework.version },
    level: options.level,
    subject: cloneJson(options.subject),
    perspective: cloneJson(options.perspective ?? { kind: 'self' }),
    ...(options.respondent === undefined ? {} : { respondent: cloneJson(options.respondent) }),
    ...(options.schoolYear === undefined ? {} : { schoolYear: options.schoolYear }),
    status: 'draft',
    createdAt: timestamp,
    updatedAt: timestamp,
    ratings: {},
  };
}
