import type { Assessment, Framework } from '../model/types.js';
import { type ValidationIssue } from './issues.js';
/**
 * Checks a shape-valid framework for problems its JSON Schema cannot express.
 * @example
 * frameworkSemanticIssues(framework); // [] when the framework is sound
 */
export declare function frameworkSemanticIssues(framework: Framework): ValidationIssue[];
/** The document format version this library reads and writes. */
export declare const SCHEMA_VERSION = 1;
/**
 * Stops early on documents written by a newer library: their meaning may have changed, so
 * reporting shape errors on them would only confuse.
 */
export declare function futureSchemaVersionIssue(input: unknown): ValidationIssue | undefined;
/**
 * Checks a shape-valid assessment for problems that do not need its framework.
 * @example
 * assessmentIssues(assessment); // [] when sound
 */
export declare function assessmentIssues(assessment: Assessment): ValidationIssue[];
/**
 * Checks an assessment against the framework it claims to use: same framework, compatible
 * version, a level the framework has, and every rating and target on an item of that level
 * with a value of the scale.
 * @example
 * assessmentAgainstFrameworkIssues(assessment, framework); // [] when they fit
 */
export declare function assessmentAgainstFrameworkIssues(assessment: Assessment, framework: Framework): ValidationIssue[];
