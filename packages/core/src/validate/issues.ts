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
export type DocumentKind = 'framework' | 'assessment' | 'aggregate state' | 'aggregate result' | 'gap request' | 'aggregation' | 'options' | 'improvement plan';

/** Longest piece of user text echoed in a message or a displayed path, in characters. */
export const ECHO_LIMIT = 80;

/**
 * Quotes user text for a message, shortened to {@link ECHO_LIMIT} characters so a huge value
 * never floods a log or a terminal.
 * @example
 * quote('district-1'); // '"district-1"'
 * quote('x'.repeat(1e6)).length; // 85
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT - 1)}…` : text);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as `$.a.b[0]["odd key"]`. A key longer than {@link ECHO_LIMIT} characters is
 * shown shortened (the issue's `path` keeps it whole).
 * @example
 * formatJsonPath(['levels', 0, 'name']); // '$.levels[0].name'
 */
export function formatJsonPath(path: readonly (string | number | symbol)[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && segment.length <= ECHO_LIMIT && IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${quote(String(segment))}]`;
  }
  return out;
}

/** Builds an issue from a path, code and message. */
export function issue(path: (string | number)[], code: string, message: string): ValidationIssue {
  return { path, jsonPath: formatJsonPath(path), code, message };
}

/**
 * The same issues located inside a larger document, e.g. assessment issues at `$[3]` of a batch.
 * @example
 * prefixIssues([3], [issue(['level'], 'missing', 'is required')])[0].jsonPath; // '$[3].level'
 */
export function prefixIssues(prefix: readonly (string | number)[], issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((found) => issue([...prefix, ...found.path], found.code, found.message));
}

/** Lines of the error message; the `issues` array always holds every issue. */
const MESSAGE_LINES = 100;

/**
 * The one error the library throws for bad input — documents, aggregate states, requests and
 * options alike. It lists every problem found, each with its JSON path, so a user can fix the
 * input in one pass.
 */
export class SosValidationError extends Error {
  override readonly name = 'SosValidationError';
  readonly kind: DocumentKind;
  readonly issues: readonly ValidationIssue[];

  constructor(kind: DocumentKind, issues: readonly ValidationIssue[], source?: string) {
    const where = source ? ` (${source})` : '';
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.slice(0, MESSAGE_LINES).map((i) => `  - ${i.jsonPath}: ${i.message}`);
    if (issues.length > MESSAGE_LINES) lines.push(`  … and ${(issues.length - MESSAGE_LINES).toLocaleString('en-US')} more`);
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
    case 'string':
      return quote(value);
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
