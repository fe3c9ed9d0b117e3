// The interface words of <sos-radar-chart> in English (Spanish: radar-chart.strings.es.ts). Each element carries only its own
// strings, so an element used alone does not ship the others'. Words only the bar view and the
// data table use load with them (radar-chart.views.strings.ts). Framework text (statements, scale
// labels) comes from the framework itself; everything the chart itself says is here, including
// what screen readers hear.
import type { Lang } from '@sos-kit/core';

export interface RadarStrings {
  radarSummary: (axes: number, series: string[]) => string;
  showTable: string;
  hideTable: string;
  downloadSvg: string;
  downloadPng: string;
  noData: string;
  /** The table, the bar view or the arrow keys could not be loaded (offline, say): shown where they would be. */
  partFailed: string;
  chartKeys: string;
  /** A point's accessible name. */
  pointLabel: (series: string, axis: string, value: string) => string;
  /** The line under the chart that shows the focused or hovered point. */
  readout: (series: string, axis: string, value: string) => string;
  /** Explains the thicker spokes: where each group of axes begins. */
  groupsNote: (groups: string[]) => string;
  /** Name of the legend list. */
  legend: string;
}

/**
 * "A, B, and C" / "A, B y C". Written out rather than Intl.ListFormat, whose first use on a page
 * loads locale data and took longer than drawing the whole chart.
 */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  const and = lang === 'es' ? ' y ' : items.length > 2 ? ', and ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * A value on the scale with the language's decimal mark (no Intl, as above): with `digits`
 * decimals when given (so a column reads 2.8, 3.0, 4.0 rather than 2.8, 3, 4), else with as few as
 * it needs, at most two.
 */
export function formatValue(value: number, lang: Lang, digits?: number): string {
  const text = digits === undefined ? String(Math.round(value * 100) / 100) : value.toFixed(digits);
  return lang === 'es' ? text.replace('.', ',') : text;
}

/** How many decimals (0–2) show every value as formatValue would alone: the precision of a table. */
export function decimalsOf(values: Iterable<number | undefined>): number {
  let digits = 0;
  for (const value of values) {
    if (value === undefined) continue;
    const hundredths = Math.round(value * 100);
    if (hundredths % 10 !== 0) return 2;
    if (hundredths % 100 !== 0) digits = 1;
  }
  return digits;
}

const en: RadarStrings = {
  radarSummary: (axes, series) => `Radar chart of ${axes} axes comparing ${list(series, 'en')}. The arrow keys move between its points; "Show data table" gives the same data as a table.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  noData: 'No data to chart yet.',
  partFailed: 'This part of the chart could not be loaded. Check your connection, then try again.',
  chartKeys: 'Use the arrow keys to move between points.',
  pointLabel: (series, axis, value) => `${series}, ${axis}: ${value}`,
  readout: (series, axis, value) => `${series} — ${axis}: ${value}`,
  groupsNote: (groups) => `Thick spokes mark where each group begins, clockwise from the top: ${list(groups, 'en')}.`,
  legend: 'Legend',
};

/** The English strings, always loaded. */
export const RADAR_STRINGS_EN = en;

/**
 * The strings of a language. Spanish lives in its own module (radar-chart.strings.es.ts), loaded
 * only by pages that speak it, so an English page never downloads it.
 */
export function loadRadarStrings(lang: Lang): Promise<RadarStrings> {
  return lang === 'es' ? import('./radar-chart.strings.es.js').then((module) => module.RADAR_STRINGS_ES) : Promise.resolve(en);
}
