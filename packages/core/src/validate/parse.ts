import * as z from 'zod/mini';
import { AssessmentSchema, FrameworkSchema, RatingSchema } from '../model/schemas.js';
import type { Assessment, Framework } from '../model/types.js';
import { describeValue, issue, SosValidationError, type DocumentKind, type ValidationIssue } from './issues.js';
import { assessmentAgainstFrameworkIssues, assessmentIssues, frameworkSemanticIssues, futureSchemaVersionIssue } from './semantics.js';
import { decodeJsonText } from './json-text.js';
import { fromZodIssues } from './zod-issues.js';
import { fastSafeParse } from './fast-shape.js';
import { ownValue, setOwn } from '../util/own.js';

/** The outcome of a `safeParse*` call: the typed document, or every problem found. */
export type SafeParseResult<T> =
  | { success: true; data: T; issues: readonly [] }
  | { success: false; error: SosValidationError; issues: readonly ValidationIssue[] };

/** Options for the parse functions. */
export interface ParseOptions {
  /** Names the document in error messages, e.g. a file name or URL. */
  source?: string;
}


/** A map keyed by user ids, checked entry by entry with `schema`. */
interface KeyedRecord {
  field: string;
  schema: z.ZodMiniType;
}

/**
 * zod's records skip `__proto__` keys (a guard against prototype pollution), so a rating or
 * target stored under that key would vanish unchecked. Such entries are checked here with the
 * same schema and put back, in their original position, as own properties.
 */
function protoEntries(records: readonly KeyedRecord[], input: object, parsed: Record<string, unknown> | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { field, schema } of records) {
    const record = ownValue(input as Record<string, unknown>, field);
    if (record === null || typeof record !== 'object' || Array.isArray(record) || !Object.hasOwn(record, '__proto__')) continue;
    const checked = schema.safeParse((record as Record<string, unknown>)['__proto__']);
    if (!checked.success) {
      for (const found of fromZodIssues(checked.error.issues, input, [field, '__proto__'])) issues.push(found);
      continue;
    }
    const shaped = parsed?.[field] as Record<string, unknown> | undefined;
    if (!shaped) continue;
    const rebuilt: Record<string, unknown> = {};
    for (const key of Object.keys(record)) setOwn(rebuilt, key, key === '__proto__' ? checked.data : shaped[key]);
    parsed![field] = rebuilt;
  }
  return issues;
}

const ASSESSMENT_RECORDS: readonly KeyedRecord[] = [
  { field: 'ratings', schema: RatingSchema },
  { field: 'targets', schema: z.number() },
];

/**
 * The shared pipeline of every `safeParse*`: JSON text is decoded, a document from a newer
 * library stops early, the shape is checked, then the rules that need the whole document.
 */
export function validateDocument<T>(
  kind: DocumentKind,
  input: unknown,
  schema: z.ZodMiniType<T>,
  semantics: (value: T) => ValidationIssue[],
  options: ParseOptions,
  records: readonly KeyedRecord[] = [],
): SafeParseResult<T> {
  const fail = (issues: ValidationIssue[]): SafeParseResult<T> => ({ success: false, error: new SosValidationError(kind, issues, options.source), issues });
  let value = input;
  if (typeof input === 'string') {
    const decoded = decodeJsonText(input);
    if (decoded.issues.length > 0) return fail(decoded.issues);
    value = decoded.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail([issue([], 'invalid_type', `expected ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} object, got ${describeValue(value)}`)]);
  }
  const future = futureSchemaVersionIssue(value);
  if (future) return fail([future]);
  const shaped = fastSafeParse(schema, value);
  const hidden = protoEntries(records, value, shaped.success ? (shaped.data as Record<string, unknown>) : undefined);
  if (!shaped.success) return fail([...fromZodIssues(shaped.error.issues, value), ...hidden]);
  if (hidden.length > 0) return fail(hidden);
  const problems = semantics(shaped.data);
  return problems.length > 0 ? fail(problems) : { success: true, data: shaped.data, issues: [] };
}

/**
 * Validates a framework (an object or JSON text) without throwing.
 * @example
 * const result = safeParseFramework(await (await fetch(url)).text(), { source: url });
 * if (!result.success) console.error(result.error.message);
 */
export function safeParseFramework(input: unknown, options: ParseOptions = {}): SafeParseResult<Framework> {
  return validateDocument('framework', input, FrameworkSchema as z.ZodMiniType<Framework>, frameworkSemanticIssues, options);
}

/**
 * Validates a framework (an object or JSON text) and returns it typed, or throws a
 * {@link SosValidationError} listing every problem with its JSON path.
 * @example
 * const framework = parseFramework(JSON.parse(text));
 */
export function parseFramework(input: unknown, options: ParseOptions = {}): Framework {
  const result = safeParseFramework(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates an assessment without throwing. With a framework it also checks that every rated
 * item exists at the assessment's level, values are on the scale, and versions are compatible.
 * @example
 * const result = safeParseAssessment(stored, framework);
 * if (!result.success) for (const i of result.issues) console.warn(i.jsonPath, i.message);
 */
export function safeParseAssessment(input: unknown, framework?: Framework, options: ParseOptions = {}): SafeParseResult<Assessment> {
  return validateDocument(
    'assessment',
    input,
    AssessmentSchema as z.ZodMiniType<Assessment>,
    (assessment) => [...assessmentIssues(assessment), ...(framework ? assessmentAgainstFrameworkIssues(assessment, framework) : [])],
    options,
    ASSESSMENT_RECORDS,
  );
}

/**
 * Validates an assessment and returns it typed, or throws a {@link SosValidationError}.
 * @example
 * const assessment = parseAssessment(json, framework, { source: 'district-2025.json' });
 */
export function parseAssessment(input: unknown, framework?: Framework, options: ParseOptions = {}): Assessment {
  const result = safeParseAssessment(input, framework, options);
  if (!result.success) throw result.error;
  return result.data;
}
