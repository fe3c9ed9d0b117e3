// The interface words of <sos-run-chart> in English (Spanish: run-chart.strings.es.ts). The rules' numbers come from
// core (RUN_CHART_RULES); these only word what the analysis found.
import type { Lang } from '@sos-kit/core';

export interface RunChartStrings {
  /** The chart's description: how many points, over which dates, the centre line. */
  summary: (count: number, from: string | undefined, to: string | undefined) => string;
  median: (value: string, baseline: number, all: boolean) => string;
  medianLabel: (value: string) => string;
  targetLabel: (value: string) => string;
  /** The median's label on the chart when it has no room for the value. */
  medianWord: string;
  /** The target's label on the chart when it has no room for the value. */
  targetWord: string;
  /** The target in a sentence below the chart (the label on the chart may be shortened). */
  targetText: (value: string) => string;
  /** e.g. "6 points above the median since March: a shift". */
  shift: (count: number, side: 'above' | 'below', since: string) => string;
  /** e.g. "5 points in a row going up from 3 March to 7 April: a trend". */
  trend: (count: number, direction: 'up' | 'down', from: string, to: string) => string;
  improvement: string;
  deterioration: string;
  tooFewRuns: (runs: number, useful: number, fewerThan: number) => string;
  tooManyRuns: (runs: number, useful: number, moreThan: number) => string;
  runsAsExpected: (runs: number, useful: number) => string;
  runsNeedMore: (useful: number, needed: number) => string;
  shortBaseline: (points: number, recommended: number) => string;
  astronomical: (points: string) => string;
  noSignal: string;
  findings: string;
  pointLabel: (when: string, value: string, side: string, signals: string[]) => string;
  pointNumber: (n: number) => string;
  sides: { above: string; below: string; on: string };
  shiftWord: string;
  shiftBand: string;
  trendBand: string;
  trendWord: string;
  markedWord: string;
  date: string;
  value: string;
  sideColumn: string;
  signalColumn: string;
  showTable: string;
  hideTable: string;
  noData: string;
  chartKeys: string;
  /** The accessible name of the slider that moves between points. */
  pointsSlider: string;
}

const en: RunChartStrings = {
  summary: (count, from, to) => `Run chart of ${count} ${count === 1 ? 'point' : 'points'}${from && to ? ` from ${from} to ${to}` : ''}. Each point can be read with the arrow keys, and the data can be shown as a table.`,
  median: (value, baseline, all) => (all ? `Median ${value}, from all ${baseline} points.` : `Median ${value}, from the first ${baseline} points and extended.`),
  medianLabel: (value) => `Median ${value}`,
  targetLabel: (value) => `Target ${value}`,
  medianWord: 'Median',
  targetWord: 'Target',
  targetText: (value) => `Target ${value}.`,
  shift: (count, side, since) => `${count} points ${side} the median since ${since}: a shift`,
  trend: (count, direction, from, to) => `${count} points in a row going ${direction} from ${from} to ${to}: a trend`,
  improvement: 'an improvement',
  deterioration: 'a change for the worse',
  tooFewRuns: (runs, useful, fewerThan) => `Too few runs: ${runs} across ${useful} points not on the median (fewer than ${fewerThan} signals a change)`,
  tooManyRuns: (runs, useful, moreThan) => `Too many runs: ${runs} across ${useful} points not on the median (more than ${moreThan} suggests the data zig-zag, e.g. two groups mixed)`,
  runsAsExpected: (runs, useful) => `${runs} runs across ${useful} points not on the median: as expected from chance`,
  runsNeedMore: (useful, needed) => `${useful} of the ${needed} points off the median the runs test needs`,
  shortBaseline: (points, recommended) => `The median comes from ${points} ${points === 1 ? 'point' : 'points'}; with fewer than ${recommended} it may move as data arrive.`,
  astronomical: (points) => `Marked by the team as unusual: ${points}`,
  noSignal: 'No signal of change yet: the ups and downs look like ordinary variation.',
  findings: 'What the run chart shows',
  pointLabel: (when, value, side, signals) => `${when}: ${value}, ${side}${signals.length ? `; ${signals.join(', ')}` : ''}`,
  pointNumber: (n) => `point ${n}`,
  sides: { above: 'above the median', below: 'below the median', on: 'on the median' },
  shiftWord: 'part of a shift',
  shiftBand: 'Shift',
  trendBand: 'Trend',
  trendWord: 'part of a trend',
  markedWord: 'marked unusual',
  date: 'Date',
  value: 'Value',
  sideColumn: 'Median',
  signalColumn: 'Signal',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  noData: 'No data points yet. Add the first value to start the run chart.',
  chartKeys: 'Point at the chart, or use the arrow keys, to read each point.',
  pointsSlider: 'Points of the run chart',
};

/** The English strings, always loaded. */
export const RUN_CHART_STRINGS_EN = en;

/**
 * The strings of a language. Spanish lives in its own module (run-chart.strings.es.ts), loaded
 * only by pages that speak it.
 */
export function loadRunChartStrings(lang: Lang): Promise<RunChartStrings> {
  return lang === 'es' ? import('./run-chart.strings.es.js').then((module) => module.RUN_CHART_STRINGS_ES) : Promise.resolve(en);
}
