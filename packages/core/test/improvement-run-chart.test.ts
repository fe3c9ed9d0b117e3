/** Run-chart rules: worked examples with known answers, the runs table, and laws that hold for any series. */
import { expect } from 'chai';
import fc from 'fast-check';
import { analyzeRunChart, median, RUN_CHART_RULES, runCountLimits, type RunChartAnalysis } from '../src/index.js';

const RUNS = { numRuns: 300 };
/** Series of whole numbers: their medians (x or x.5) and sums are exact in floating point. */
const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 0, maxLength: 40 });
const smallRangeSeries = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 });

/** What a chart shows, without the median itself (for comparing transformed series). */
const findings = (r: RunChartAnalysis) => ({
  sides: r.sides,
  shifts: r.shifts.map(({ direction, points }) => ({ direction, points })),
  trends: r.trends.map(({ direction, points }) => ({ direction, points })),
  runs: r.runs.count,
  useful: r.runs.useful,
  verdict: r.runs.verdict,
});
const flip = { above: 'below', below: 'above', on: 'on', up: 'down', down: 'up' } as const;

describe('run chart: median of the baseline', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(median([])).to.equal(undefined);
  });

  it('uses every value by default and only the first n when a baseline is given', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 60];
    expect(analyzeRunChart(values).median).to.equal(6.5);
    const frozen = analyzeRunChart(values, { baselinePoints: 10 });
    expect(frozen.median).to.equal(5.5);
    expect(frozen.baseline).to.deep.equal({ points: 10, short: false });
  });

  it('says when the baseline has fewer than 10 values, and uses every value when n is larger than the series', () => {
    expect(analyzeRunChart([1, 2, 3], { baselinePoints: 2 }).baseline).to.deep.equal({ points: 2, short: true });
    expect(analyzeRunChart([1, 2, 3], { baselinePoints: 99 }).baseline).to.deep.equal({ points: 3, short: true });
  });

  it('refuses values that are not finite numbers and baselines that are not whole numbers of 1 or more, naming them', () => {
    expect(() => analyzeRunChart([1, Number.NaN, 3])).to.throw(RangeError, /value 1 is NaN/);
    expect(() => analyzeRunChart([{ value: Infinity }])).to.throw(RangeError, /value 0 is Infinity/);
    expect(() => analyzeRunChart([1, 2], { baselinePoints: 0 })).to.throw(RangeError, /baselinePoints/);
    expect(() => analyzeRunChart([1, 2], { baselinePoints: 2.5 })).to.throw(RangeError, /baselinePoints/);
  });

  it('has nothing to say about an empty series', () => {
    const result = analyzeRunChart([]);
    expect(result).to.deep.include({ count: 0, sides: [], shifts: [], trends: [], astronomical: [], nonRandom: false });
    expect(result.median).to.equal(undefined);
    expect(result.runs).to.deep.equal({ count: 0, useful: 0, verdict: 'not-enough-data', runs: [] });
  });
});

describe('run chart: shifts', () => {
  // A worked example: ten weeks of baseline (median 13), then six weeks above it after a change.
  const baseline = [12, 15, 11, 14, 13, 16, 12, 14, 13, 11];
  const after = [15, 16, 17, 15, 16, 18];
  const dated = [...baseline, ...after].map((value, i) => ({ value, date: `2026-0${1 + Math.floor(i / 4)}-${String(1 + (i % 4) * 7).padStart(2, '0')}` }));

  it('finds six values above the baseline median as a shift, naming the values and their dates', () => {
    const result = analyzeRunChart(dated, { baselinePoints: 10, better: 'higher' });
    expect(result.median).to.equal(13);
    expect(result.shifts).to.deep.equal([
      { rule: 'shift', direction: 'above', start: 10, end: 15, points: [10, 11, 12, 13, 14, 15], startDate: '2026-03-15', endDate: '2026-04-22', meaning: 'improvement' },
    ]);
    expect(result.nonRandom).to.equal(true);
  });

  it('calls the same shift a deterioration when lower values are better', () => {
    expect(analyzeRunChart(dated, { baselinePoints: 10, better: 'lower' }).shifts[0]?.meaning).to.equal('deterioration');
  });

  it('does not call five values on one side a shift', () => {
    expect(analyzeRunChart([...baseline, 15, 16, 17, 15, 16], { baselinePoints: 10 }).shifts).to.deep.equal([]);
  });

  it('skips values on the median: they neither break a shift nor count towards it', () => {
    // Baseline median 5; then four above, one on the median, three above: seven counted values over eight.
    const onMedian = analyzeRunChart([2, 8, 2, 8, 9, 9, 9, 5, 9, 9, 9], { baselinePoints: 4 });
    expect(onMedian.median).to.equal(5);
    expect(onMedian.sides[7]).to.equal('on');
    expect(onMedian.shifts).to.have.length(1);
    expect(onMedian.shifts[0]).to.include({ direction: 'above', start: 3, end: 10 });
    expect(onMedian.shifts[0]?.points).to.deep.equal([3, 4, 5, 6, 8, 9, 10]);
    // Five above with one on the median among them is still only five.
    expect(analyzeRunChart([2, 8, 2, 8, 2, 9, 9, 5, 9, 9, 9], { baselinePoints: 4 }).shifts).to.deep.equal([]);
    expect(analyzeRunChart([2, 8, 2, 8, 2, 9, 9, 5, 9, 9, 9, 9], { baselinePoints: 4 }).shifts).to.have.length(1);
  });
});

describe('run chart: trends', () => {
  it('finds five values each higher than the one before', () => {
    const result = analyzeRunChart([10, 11, 12, 13, 14], { better: 'lower' });
    expect(result.trends).to.deep.equal([{ rule: 'trend', direction: 'up', start: 0, end: 4, points: [0, 1, 2, 3, 4], meaning: 'deterioration' }]);
  });

  it('does not call four rising values a trend', () => {
    expect(analyzeRunChart([10, 11, 12, 13, 9]).trends).to.deep.equal([]);
  });

  it('skips a value equal to the one before: it neither breaks a trend nor counts towards it', () => {
    // 3, 4, 4, 5, 6, 7: the repeated 4 is skipped, leaving five rising values.
    expect(analyzeRunChart([3, 4, 4, 5, 6, 7]).trends[0]).to.include({ direction: 'up', start: 0, end: 5 });
    expect(analyzeRunChart([3, 4, 4, 5, 6, 7]).trends[0]?.points).to.deep.equal([0, 1, 3, 4, 5]);
    // 3, 4, 4, 5, 6: only four values count.
    expect(analyzeRunChart([3, 4, 4, 5, 6]).trends).to.deep.equal([]);
  });

  it('finds a fall after a rise, the turning value belonging to both', () => {
    const result = analyzeRunChart([1, 2, 3, 4, 5, 4, 3, 2, 1]);
    expect(result.trends.map(({ direction, start, end }) => ({ direction, start, end }))).to.deep.equal([
      { direction: 'up', start: 0, end: 4 },
      { direction: 'down', start: 4, end: 8 },
    ]);
  });
});

/**
 * How many arrangements of ⌊n/2⌋ values above and ⌈n/2⌉ below the median have each number of
 * runs (index = runs), counted exactly with a dynamic programme over the sequence: an
 * independent route to the distribution core computes with the closed (Swed–Eisenhart) formula
 * in logarithms.
 */
function runCountDistribution(n: number): { counts: bigint[]; total: bigint } {
  const above = Math.floor(n / 2);
  const below = n - above;
  // ways[a][b][last][r]: sequences using a above and b below, ending on `last`, with r runs.
  const ways = Array.from({ length: above + 1 }, () => Array.from({ length: below + 1 }, () => [new Array<bigint>(n + 1).fill(0n), new Array<bigint>(n + 1).fill(0n)]));
  ways[1]![0]![0]![1] = 1n;
  if (below > 0) ways[0]![1]![1]![1] = 1n;
  for (let a = 0; a <= above; a++) {
    for (let b = 0; b <= below; b++) {
      for (const last of [0, 1]) {
        const here = ways[a]![b]![last]!;
        for (let r = 1; r <= n; r++) {
          const w = here[r]!;
          if (w === 0n) continue;
          if (a < above) ways[a + 1]![b]![0]![last === 0 ? r : r + 1]! += w;
          if (b < below) ways[a]![b + 1]![1]![last === 1 ? r : r + 1]! += w;
        }
      }
    }
  }
  const counts = ways[above]![below]![0]!.map((w, r) => w + ways[above]![below]![1]![r]!);
  return { counts, total: counts.reduce((x, y) => x + y, 0n) };
}

/**
 * The runs test's limits read off the exact distribution, in whole-number arithmetic: fewer runs
 * than `fewerThan` (and more than `moreThan`) happen by chance at most `risk` of the time, and
 * one run closer to the middle would take that tail above `risk`.
 */
function limitsFromDistribution(n: number, risk = RUN_CHART_RULES.runsRiskPerTail) {
  const { counts, total } = runCountDistribution(n);
  // risk as a fraction of 10 000: 0.025 → 250 / 10 000; tail / total ≤ risk ⇔ tail · 10 000 ≤ risk · 10 000 · total.
  const within = (tail: bigint) => tail * 10_000n <= BigInt(Math.round(risk * 10_000)) * total;
  let fewerThan = 0;
  for (let tail = 0n; within(tail + counts[fewerThan]!); ) tail += counts[fewerThan++]!;
  let moreThan = n;
  for (let tail = 0n; within(tail + counts[moreThan]!); ) tail += counts[moreThan--]!;
  return { fewerThan, moreThan };
}

describe('run chart: runs and the runs table', () => {
  it('counts the run distribution the same way as listing every arrangement (10 to 16 values)', () => {
    for (let n = 10; n <= 16; n++) {
      const above = Math.floor(n / 2);
      const listed = new Array<bigint>(n + 1).fill(0n);
      for (let bits = 0; bits < 1 << n; bits++) {
        let ones = 0;
        let runs = 0;
        for (let i = 0; i < n; i++) {
          const bit = (bits >> i) & 1;
          ones += bit;
          if (i === 0 || bit !== ((bits >> (i - 1)) & 1)) runs++;
        }
        if (ones === above) listed[runs]! += 1n;
      }
      expect(runCountDistribution(n).counts, `n=${n}`).to.deep.equal(listed);
    }
  });

  it('takes every row of the 10–60 table, and beyond, from the exact distribution with at most 2.5% in each tail', () => {
    for (let n = 10; n <= 100; n++) expect(runCountLimits(n), `n=${n}`).to.deep.equal(limitsFromDistribution(n));
  });

  it('puts the 20-value row at fewer than 7 or more than 15 runs', () => {
    // Reproductions of the published table are often quoted as 6 and 16 for this row. With 10
    // values on each side, 3,422 of the 184,756 arrangements have 6 runs or fewer (1.85%) and as
    // many have 16 or more, so under the stated ~5% risk (2.5% a tail) 6 and 16 runs are
    // already signals; 7 runs (5.13% or fewer) and 15 are not.
    const { counts, total } = runCountDistribution(20);
    expect(total).to.equal(184_756n);
    expect(counts.slice(0, 7).reduce((x, y) => x + y, 0n)).to.equal(3_422n);
    expect(counts.slice(16).reduce((x, y) => x + y, 0n)).to.equal(3_422n);
    expect(counts.slice(0, 8).reduce((x, y) => x + y, 0n)).to.equal(9_470n);
    expect(runCountLimits(20)).to.deep.equal({ fewerThan: 7, moreThan: 15 });
    expect(analyzeRunChart([1, 1, 1, 9, 9, 9, 1, 1, 9, 9, 9, 1, 1, 1, 9, 9, 1, 1, 9, 9]).runs).to.deep.include({ count: 8, verdict: 'as-expected' });
    expect(analyzeRunChart([1, 1, 1, 9, 9, 9, 1, 1, 1, 1, 9, 9, 9, 1, 1, 1, 9, 9, 9, 9]).runs).to.deep.include({ count: 6, verdict: 'too-few' });
  });

  it('agrees with the rows of the published table that every reproduction shares (10, 30, 40, 50)', () => {
    // Perla, Provost & Murray (2011), Table 1, after Swed & Eisenhart (1943).
    expect(runCountLimits(10)).to.deep.equal({ fewerThan: 3, moreThan: 9 });
    expect(runCountLimits(30)).to.deep.equal({ fewerThan: 11, moreThan: 21 });
    expect(runCountLimits(40)).to.deep.equal({ fewerThan: 15, moreThan: 27 });
    expect(runCountLimits(50)).to.deep.equal({ fewerThan: 19, moreThan: 33 });
  });

  it('has no limits below 10 useful values', () => {
    for (const n of [0, 1, 9, 9.5, -3]) expect(runCountLimits(n)).to.equal(undefined);
  });

  it('stays within one run of the normal approximation, symmetric about the expected count', () => {
    for (let n = 10; n <= 200; n++) {
      const limits = runCountLimits(n)!;
      const mean = n / 2 + 1;
      const sd = Math.sqrt((n * (n - 2)) / (4 * (n - 1)));
      expect(Math.abs(limits.fewerThan - (mean - 1.96 * sd)), `n=${n}`).to.be.below(1.5);
      expect(Math.abs(limits.moreThan - (mean + 1.96 * sd)), `n=${n}`).to.be.below(1.5);
      expect(limits.fewerThan).to.be.below(mean);
      expect(limits.moreThan).to.be.above(mean);
    }
  });

  it('widens as values are added, never narrowing', () => {
    for (let n = 11; n <= 120; n++) {
      expect(runCountLimits(n)!.fewerThan).to.be.at.least(runCountLimits(n - 1)!.fewerThan);
      expect(runCountLimits(n)!.moreThan).to.be.at.least(runCountLimits(n - 1)!.moreThan);
    }
  });

  it('flags too many runs when values alternate around the median', () => {
    const zigzag = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 10 : 20));
    const result = analyzeRunChart(zigzag);
    expect(result.runs).to.deep.include({ count: 20, useful: 20, limits: { fewerThan: 7, moreThan: 15 }, verdict: 'too-many' });
    expect(result.nonRandom).to.equal(true);
  });

  it('flags too few runs when values cluster on each side', () => {
    const clustered = [1, 2, 1, 2, 1, 9, 8, 9, 8, 9, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8];
    const result = analyzeRunChart(clustered);
    expect(result.runs.count).to.equal(4);
    expect(result.runs.verdict).to.equal('too-few');
    expect(result.shifts).to.deep.equal([]);
  });

  it('finds nothing in a series with ordinary variation', () => {
    const ordinary = [5, 7, 4, 6, 8, 5, 3, 6, 7, 4, 6, 5, 8, 4, 7, 5];
    const result = analyzeRunChart(ordinary);
    expect(result.median).to.equal(5.5);
    expect(result.runs).to.deep.include({ useful: 16, verdict: 'as-expected' });
    expect(result.shifts).to.deep.equal([]);
    expect(result.trends).to.deep.equal([]);
    expect(result.nonRandom).to.equal(false);
  });

  it('does not count values on the median as useful, and waits for 10 useful values', () => {
    const result = analyzeRunChart([5, 5, 5, 1, 9, 1, 9, 5, 1, 9, 1]);
    expect(result.median).to.equal(5);
    expect(result.runs).to.deep.include({ useful: 7, verdict: 'not-enough-data' });
    expect(result.runs.runs.map((r) => r.side)).to.deep.equal(['below', 'above', 'below', 'above', 'below', 'above', 'below']);
  });
});

describe('run chart: astronomical points', () => {
  it('names the values the team marked, leaving the judgement to them', () => {
    const result = analyzeRunChart([{ value: 4 }, { value: 40, astronomical: true }, { value: 5 }, 6]);
    expect(result.astronomical).to.deep.equal([1]);
  });
});

describe('run chart: laws for any series', () => {
  it('adding a constant to every value moves the median by it and changes no finding', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), (values, c, baselinePoints) => {
        const before = analyzeRunChart(values, { baselinePoints });
        const after = analyzeRunChart(values.map((v) => v + c), { baselinePoints });
        expect(findings(after)).to.deep.equal(findings(before));
        if (before.median !== undefined) expect(after.median).to.equal(before.median + c);
      }),
      RUNS,
    );
  });

  it('scaling by a positive factor changes no finding', () => {
    fc.assert(
      fc.property(series, fc.constantFrom(2, 4, 0.5, 8), (values, k) => {
        expect(findings(analyzeRunChart(values.map((v) => v * k)))).to.deep.equal(findings(analyzeRunChart(values)));
      }),
      RUNS,
    );
  });

  it('reflecting the values swaps above and below, and up and down', () => {
    fc.assert(
      fc.property(series, (values) => {
        const before = analyzeRunChart(values);
        const after = analyzeRunChart(values.map((v) => -v));
        expect(after.sides).to.deep.equal(before.sides.map((s) => flip[s]));
        expect(after.shifts.map((s) => [flip[s.direction], s.points])).to.deep.equal(before.shifts.map((s) => [s.direction, s.points]));
        expect(after.trends.map((t) => [flip[t.direction], t.points])).to.deep.equal(before.trends.map((t) => [t.direction, t.points]));
        expect(after.runs.count).to.equal(before.runs.count);
      }),
      RUNS,
    );
  });

  it('inserting a value on the median anywhere changes neither the median nor the shifts and runs', () => {
    fc.assert(
      fc.property(series.filter((v) => v.length > 0), fc.nat(), (values, at) => {
        const before = analyzeRunChart(values);
        const position = at % (values.length + 1);
        const after = analyzeRunChart([...values.slice(0, position), before.median!, ...values.slice(position)]);
        const back = (i: number) => (i > position ? i - 1 : i);
        expect(after.median).to.equal(before.median);
        expect(after.sides[position]).to.equal('on');
        expect(after.shifts.map((s) => [s.direction, s.points.map(back)])).to.deep.equal(before.shifts.map((s) => [s.direction, s.points]));
        expect([after.runs.count, after.runs.useful, after.runs.verdict]).to.deep.equal([before.runs.count, before.runs.useful, before.runs.verdict]);
      }),
      RUNS,
    );
  });

  it('runs partition the useful values and alternate sides; shifts are exactly the runs of six or more', () => {
    fc.assert(
      fc.property(smallRangeSeries, (values) => {
        const result = analyzeRunChart(values);
        const useful = result.sides.flatMap((s, i) => (s === 'on' ? [] : [i]));
        expect(result.runs.runs.flatMap((r) => r.points)).to.deep.equal(useful);
        result.runs.runs.forEach((run, k, runs) => {
          expect(run.points.every((i) => result.sides[i] === run.side)).to.equal(true);
          if (k > 0) expect(run.side).to.not.equal(runs[k - 1]!.side);
        });
        expect(result.shifts.map((s) => s.points)).to.deep.equal(result.runs.runs.filter((r) => r.points.length >= RUN_CHART_RULES.shiftPoints).map((r) => r.points));
      }),
      RUNS,
    );
  });

  it('every trend has five or more strictly rising (or falling) values, and no longer one is missed', () => {
    fc.assert(
      fc.property(smallRangeSeries, (values) => {
        const result = analyzeRunChart(values);
        for (const trend of result.trends) {
          expect(trend.points.length).to.be.at.least(RUN_CHART_RULES.trendPoints);
          trend.points.slice(1).forEach((i, k) => {
            const step = values[i]! - values[trend.points[k]!]!;
            expect(trend.direction === 'up' ? step > 0 : step < 0).to.equal(true);
          });
        }
        // Independent check: the longest monotone stretch once repeats are dropped.
        const kept = values.filter((v, i) => i === 0 || v !== values[i - 1]);
        let longest = kept.length > 0 ? 1 : 0;
        let length = 1;
        for (let i = 1; i < kept.length; i++) {
          length = i >= 2 && Math.sign(kept[i]! - kept[i - 1]!) === Math.sign(kept[i - 1]! - kept[i - 2]!) ? length + 1 : 2;
          longest = Math.max(longest, length);
        }
        expect(result.trends.length > 0).to.equal(longest >= RUN_CHART_RULES.trendPoints);
        expect(Math.max(0, ...result.trends.map((t) => t.points.length))).to.equal(longest >= RUN_CHART_RULES.trendPoints ? longest : 0);
      }),
      RUNS,
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(series, (values) => {
        const input = values.map((value) => ({ value }));
        const copy = JSON.parse(JSON.stringify(input));
        analyzeRunChart(input);
        expect(input).to.deep.equal(copy);
      }),
      { numRuns: 50 },
    );
  });
});
