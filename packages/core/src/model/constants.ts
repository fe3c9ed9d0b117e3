/**
 * The model's constants, each written once. Schemas, validation, scoring, results, CSV and the
 * components read them from here, so a change in one place changes every use.
 */
import type { NonScoredAnswer, OrganizationType, RatingScale, SystemLevel } from './types.js';

/** The document format version this library reads and writes (frameworks, assessments, results). */
export const SCHEMA_VERSION = 1 as const;

/**
 * The longest evidence or notes text a rating may carry (UTF-16 code units, as `String.length`
 * and an HTML `maxlength` count them). Forms use it so what a person types always validates.
 * @example
 * textarea.maxLength = RATING_TEXT_MAX_LENGTH; // 10000
 */
export const RATING_TEXT_MAX_LENGTH = 10_000;

/** The levels of the System of Support, from the classroom outwards. */
export const SYSTEM_LEVELS = ['school', 'district', 'coe', 'geo-lead', 'state'] as const satisfies readonly SystemLevel[];

/** The kinds of organization an assessment can be about or made by. */
export const ORGANIZATION_TYPES = ['school', 'district', 'coe', 'state-agency', 'other'] as const satisfies readonly OrganizationType[];

/** The non-scored answers, in the order they are offered. */
export const NON_SCORED_ANSWERS = ['not-applicable', 'dont-know'] as const satisfies readonly NonScoredAnswer[];

/**
 * The non-scored answers a scale offers: its own list, or both when it does not say.
 * @example
 * nonScoredAnswersOf({ ...scale, nonScored: undefined }); // ['not-applicable', 'dont-know']
 */
export function nonScoredAnswersOf(scale: Pick<RatingScale, 'nonScored'>): readonly NonScoredAnswer[] {
  return scale.nonScored ?? NON_SCORED_ANSWERS;
}

/**
 * The organization types an assessment at each level may rate, the level's own type first.
 * Geographic Lead Agencies are county offices, so `geo-lead` assessments rate a `coe`.
 */
export const SUBJECT_TYPES_BY_LEVEL: ReadonlyMap<SystemLevel, readonly [OrganizationType, ...OrganizationType[]]> = new Map<SystemLevel, readonly [OrganizationType, ...OrganizationType[]]>([
  ['school', ['school', 'other']],
  ['district', ['district', 'other']],
  ['coe', ['coe', 'other']],
  ['geo-lead', ['coe', 'other']],
  ['state', ['state-agency', 'other']],
]);

/**
 * The organization types a level's assessments may rate.
 * @example
 * subjectTypesFor('geo-lead'); // ['coe', 'other']
 */
export function subjectTypesFor(level: SystemLevel): readonly OrganizationType[] {
  return SUBJECT_TYPES_BY_LEVEL.get(level) ?? ['other'];
}

/**
 * The organization type a level's subject usually has, e.g. for a new assessment or a CSV row
 * that does not say.
 * @example
 * defaultSubjectType('state'); // 'state-agency'
 */
export function defaultSubjectType(level: SystemLevel): OrganizationType {
  return SUBJECT_TYPES_BY_LEVEL.get(level)?.[0] ?? 'other';
}
