/**
 * Run-chart analysis: the probability-based rules improvement science uses to tell a real change
 * in a measure from ordinary ups and downs, without control limits (Perla, Provost & Murray,
 * "The run chart", BMJ Quality & Safety 2011; Swed & Eisenhart 1943 for the runs test).
 *
 * - The centre line is the median of the baseline: the first `baselinePoints` values, or all.
 * - **Shift**: 6 or more consecutive values on the same side of the median. Values on the median
 *   neither break a shift nor count towards it.
 * - **Trend**: 5 or more values each higher (or each lower) than the one before. A value equal to
 *   the one before neither breaks a trend nor counts towards it.
 * - **Runs**: a run is a series of values on one side of the median (values on the median are
 *   skipped). Too few or too many runs for the number of useful values (those not on the median)
 *   signals non-random variation. The limits come from the exact distribution of the number of
 *   runs when useful values fall half above and half below the median, with about 2.5% risk in
 *   each tail ({@link runCountLimits}); the test needs at least 10 useful values.
 * - **Astronomical points** are obviously different values; spotting them is left to the people
 *   who know the data (`DataPoint.astronomical`), and the analysis names the points so marked.
 */
import type { DataPoint } from './types.js';

/** The rules' numbers, in one place for the analysis, the docs and the element's wording. */
export const RUN_CHART_RULES = {
  /** A shift is at least this many consecutive useful values on one side of the median. */
  shiftPoints: 6,
  /** A trend is at least this many values each rising (or each falling). */
  trendPoints: 5,
  /** The runs test needs at least this many useful values (not on the median). */
  minUsefulForRuns: 10,
  /** Risk of a false signal in each tail of the runs test (about 5% in all). */
  runsRiskPerTail: 0.025,
  /** A baseline of fewer values than this gives an unstable median; the analysis says so. */
  recommendedBaseline: 10,
} as const;

/** A value to analyse: a bare number, or a data point (its date and flag are carried through). */
export type RunChartInput = number | Pick<DataPoint, 'value'> & Partial<Pick<DataPoint, 'date' | 'astronomical'>>;

/** Options for {@link analyzeRunChart}. */
export interface RunChartOptions {
  /**
   * How many of the first values form the baseline whose median is the centre line; all values
   * when omitted. More than there are values means all of them.
   */
  baselinePoints?: number;
  /** Whether higher or lower values are better; signals then say whether they are good news. */
  better?: 'higher' | 'lower';
}

/** Where a value lies relative to the median. */
export type RunChartSide = 'above' | 'below' | 'on';

/** A stretch of values that a rule picked out, by index into the input. */
export interface RunChartStretch {
  /** Index of the first value of the stretch. */
  start: number;
  /** Index of the last value of the stretch. */
  end: number;
  /** Indices of the values that count, in order (values on the median, or equal to the one before, are skipped). */
  points: number[];
  /** Dates of the first and last values, when the input has dates. */
  startDate?: string;
  endDate?: string;
}

/** A run: consecutive useful values on one side of the median. */
export interface RunChartRun extends RunChartStretch {
  side: 'above' | 'below';
}

/** A signal of non-random variation that points at particular values. */
export interface RunChartSignal extends RunChartStretch {
  rule: 'shift' | 'trend';
  /** For a shift, the side of the median; for a trend, which way the values move. */
  direction: 'above' | 'below' | 'up' | 'down';
  /** Whether the signal is good news, when the measure says which direction is better. */
  meaning?: 'improvement' | 'deterioration';
}

/** The limits of the runs test for one number of useful values. */
export interface RunCountLimits {
  /** Fewer runs than this is too few. */
  fewerThan: number;
  /** More runs than this is too many. */
  moreThan: number;
}

/** The runs test's outcome. */
export interface RunChartRunsTest {
  /** How many runs there are. */
  count: number;
  /** Values not on the median. */
  useful: number;
  /** The limits for that many useful values; absent below the minimum. */
  limits?: RunCountLimits;
  verdict: 'too-few' | 'too-many' | 'as-expected' | 'not-enough-data';
  runs: RunChartRun[];
}

/** Everything a run chart shows and says. */
export interface RunChartAnalysis {
  /** How many values were analysed. */
  count: number;
  /** The centre line: the baseline's median; absent without values. */
  median?: number;
  baseline: {
    /** How many values form the baseline (index 0 to points − 1). */
    points: number;
    /** Fewer than the recommended 10 values: the median may move as data arrive. */
    short: boolean;
  };
  /** Each value's side of the median, by index. */
  sides: RunChartSide[];
  shifts: RunChartSignal[];
  trends: RunChartSignal[];
  runs: RunChartRunsTest;
  /** Indices of the values the team marked as astronomical. */
  astronomical: number[];
  /** Whether any rule found non-random variation (a shift, a trend, too few or too many runs). */
  nonRandom: boolean;
}

const valueOf = (input: RunChartInput): number => (typeof input === 'number' ? input : input.value);
const dateOf = (input: RunChartInput | undefined): string | undefined => (input === undefined || typeof input === 'number' ? undefined : input.date);

/**
 * The median of some numbers (the mean of the middle two when their count is even).
 * @example
 * median([3, 1, 2]); // 2
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// log(k!) for the exact runs distribution; numbers of runs for hundreds of values overflow
// binomial coefficients in doubles, their logarithms do not.
const logFactorials: number[] = [0];
function logFactorial(k: number): number {
  for (let i = logFactorials.length; i <= k; i++) logFactorials.push(logFactorials[i - 1]! + Math.log(i));
  return logFactorials[k]!;
}
function logChoose(n: number, k: number): number {
  return k < 0 || k > n ? -Infinity : logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** P(R = r) for the number of runs R among m values of one kind and n of the other, in random order. */
function runsProbability(r: number, m: number, n: number): number {
  const total = logChoose(m + n, m);
  if (r % 2 === 0) {
    const k = r / 2;
    return 2 * Math.exp(logChoose(m - 1, k - 1) + logChoose(n - 1, k - 1) - total);
  }
  const k = (r - 1) / 2;
  return Math.exp(logChoose(m - 1, k) + logChoose(n - 1, k - 1) - total) + Math.exp(logChoose(m - 1, k - 1) + logChoose(n - 1, k) - total);
}

const limitsCache = new Map<number, RunCountLimits>();

/**
 * The runs test's limits for `useful` values not on the median (10 or more): fewer runs than
 * `fewerThan`, or more than `moreThan`, signals non-random variation.
 *
 * Convention: the exact distribution of the number of runs (Swed & Eisenhart 1943, "Tables for
 * testing randomness of grouping in a sequence of alternatives") for ⌊useful/2⌋ values above and
 * ⌈useful/2⌉ below the median in random order, two-sided at about 5%: `fewerThan` is the
 * smallest count r with P(runs ≤ r) above 2.5% (so P(runs < fewerThan) ≤ 2.5%), and `moreThan`
 * the largest r with P(runs ≥ r) above 2.5% (`RUN_CHART_RULES.runsRiskPerTail`). This is the
 * rule behind the 10–60 table of Perla, Provost & Murray (2011, Table 1, "about a 5% risk");
 * above 60 the same rule continues it. Where copies of that table differ from the exact
 * distribution by one run (the 20-value row is often quoted as 6 and 16; exactly, 6 runs or
 * fewer happen 1.85% of the time, so 6 is already too few), the exact limits are used.
 * Returns undefined below 10.
 * @example
 * runCountLimits(10); // { fewerThan: 3, moreThan: 9 }
 * runCountLimits(20); // { fewerThan: 7, moreThan: 15 }
 * runCountLimits(30); // { fewerThan: 11, moreThan: 21 }
 */
export function runCountLimits(useful: number): RunCountLimits | undefined {
  if (!Number.isInteger(useful) || useful < RUN_CHART_RULES.minUsefulForRuns) return undefined;
  const cached = limitsCache.get(useful);
  if (cached) return { ...cached };
  const m = Math.floor(useful / 2);
  const n = useful - m;
  const risk = RUN_CHART_RULES.runsRiskPerTail;
  // fewerThan: the smallest count whose lower tail P(R ≤ count) exceeds the risk, so that
  // P(R < fewerThan) ≤ risk; moreThan likewise from the top.
  let fewerThan = 2;
  let lowerTail = runsProbability(fewerThan, m, n);
  while (lowerTail <= risk) lowerTail += runsProbability(++fewerThan, m, n);
  let moreThan = 2 * m + (n > m ? 1 : 0); // the most runs possible
  let upperTail = runsProbability(moreThan, m, n);
  while (upperTail <= risk) upperTail += runsProbability(--moreThan, m, n);
  const limits = { fewerThan, moreThan };
  limitsCache.set(useful, limits);
  return { ...limits };
}

// Built property by property rather than with object spreads: a long series has a run object
// for every crossing of the median, and a chart re-analyses it on every change.
function stretch(indices: readonly number[], inputs: readonly RunChartInput[]): RunChartStretch {
  const start = indices[0]!;
  const end = indices[indices.length - 1]!;
  const result: RunChartStretch = { start, end, points: indices.slice() };
  const startDate = dateOf(inputs[start]);
  const endDate = dateOf(inputs[end]);
  if (startDate !== undefined) result.startDate = startDate;
  if (endDate !== undefined) result.endDate = endDate;
  return result;
}

function run(side: RunChartRun['side'], indices: readonly number[], inputs: readonly RunChartInput[]): RunChartRun {
  const result = stretch(indices, inputs) as RunChartRun;
  result.side = side;
  return result;
}

function meaningOf(direction: RunChartSignal['direction'], better: RunChartOptions['better']): RunChartSignal['meaning'] | undefined {
  if (!better) return undefined;
  const higher = direction === 'above' || direction === 'up';
  return higher === (better === 'higher') ? 'improvement' : 'deterioration';
}

function checkInputs(points: readonly RunChartInput[], options: RunChartOptions): void {
  points.forEach((point, i) => {
    if (!Number.isFinite(valueOf(point))) throw new RangeError(`analyzeRunChart: value ${i} is ${String(valueOf(point))}; every value must be a finite number`);
  });
  const { baselinePoints } = options;
  if (baselinePoints !== undefined && !(Number.isInteger(baselinePoints) && baselinePoints >= 1)) {
    throw new RangeError(`analyzeRunChart: baselinePoints must be a whole number of 1 or more, got ${String(baselinePoints)}`);
  }
}

/**
 * Applies the run-chart rules to values in time order: the baseline median, shifts, trends, the
 * runs test, and the points the team marked astronomical. Every finding names the indices of
 * the values involved (and their dates when given), so a chart can highlight and word them.
 * Throws a RangeError for a value that is not a finite number or a baseline that is not a
 * whole number of 1 or more.
 * @example
 * const result = analyzeRunChart([5, 6, 5, 7, 6, 5, 9, 9, 10, 9, 11, 10], { baselinePoints: 6, better: 'higher' });
 * result.median; // 5.5
 * result.shifts[0]; // { rule: 'shift', direction: 'above', start: 6, end: 11, meaning: 'improvement', … }
 */
export function analyzeRunChart(points: readonly RunChartInput[], options: RunChartOptions = {}): RunChartAnalysis {
  checkInputs(points, options);
  const values = points.map(valueOf);
  const baselineCount = Math.min(options.baselinePoints ?? values.length, values.length);
  const centre = median(values.slice(0, baselineCount));
  const sides: RunChartSide[] = values.map((v) => (centre === undefined || v === centre ? 'on' : v > centre ? 'above' : 'below'));

  const runs: RunChartRun[] = [];
  let current: { side: 'above' | 'below'; indices: number[] } | undefined;
  sides.forEach((side, i) => {
    if (side === 'on') return;
    if (current && current.side === side) current.indices.push(i);
    else {
      if (current) runs.push(run(current.side, current.indices, points));
      current = { side, indices: [i] };
    }
  });
  if (current) runs.push(run(current.side, current.indices, points));

  const signal = (rule: RunChartSignal['rule'], direction: RunChartSignal['direction'], where: RunChartStretch): RunChartSignal => {
    const meaning = meaningOf(direction, options.better);
    return { rule, direction, ...where, ...(meaning ? { meaning } : {}) };
  };
  const shifts = runs.filter((r) => r.points.length >= RUN_CHART_RULES.shiftPoints).map(({ side, ...where }) => signal('shift', side, where));

  // Trends: drop values equal to the one before, then cut the rest where the direction turns.
  const distinct = values.flatMap((v, i) => (i === 0 || v !== values[i - 1] ? [i] : []));
  const step = (j: number) => Math.sign(values[distinct[j]!]! - values[distinct[j - 1]!]!);
  const trends: RunChartSignal[] = [];
  const closeTrend = (first: number, last: number) => {
    if (last - first + 1 >= RUN_CHART_RULES.trendPoints) trends.push(signal('trend', step(first + 1) > 0 ? 'up' : 'down', stretch(distinct.slice(first, last + 1), points)));
  };
  let first = 0;
  for (let j = 2; j < distinct.length; j++) {
    if (step(j) === step(j - 1)) continue;
    closeTrend(first, j - 1);
    first = j - 1; // the turning value ends one stretch and starts the next
  }
  if (distinct.length > 1) closeTrend(first, distinct.length - 1);

  const useful = sides.filter((s) => s !== 'on').length;
  const limits = runCountLimits(useful);
  const verdict: RunChartRunsTest['verdict'] = !limits ? 'not-enough-data' : runs.length < limits.fewerThan ? 'too-few' : runs.length > limits.moreThan ? 'too-many' : 'as-expected';
  const astronomical = points.flatMap((p, i) => (typeof p !== 'number' && p.astronomical ? [i] : []));
  return {
    count: values.length,
    ...(centre === undefined ? {} : { median: centre }),
    baseline: { points: baselineCount, short: baselineCount < RUN_CHART_RULES.recommendedBaseline },
    sides,
    shifts,
    trends,
    runs: { count: runs.length, useful, ...(limits ? { limits } : {}), verdict, runs },
    astronomical,
    nonRandom: shifts.length > 0 || trends.length > 0 || verdict === 'too-few' || verdict === 'too-many',
  };
}
