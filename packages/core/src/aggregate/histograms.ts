/**
 * Statistics from histograms. Items keep a count per answer code (exact, since answers are scale
 * values) and groups a count per score bin, so every figure — n, mean, median, SD, agreement — is
 * computed from counts alone, whatever the number of raters.
 */
import type { DistributionStats } from '../results/types.js';
import { round } from '../scoring/method.js';

/**
 * Statistics of a histogram: `counts[offset + k]` raters have value `valueOf(k)`. The median of
 * an even count is the mean of the two middle values; agreement is the share within `step` of it.
 */
export function distribution(counts: ArrayLike<number>, offset: number, length: number, valueOf: (k: number) => number, step: number, precision: number): DistributionStats {
  return tally(counts, offset, length, valueOf, step, precision).stats;
}

/**
 * {@link distribution}, with the exact number of raters within `step` of the median (its
 * agreement before rounding), which pooled agreement adds up across items.
 */
export function tally(counts: ArrayLike<number>, offset: number, length: number, valueOf: (k: number) => number, step: number, precision: number): { stats: DistributionStats; agreeing: number } {
  let n = 0;
  let sum = 0;
  let first = -1;
  let last = -1;
  for (let k = 0; k < length; k++) {
    const c = counts[offset + k]!;
    if (c === 0) continue;
    n += c;
    sum += c * valueOf(k);
    if (first < 0) first = k;
    last = k;
  }
  if (n === 0) return { stats: { n: 0 }, agreeing: 0 };
  const mean = sum / n;
  let squares = 0;
  const lowerRank = Math.floor((n - 1) / 2);
  const upperRank = Math.floor(n / 2);
  let lower = Number.NaN;
  let upper = Number.NaN;
  let seen = 0;
  for (let k = first; k <= last; k++) {
    const c = counts[offset + k]!;
    if (c === 0) continue;
    const value = valueOf(k);
    squares += c * (value - mean) ** 2;
    if (Number.isNaN(lower) && seen + c > lowerRank) lower = value;
    if (Number.isNaN(upper) && seen + c > upperRank) upper = value;
    seen += c;
  }
  const median = (lower + upper) / 2;
  let agreeing = 0;
  for (let k = first; k <= last; k++) if (Math.abs(valueOf(k) - median) <= step + 1e-9) agreeing += counts[offset + k]!;
  return {
    stats: {
      n,
      mean: round(mean, precision),
      median: round(median, precision),
      min: round(valueOf(first), precision),
      max: round(valueOf(last), precision),
      ...(n > 1 ? { sd: round(Math.sqrt(squares / (n - 1)), precision) } : {}),
      agreement: round(agreeing / n, precision),
    },
    agreeing,
  };
}

/** One scale point: the smallest distance between adjacent scale values. */
export function scaleStep(values: readonly number[]): number {
  let step = Number.POSITIVE_INFINITY;
  for (let k = 1; k < values.length; k++) step = Math.min(step, values[k]! - values[k - 1]!);
  return step;
}

/** Score bins from the scale minimum to its maximum at `resolution` scale points each. */
export function binCount(min: number, max: number, resolution: number): number {
  return Math.round((max - min) / resolution) + 1;
}
