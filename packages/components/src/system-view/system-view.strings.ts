// The interface words of <sos-system-view> in English (Spanish: system-view.strings.es.ts). Framework text (condition,
// element, role and capacity names) comes from the framework itself.
import type { Lang } from '@sos-kit/core';

export type TrendDirection = 'up' | 'down' | 'same';

export interface SystemViewStrings {
  caption: (year: string | undefined, previous: string | undefined) => string;
  organization: string;
  noData: string;
  noRows: string;
  loading: string;
  loadFailed: (what: string) => string;
  statistic: string;
  statistics: { median: string; mean: string };
  schoolYear: string;
  filter: string;
  columns: string;
  allColumns: string;
  parts: string;
  conditionsOnly: string;
  rolesOnly: string;
  expand: (group: string) => string;
  sortBy: (column: string) => string;
  downloadCsv: string;
  suppressed: string;
  suppressedLong: (minimum: number) => string;
  noScore: string;
  n: (n: number) => string;
  trend: Record<TrendDirection, string>;
  trendSince: (year: string) => string;
  trendNote: (year: string) => string;
  legend: string;
  legendNote: (minimum: number) => string;
  rowsShown: (first: number, last: number, total: number) => string;
  previousPage: string;
  nextPage: string;
  openTeam: (organization: string) => string;
  gridHelp: string;
  trendsHint: string;
  /** The trends panel's code is on its way (it loads when an organization is first opened). */
  trendsLoading: string;
  /** The trends panel's code could not be loaded (offline, say). */
  trendsFailed: string;
  retry: string;
  /** The trends panel's words in a language other than English; the English ones come with the panel (system-view.trends.ts). */
  panel?: TrendsPanelStrings;
}

/** The words of the trends panel, which loads when an organization is first opened. */
export interface TrendsPanelStrings {
  trends: (organization: string) => string;
  backToGrid: string;
  trendChart: (column: string) => string;
  trendDescription: (column: string, points: string) => string;
  trendTable: string;
  noTrend: string;
}

const en: SystemViewStrings = {
  caption: (year, previous) => (year ? `Scores by organization, ${year}${previous ? `, with the change since ${previous}` : ''}` : 'Scores by organization'),
  organization: 'Organization',
  noData: 'No results to show yet.',
  noRows: 'No organization matches this filter.',
  loading: 'Loading results…',
  loadFailed: (what) => `The results could not be shown: ${what}`,
  statistic: 'Show',
  statistics: { median: 'Median', mean: 'Mean' },
  schoolYear: 'School year',
  filter: 'Find organization',
  columns: 'Columns',
  allColumns: 'Conditions and roles',
  parts: 'Show elements and capacities',
  conditionsOnly: 'Conditions only',
  rolesOnly: 'Roles only',
  expand: (group) => `Show the parts of ${group}`,
  sortBy: (column) => `Sort by ${column}`,
  downloadCsv: 'Download CSV',
  suppressed: 'Too few',
  suppressedLong: (minimum) => `Not shown: fewer than ${minimum} ratings`,
  noScore: 'No score',
  n: (n) => `n = ${n}`,
  trend: { up: 'up', down: 'down', same: 'same' },
  trendSince: (year) => `change since ${year}`,
  trendNote: (year) => `▲ up, ▼ down: the change since ${year}; ▶ same: the score shown has not changed.`,
  legend: 'Scale',
  legendNote: (minimum) => `Darker cells score higher; the number is in every cell. “Too few” means fewer than ${minimum} ratings, so no score is shown.`,
  rowsShown: (first, last, total) => `Organizations ${first}–${last} of ${total}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  openTeam: (organization) => `Open the team results of ${organization}`,
  gridHelp: 'Arrow keys move between cells; Enter opens an organization.',
  trendsHint: 'Open an organization to see its scores across school years.',
  trendsLoading: 'Loading the trends…',
  trendsFailed: 'The trends could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
};

/** The English strings, always loaded. */
export const SYSTEM_VIEW_STRINGS_EN = en;

/**
 * The strings of a language. Spanish lives in its own module (system-view.strings.es.ts), loaded
 * only by pages that speak it, so an English page never downloads it.
 */
export function loadSystemViewStrings(lang: Lang): Promise<SystemViewStrings> {
  return lang === 'es' ? import('./system-view.strings.es.js').then((module) => module.SYSTEM_VIEW_STRINGS_ES) : Promise.resolve(en);
}
