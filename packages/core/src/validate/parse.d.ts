import type { Assessment, Framework } from '../model/types.js';
import { SosValidationError, type ValidationIssue } from './issues.js';
/** The outcome of a `safeParse*` call: the typed document, or every problem found. */
export type SafeParseResult<T> = {
    success: true;
    data: T;
    issues: readonly [];
} | {
    success: false;
    error: SosValidationError;
    issues: readonly ValidationIssue[];
};
/** Options for the parse functions. */
export interface ParseOptions {
    /** Names the document in error messages, e.g. a file name or URL. */
    source?: string;
}
/**
 * Validates a framework (an object or JSON text) without throwing.
 * @example
 * const result = safeParseFramework(await (await fetch(url)).text(), { source: url });
 * if (!result.success) console.error(result.error.message);
 */
export declare function safeParseFramework(input: unknown, options?: ParseOptions): SafeParseResult<Framework>;
/**
 * Validates a framework (an object or JSON text) and returns it typed, or throws a
 * {@link SosValidationError} listing every problem with its JSON path.
 * @example
 * const framework = parseFramework(JSON.parse(text));
 */
export declare function parseFramework(input: unknown, options?: ParseOptions): Framework;
/**
 * Validates an assessment without throwing. With a framework it also checks that every rated
 * item exists at the assessment's level, values are on the scale, and versions are compatible.
 * @example
 * const result = safeParseAssessment(stored, framework);
 * if (!result.success) for (const i of result.issues) console.warn(i.jsonPath, i.message);
 */
export declare function safeParseAssessment(input: unknown, framework?: Framework, options?: ParseOptions): SafeParseResult<Assessment>;
/**
 * Validates an assessment and returns it typed, or throws a {@link SosValidationError}.
 * @example
 * const assessment = parseAssessment(json, framework, { source: 'district-2025.json' });
 */
export declare function parseAssessment(input: unknown, framework?: Framework, options?: ParseOptions): Assessment;
