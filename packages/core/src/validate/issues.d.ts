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
/**
 * Formats a path as `$.a.b[0]["odd key"]`.
 * @example
 * formatJsonPath(['levels', 0, 'name']); // '$.levels[0].name'
 */
export declare function formatJsonPath(path: readonly (string | number | symbol)[]): string;
/** Builds an issue from a path, code and message. */
export declare function issue(path: (string | number)[], code: string, message: string): ValidationIssue;
/**
 * Thrown by `parseFramework` and `parseAssessment`: lists every problem found, each with its
 * JSON path, so a user can fix a document in one pass.
 */
export declare class SosValidationError extends Error {
    readonly name = "SosValidationError";
    readonly kind: DocumentKind;
    readonly issues: readonly ValidationIssue[];
    constructor(kind: DocumentKind, issues: readonly ValidationIssue[], source?: string);
}
/** Describes a value briefly for an error message, e.g. `"yesterday"`, `number 5`, `null`. */
export declare function describeValue(value: unknown): string;
/** Reads the value at `path` inside `root`, or undefined when the path does not exist. */
export declare function valueAt(root: unknown, path: readonly PropertyKey[]): unknown;
