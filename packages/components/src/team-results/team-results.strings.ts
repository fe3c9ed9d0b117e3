// The interface words of <sos-team-results> in English (Spanish: team-results.strings.es.ts). Framework text (item names,
// scale labels) comes from the framework itself.
import type { GapPriority, Lang } from '@sos-kit/core';

export type TeamSort = 'item' | 'disagreement' | 'priority';

export interface TeamResultsStrings {
  heading: string;
  empty: string;
  loading: string;
  raters: (n: number) => string;
  partnerRaters: (n: number) => string;
  smallGroup: (n: number) => string;
  controls: string;
  sortLabel: string;
  sorts: Record<TeamSort, string>;
  filterLabel: string;
  allGroups: string;
  showTable: string;
  downloadCsv: string;
  groupsHeading: string;
  groupsCaption: string;
  overall: string;
  columns: { group: string; item: string; median: string; range: string; n: string; agreement: string; team: string; partner: string; difference: string; seen: string };
  itemsHeading: string;
  itemsCaption: string;
  itemsShown: (shown: number, total: number, flagged: number) => string;
  noItems: string;
  median: string;
  scored: (n: number, of: number) => string;
  agreement: string;
  agreementCount: (agreeing: number, n: number) => string;
  ratingsAgreeing: (agreeing: number, rated: number) => string;
  groupsAgreementNote: string;
  notEnough: string;
  notApplicable: string;
  dontKnow: string;
  unanswered: string;
  legend: string;
  flag: string;
  /** Why an item is flagged: the spread (and how many ratings were left out at each end of it, in a large team) and/or the agreement. */
  flagReasons: (spread: number | undefined, agreement: string | undefined, leftOut: number) => string;
  priority: string;
  priorityWord: (p: GapPriority) => string;
  evidence: (count: number) => string;
  rater: (index: number) => string;
  partnerRater: (index: number) => string;
  evidenceLabel: string;
  notesLabel: string;
  partnerHeading: string;
  partnerCaption: string;
  partnerHigher: string;
  partnerLower: string;
  same: string;
  notCompared: string;
  insufficient: (n: number) => string;
  errorTitle: string;
  moreProblems: (count: number) => string;
  loadFailed: (source: string, reason: string) => string;
  notJson: (source: string, reason: string) => string;
  unknownShape: (what: string) => string;
  invalidAggregate: (source: string) => string;
  invalidAssessments: (source: string) => string;
  frameworkNeeded: (id: string) => string;
  frameworkUnnamed: string;
  frameworkMismatch: (ours: string, theirs: string) => string;
}

const en: TeamResultsStrings = {
  heading: 'Team results',
  empty: 'No team results to show yet.',
  loading: 'Loading team results…',
  raters: (n) => (n === 1 ? '1 rater' : `${n} raters`),
  partnerRaters: (n) => (n === 1 ? 'partner: 1 rater' : `partner: ${n} raters`),
  smallGroup: (n) =>
    `Only ${n === 1 ? 'one rater' : `${n} raters`}: too few for percentages, so counts are shown instead, and agreement alone does not flag an item. Treat these results as a starting point, not a team view.`,
  controls: 'Display options',
  sortLabel: 'Sort items by',
  sorts: { item: 'Framework order', disagreement: 'Disagreement first', priority: 'Priority first' },
  filterLabel: 'Condition or role',
  allGroups: 'All conditions and roles',
  showTable: 'Show counts as a table',
  downloadCsv: 'Download CSV',
  groupsHeading: 'By condition and role',
  groupsCaption: "Raters' scores per condition and role",
  overall: 'Overall',
  columns: {
    group: 'Condition or role',
    item: 'Item',
    median: 'Median',
    range: 'Range',
    n: 'Raters scored',
    agreement: 'Agreement',
    team: 'Team (median)',
    partner: 'Partner (median)',
    difference: 'Difference',
    seen: 'How the partner sees it',
  },
  itemsHeading: 'Items',
  itemsCaption: 'Ratings per item',
  itemsShown: (shown, total, flagged) => `Showing ${shown} of ${total} items; ${flagged === 1 ? '1 conversation starter' : `${flagged} conversation starters`}.`,
  noItems: 'No items match this filter.',
  median: 'Median',
  scored: (n, of) => `${n} of ${of}`,
  agreement: 'Agreement',
  agreementCount: (agreeing, n) => `${agreeing} of ${n} within a point`,
  ratingsAgreeing: (agreeing, rated) => `${agreeing} of ${rated} ratings within a point`,
  groupsAgreementNote: "Agreement: the share of ratings within a point of their item's median; for a condition or role, over all its items' ratings.",
  notEnough: '—',
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  unanswered: 'Unanswered',
  legend: 'Key to the bars',
  flag: 'Conversation starter',
  flagReasons: (spread, agreement, leftOut) =>
    [
      spread === undefined ? '' : `ratings spread over ${spread} scale points${leftOut === 0 ? '' : leftOut === 1 ? ' (leaving out the highest and the lowest)' : ` (leaving out the ${leftOut} highest and the ${leftOut} lowest)`}`,
      agreement === undefined ? '' : `only ${agreement} agree within a point of the median`,
    ]
      .filter(Boolean)
      .join('; '),
  priority: 'Priority',
  priorityWord: (p) => ({ high: 'High', medium: 'Medium', low: 'Low' })[p],
  evidence: (count) => `Evidence and notes (${count})`,
  rater: (index) => `Rater ${index}`,
  partnerRater: (index) => `Partner rater ${index}`,
  evidenceLabel: 'Evidence',
  notesLabel: 'Notes',
  partnerHeading: 'Where the partner sees it differently',
  partnerCaption: "The team's median self-ratings next to the partner's, largest difference first",
  partnerHigher: 'Higher',
  partnerLower: 'Lower',
  same: 'The same',
  notCompared: 'Not compared',
  insufficient: (n) => `${n} more answered too few items for a score`,
  errorTitle: 'These team results cannot be shown',
  moreProblems: (count) => `…and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  loadFailed: (source, reason) => `Could not load ${source}: ${reason}.`,
  notJson: (source, reason) => `${source} is not valid JSON: ${reason}.`,
  unknownShape: (what) => `Expected an aggregate (an object with "kind": "aggregate") or a list of assessments, but got ${what}.`,
  invalidAggregate: (source) => `${source} is not a valid aggregate:`,
  invalidAssessments: (source) => `${source} has assessments that cannot be combined:`,
  frameworkNeeded: (id) => `These results were made with the framework "${id}", which is not built in: set the element's framework property to that framework.`,
  frameworkUnnamed: 'These results do not say which framework they were made with (no framework.id): set the element\'s framework property.',
  frameworkMismatch: (ours, theirs) => `The results were made with ${theirs}, but the framework given is ${ours}.`,
};

/** The English strings, always loaded. */
export const TEAM_RESULTS_STRINGS_EN = en;

/**
 * The strings of a language. Spanish lives in its own module (team-results.strings.es.ts), loaded
 * only by pages that speak it, so an English page never downloads it.
 */
export function loadTeamResultsStrings(lang: Lang): Promise<TeamResultsStrings> {
  return lang === 'es' ? import('./team-results.strings.es.js').then((module) => module.TEAM_RESULTS_STRINGS_ES) : Promise.resolve(en);
}
