/** One problem found in a document, located by its JSON path. */
export interface ValidationIssue {
  /** Path segments from the document root, e.g. `['levels', 0, 'roles', 2, 'id']`. */
  path: (string | number)[];
  /** The same location as a JSONPath-style string, e.g. `$.levels[0].roles[2].id`. */
  jsonPath: string;
  /** Machine-readable kind of problem, e.g. `invalid_type`, `duplicate_id`, `unknown_item`. */
  code: string;
  /** What is wrong and what was expected, in plain English. */
  message: string;
}

/** Which kind of document a validation error is about. */
export type DocumentKind = 'framework' | 'assessment' | 'gap request' | 'aggregation';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as `$.a.b[0]["odd key"]`.
 * @example
 * formatJsonPath(['levels', 0, 'name']); // '$.levels[0].name'
 */
export function formatJsonPath(path: readonly (string | number | symbol)[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Builds an issue from a path, code and message. */
export function issue(path: (string | number)[], code: string, message: string): ValidationIssue {
  return { path, jsonPath: formatJsonPath(path), code, message };
}

/**
 * Thrown by `parseFramework` and `parseAssessment`: lists every problem found, each with its
 * JSON path, so a user can fix a document in one pass.
 */
export class SosValidationError extends Error {
  override readonly name = 'SosValidationError';
  readonly kind: DocumentKind;
  readonly issues: readonly ValidationIssue[];

  constructor(kind: DocumentKind, issues: readonly ValidationIssue[], source?: string) {
    const where = source ? ` (${source})` : '';
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.map((i) => `  - ${i.jsonPath}: ${i.message}`);
    super(`Invalid ${kind}${where}: ${count}\n${lines.join('\n')}`);
    this.kind = kind;
    this.issues = issues;
  }
}

/** Describes a value briefly for an error message, e.g. `"yesterday"`, `number 5`, `null`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Reads the value at `path` inside `root`, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
