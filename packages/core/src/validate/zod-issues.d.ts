import type * as z from 'zod/mini';
import { type ValidationIssue } from './issues.js';
type ZodIssue = z.core.$ZodIssue;
/**
 * Converts zod's issues (which carry no messages under zod/mini) into issues with JSON paths and
 * readable messages, reading the offending values from the input.
 */
export declare function fromZodIssues(issues: readonly ZodIssue[], input: unknown, prefix?: (string | number)[]): ValidationIssue[];
export {};
