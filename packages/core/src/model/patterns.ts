/**
 * The string formats of the model, each defined once with the words messages use for it. The
 * JSDoc `@pattern` tags in `types.ts` (which feed the published JSON Schemas) repeat the regex
 * sources; a conformance spec holds them equal to these.
 */

/** A text format: its regular expression and how to describe it to a person. */
export interface TextFormat {
  readonly pattern: RegExp;
  /** Completes "expected …", e.g. `a date written YYYY-MM-DD`. */
  readonly description: string;
}

export const ID_FORMAT: TextFormat = {
  pattern: /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/,
  description: 'an id of lowercase letters and digits, in parts joined by "-" or "." (e.g. "shared-purpose.equity-focus")',
};

/** Longest id, in characters. */
export const ID_MAX_LENGTH = 120;

export const SEMVER_FORMAT: TextFormat = {
  pattern: /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/,
  description: 'a semantic version such as "1.0.0"',
};

export const DATE_FORMAT: TextFormat = {
  pattern: /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/,
  description: 'a date written YYYY-MM-DD',
};

export const DATE_TIME_FORMAT: TextFormat = {
  pattern: /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/,
  description: 'a date and time with its offset, such as "2026-03-01T17:30:00Z"',
};

export const SCHOOL_YEAR_FORMAT: TextFormat = {
  pattern: /^[0-9]{4}-[0-9]{2}$/,
  description: 'a school year such as "2025-26"',
};

/** Every format, for looking one up by the pattern a validation issue reports. */
export const TEXT_FORMATS: readonly TextFormat[] = [ID_FORMAT, SEMVER_FORMAT, DATE_FORMAT, DATE_TIME_FORMAT, SCHOOL_YEAR_FORMAT];
