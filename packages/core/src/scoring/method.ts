/** Scoring options: what callers may choose, checked and resolved into the recorded method. */
import * as z from 'zod/mini';
import type { ScoringMethod } from '../results/types.js';
import { checkOptions } from '../validate/options.js';

/** Options shared by scoring and aggregation. */
export interface ScoringOptions {
  /** Share of parts that must be scored for a group, section or overall score (default 0.5). */
  minScoredShare?: number;
  /** Apply the framework's weights (default true). */
  weighted?: boolean;
  /** Decimal places results are rounded to (default 4). */
  precision?: number;
}

export const DEFAULT_METHOD: ScoringMethod = { method: 'weighted-mean', minScoredShare: 0.5, weighted: true, precision: 4 };

/** The scoring options' fields, for option schemas that extend them. */
export const scoringOptionsShape = {
  minScoredShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  weighted: z.optional(z.boolean()),
  precision: z.optional(z.int().check(z.gte(0), z.lte(12))),
};

/** The scoring options' shape; other properties of the same object are left alone. */
export const ScoringOptionsSchema = z.object(scoringOptionsShape);

/** Scoring options plus the `validated` promise of functions that validate their input. */
export const ValidatedOptionsSchema = z.object({ ...scoringOptionsShape, validated: z.optional(z.boolean()) });

/**
 * Resolves scoring options into the method recorded in results. Throws a SosValidationError
 * (kind "options") for values out of range.
 * @example
 * scoringMethod({ minScoredShare: 0.75 }); // { method: 'weighted-mean', minScoredShare: 0.75, weighted: true, precision: 4 }
 */
export function scoringMethod(options: ScoringOptions = {}): ScoringMethod {
  const checked = checkOptions(ScoringOptionsSchema, options);
  return {
    method: 'weighted-mean',
    minScoredShare: checked.minScoredShare ?? DEFAULT_METHOD.minScoredShare,
    weighted: checked.weighted ?? DEFAULT_METHOD.weighted,
    precision: checked.precision ?? DEFAULT_METHOD.precision,
  };
}

/**
 * Rounds for result documents: fixed decimals make results byte-stable and free of binary
 * noise such as 3.4000000000000004.
 */
export function round(value: number, precision: number): number {
  const factor = 10 ** precision;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
