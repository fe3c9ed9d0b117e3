/**
 * Aggregation entry points: a batch in one call, a stream of any length, rollups by key, and the
 * encoded-matrix fast path. Every assessment is validated (unless the caller says it already was)
 * and problems are located by the assessment's position: `$[3].ratings.e1.value`.
 */
import * as z from 'zod/mini';
import { FrameworkRefSchema, SystemLevelSchema } from '../model/schemas.js';
import type { Assessment, Framework, SystemLevel } from '../model/types.js';
import type { AggregateResult } from '../results/types.js';
import { scoringPlan } from '../scoring/plan.js';
import { encodeAnswers } from '../scoring/rule.js';
import { describeValue, issue, prefixIssues, SosValidationError, type ValidationIssue } from '../validate/issues.js';
import { checkOptions } from '../validate/options.js';
import { safeParseAssessment } from '../validate/parse.js';
import { Aggregator, AggregateOptionsSchema, type AggregateOptions } from './aggregator.js';

/** Rethrows an assessment's validation error located at its position in the batch. */
function locate(error: unknown, index: number): unknown {
  return error instanceof SosValidationError ? new SosValidationError('aggregation', prefixIssues([index], error.issues)) : error;
}

function requireList(assessments: unknown): asserts assessments is readonly unknown[] {
  if (!Array.isArray(assessments)) throw new SosValidationError('aggregation', [issue([], 'invalid_type', `expected an array of assessments, got ${describeValue(assessments)}`)]);
}

/**
 * The level to aggregate: the one asked for, or the first assessment's. When the first one has
 * no level of this framework, its own problems are reported (at `$[0]`).
 */
function levelOf(first: unknown, framework: Framework, level: SystemLevel | undefined): SystemLevel | undefined {
  if (level !== undefined || first === undefined) return level;
  const own = first !== null && typeof first === 'object' && Object.hasOwn(first, 'level') ? (first as { level: unknown }).level : undefined;
  if (typeof own === 'string' && framework.levels.some((l) => l.id === own)) return own as SystemLevel;
  const checked = safeParseAssessment(first, framework);
  throw new SosValidationError('aggregation', checked.success ? [issue([0, 'level'], 'unknown_level', 'is not a level of the framework')] : prefixIssues([0], checked.issues));
}

/**
 * Aggregates assessments of one level (e.g. a team's self-assessments) in one call.
 * @example
 * const team = aggregateAssessments([alice, bob, carmen], framework);
 * team.groups.find((g) => g.id === 'mutual-trust')?.median;
 */
export function aggregateAssessments(assessments: readonly Assessment[], framework: Framework, options: AggregateOptions & { level?: SystemLevel } = {}): AggregateResult {
  requireList(assessments);
  const checked = checkOptions(AggregateOptionsSchema, options);
  const level = levelOf(assessments[0], framework, checked.level);
  if (!level) throw new SosValidationError('aggregation', [issue([], 'empty', 'there are no assessments to aggregate and no level was given')]);
  const aggregator = new Aggregator(framework, level, options);
  assessments.forEach((assessment, index) => {
    try {
      aggregator.add(assessment as Assessment);
    } catch (error) {
      throw locate(error, index);
    }
  });
  return aggregator.result();
}

/**
 * Aggregates a stream of any length (an iterable or async iterable, e.g. lines of a file) in
 * constant memory. Every assessment must be of `options.level` (or of the first one's level).
 * @example
 * const result = await aggregateStream(readAssessments('county.ndjson'), framework, { level: 'district' });
 */
export async function aggregateStream(
  source: Iterable<Assessment> | AsyncIterable<Assessment>,
  framework: Framework,
  options: AggregateOptions & { level?: SystemLevel } = {},
): Promise<AggregateResult> {
  return (await aggregateStreamState(source, framework, options)).result();
}

/** Like {@link aggregateStream}, but returns the aggregator so its state can be merged elsewhere. */
export async function aggregateStreamState(
  source: Iterable<Assessment> | AsyncIterable<Assessment>,
  framework: Framework,
  options: AggregateOptions & { level?: SystemLevel } = {},
): Promise<Aggregator> {
  const checked = checkOptions(AggregateOptionsSchema, options);
  let aggregator: Aggregator | undefined = checked.level ? new Aggregator(framework, checked.level, options) : undefined;
  let index = 0;
  for await (const assessment of source) {
    try {
      aggregator ??= new Aggregator(framework, levelOf(assessment, framework, undefined)!, options);
      aggregator.add(assessment);
    } catch (error) {
      throw locate(error, index);
    }
    index++;
  }
  if (!aggregator) throw new SosValidationError('aggregation', [issue([], 'empty', 'the stream had no assessments and no level was given')]);
  return aggregator;
}

/** A built-in way to split assessments into rollup groups, or a function returning a key. */
export type RollupKey = 'county' | 'subject' | 'subject-type' | 'school-year' | 'level' | ((assessment: Assessment) => string | undefined);

/** The key given to assessments that lack the attribute a rollup splits by. */
export const NOT_SET = '(not set)';

const ROLLUP_KEYS: ReadonlyMap<string, (assessment: Assessment) => string | undefined> = new Map<string, (assessment: Assessment) => string | undefined>([
  ['county', (a) => a.subject.county],
  ['subject', (a) => a.subject.id ?? a.subject.name],
  ['subject-type', (a) => a.subject.type],
  ['school-year', (a) => a.schoolYear],
  ['level', (a) => a.level],
]);

function rollupKeyOf(by: unknown): (assessment: Assessment) => string | undefined {
  if (typeof by === 'function') return by as (assessment: Assessment) => string | undefined;
  const known = typeof by === 'string' ? ROLLUP_KEYS.get(by) : undefined;
  if (known) return known;
  throw new SosValidationError('options', [issue(['by'], 'invalid_value', `expected one of ${[...ROLLUP_KEYS.keys()].map((k) => `"${k}"`).join(', ')} or a function, got ${describeValue(by)}`)]);
}

/**
 * Rolls assessments up by an attribute — county, organisation, organisation type, school year,
 * level, or your own key — giving one aggregate per key and level, sorted by key then level.
 * Assessments without the attribute are kept under "(not set)", never dropped.
 * @example
 * const byYear = rollupAssessments(all, framework, { by: 'school-year' });
 * byYear.map((r) => [r.key, r.overall.mean]); // progress over time
 */
export function rollupAssessments(assessments: readonly Assessment[], framework: Framework, options: AggregateOptions & { by: RollupKey }): AggregateResult[] {
  requireList(assessments);
  const checked = checkOptions(AggregateOptionsSchema, options);
  const keyOf = rollupKeyOf((options as { by?: unknown }).by);
  const aggregators = new Map<string, Aggregator>();
  assessments.forEach((assessment, index) => {
    if (!checked.validated) {
      const valid = safeParseAssessment(assessment, framework);
      if (!valid.success) throw new SosValidationError('aggregation', prefixIssues([index], valid.issues));
    }
    const found = keyOf(assessment);
    if (found !== undefined && typeof found !== 'string') {
      throw new SosValidationError('options', [issue(['by'], 'invalid_type', `returned ${describeValue(found)} for assessment ${index}; a key is a string or undefined`)]);
    }
    const key = found === undefined || found === '' ? NOT_SET : found;
    const slot = `${key}\u0000${assessment.level}`;
    let aggregator = aggregators.get(slot);
    if (!aggregator) {
      aggregator = new Aggregator(framework, assessment.level, { ...checked, key, validated: true });
      aggregators.set(slot, aggregator);
    }
    aggregator.add(assessment);
  });
  const levelOrder = framework.levels.map((l) => l.id);
  return [...aggregators.values()]
    .sort((x, y) => (x.key! < y.key! ? -1 : x.key! > y.key! ? 1 : levelOrder.indexOf(x.level) - levelOrder.indexOf(y.level)))
    .map((aggregator) => aggregator.result());
}

/** Many assessments' answers as one byte per item, row by row: the batch format. */
export interface RatingMatrix {
  framework: { id: string; version: string };
  level: SystemLevel;
  rows: number;
  /** Item ids, the columns. */
  items: readonly string[];
  /** rows × items answer codes: scale positions 0…K−1, then K "not applicable", K+1 "don't know", K+2 unanswered. */
  codes: Uint8Array<ArrayBufferLike>;
}

/**
 * Encodes assessments of one level into a compact matrix (validating each unless told not to),
 * for batch aggregation with {@link aggregateMatrix} or for moving to a worker thread.
 * @example
 * const matrix = encodeAssessments(assessments, framework);
 * const result = aggregateMatrix(matrix, framework);
 */
export function encodeAssessments(assessments: readonly Assessment[], framework: Framework, options: { level?: SystemLevel; validated?: boolean } = {}): RatingMatrix {
  requireList(assessments);
  const checked = checkOptions(AggregateOptionsSchema, options);
  const level = levelOf(assessments[0], framework, checked.level);
  if (!level) throw new SosValidationError('aggregation', [issue([], 'empty', 'there are no assessments to encode and no level was given')]);
  const plan = scoringPlan(framework, level);
  const width = plan.items.length;
  const codes = new Uint8Array(assessments.length * width);
  const problems: ValidationIssue[] = [];
  assessments.forEach((assessment, index) => {
    if (!checked.validated) {
      const valid = safeParseAssessment(assessment, framework);
      if (!valid.success) {
        for (const found of prefixIssues([index], valid.issues)) problems.push(found);
        return;
      }
    }
    if (assessment.level !== level) problems.push(issue([index, 'level'], 'level_mismatch', `is "${assessment.level}", but the matrix is of the "${level}" level`));
    if (problems.length === 0) encodeAnswers(plan, assessment, codes.subarray(index * width, index * width + width));
  });
  if (problems.length > 0) throw new SosValidationError('aggregation', problems);
  return { framework: { id: framework.id, version: framework.version }, level, rows: assessments.length, items: plan.items.map((i) => i.id), codes };
}

const RatingMatrixSchema = z.object({
  framework: FrameworkRefSchema,
  level: SystemLevelSchema,
  rows: z.int().check(z.gte(0)),
  codes: z.instanceof(Uint8Array),
});

/**
 * Aggregates an encoded matrix: the fast path for large batches.
 * @example
 * aggregateMatrix(encodeAssessments(assessments, framework), framework).respondents;
 */
export function aggregateMatrix(matrix: RatingMatrix, framework: Framework, options: Omit<AggregateOptions, 'validated'> = {}): AggregateResult {
  return aggregateMatrixState(matrix, framework, options).result();
}

/** Like {@link aggregateMatrix}, returning the aggregator (for its mergeable state). */
export function aggregateMatrixState(matrix: RatingMatrix, framework: Framework, options: Omit<AggregateOptions, 'validated'> = {}): Aggregator {
  const checked = checkOptions(RatingMatrixSchema, matrix, 'aggregation');
  if (checked.framework.id !== framework.id || checked.framework.version !== framework.version) {
    throw new SosValidationError('aggregation', [issue(['framework'], 'framework_mismatch', `matrix was encoded with "${checked.framework.id}" ${checked.framework.version}, not "${framework.id}" ${framework.version}`)]);
  }
  return new Aggregator(framework, checked.level, options).addCodes(matrix.codes, checked.rows);
}
