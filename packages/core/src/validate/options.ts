/**
 * Options are input too: a share of 2, a precision of "4" or a resolution of 0 are reported as a
 * {@link SosValidationError} of kind "options", located like any document problem.
 */
import type * as z from 'zod/mini';
import { describeValue, issue, SosValidationError, type DocumentKind } from './issues.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Checks an options object against `schema` and returns the checked values; an absent options
 * object means all defaults. Unknown properties are left alone (one object often carries the
 * options of several functions).
 * @example
 * checkOptions(z.object({ precision: z.optional(z.int()) }), { precision: 2 }); // { precision: 2 }
 */
export function checkOptions<T>(schema: z.ZodMiniType<T>, options: unknown, kind: DocumentKind = 'options'): T {
  const value = options === undefined ? {} : options;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SosValidationError(kind, [issue([], 'invalid_type', `expected ${kind === 'options' ? 'an options object' : 'an object'}, got ${describeValue(value)}`)]);
  }
  const checked = schema.safeParse(value);
  if (!checked.success) throw new SosValidationError(kind, fromZodIssues(checked.error.issues, value));
  return checked.data;
}
