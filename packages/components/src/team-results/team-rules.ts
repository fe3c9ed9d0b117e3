/**
 * The team rules <sos-team-results> applies to core's aggregates: when a team disagrees, when a
 * group is too small for percentages, how urgent an item is, and how a partner's view differs.
 *
 * These are domain rules and belong in @sos-kit/core (next to `summarizeAggregate` and
 * `analyzeGaps`). They live here for now only because core was being reworked in parallel when
 * the element was built; they are pure, DOM-free and use core's public API only, so moving them
 * is a cut and paste. Every constant is in TEAM_RULES and nowhere else.
 */
import { GAP_PRIORITY_THRESHOLDS, type AggregateResult, type GapPriority, type ItemAggregate } from '@sos-kit/core';

/** The constants of every rule below. */
export const TEAM_RULES = {
  /** Below this share of raters within one scale point of the median, the team disagrees. */
  minimumAgreement: 0.6,
  /** A spread (highest − lowest rating) of at least this many scale points is a disagreement. */
  disagreementSpread: 3,
  /**
   * Fewer raters than this are too few for shares: percentages are not shown, and agreement
   * alone does not flag an item (two raters agree either 0 % or 100 %).
   */
  smallGroup: 3,
} as const;

/** Why an item is flagged as a conversation starter. */
export interface Disagreement {
  /** Agreement fell below {@link TEAM_RULES}.minimumAgreement (only with enough raters). */
  lowAgreement: boolean;
  /** Ratings spread over at least {@link TEAM_RULES}.disagreementSpread scale points. */
  wideSpread: boolean;
}

/** Whether a group of `n` raters is too small for percentages. */
export function isSmallGroup(n: number): boolean {
  return n < TEAM_RULES.smallGroup;
}

/** Ratings spread: highest minus lowest scored rating, 0 with fewer than two scores. */
export function spreadOf(item: Pick<ItemAggregate, 'n' | 'min' | 'max'>): number {
  return item.n > 1 && item.min !== undefined && item.max !== undefined ? item.max - item.min : 0;
}

/**
 * Whether the team disagrees on an item, and why; undefined when it does not (or when fewer
 * than two raters scored it, so there is nothing to disagree about).
 * @example
 * disagreementOf({ n: 5, min: 1, max: 5, agreement: 0.4 }); // { lowAgreement: true, wideSpread: true }
 */
export function disagreementOf(item: Pick<ItemAggregate, 'n' | 'min' | 'max' | 'agreement'>): Disagreement | undefined {
  if (item.n < 2) return undefined;
  const lowAgreement = !isSmallGroup(item.n) && item.agreement !== undefined && item.agreement < TEAM_RULES.minimumAgreement;
  const wideSpread = spreadOf(item) >= TEAM_RULES.disagreementSpread;
  return lowAgreement || wideSpread ? { lowAgreement, wideSpread } : undefined;
}

/**
 * How strongly the team disagrees, for sorting: 0 when it agrees, else up to 2 (the shortfall
 * of agreement plus the spread as a share of the scale's range).
 */
export function disagreementScore(item: ItemAggregate, scale: { min: number; max: number }): number {
  if (!disagreementOf(item)) return 0;
  const range = scale.max - scale.min || 1;
  return 1 - (item.agreement ?? 1) + spreadOf(item) / range;
}

/**
 * The target a team is measured against when none is set: the scale's second-highest value
 * ("Full Implementation" on the CDE scale), the same default the self-assessment widget uses.
 */
export function defaultTargetOf(scaleValues: readonly number[]): number {
  return scaleValues[Math.max(0, scaleValues.length - 2)]!;
}

/**
 * An item's priority from its median against the target, by core's gap rule for
 * "current vs target": gap × (½ + ½ × how low the median is), graded with
 * GAP_PRIORITY_THRESHOLDS. Undefined when nobody scored the item.
 */
export function itemPriority(item: Pick<ItemAggregate, 'median'>, scale: { min: number; max: number }, target: number): { score: number; priority: GapPriority } | undefined {
  if (item.median === undefined) return undefined;
  const range = scale.max - scale.min || 1;
  const gap = Math.max(0, target - item.median);
  const lowness = 1 - (item.median - scale.min) / range;
  const score = Math.min(1, (gap / range) * (0.5 + 0.5 * lowness));
  return { score, priority: score >= GAP_PRIORITY_THRESHOLDS.high ? 'high' : score >= GAP_PRIORITY_THRESHOLDS.medium ? 'medium' : 'low' };
}

/** One item of a team-vs-partner comparison. */
export interface PartnerDifference {
  id: string;
  /** The team's mean rating (self-ratings). */
  team?: number;
  /** The partner's mean rating. */
  partner?: number;
  /** partner − team in scale points; undefined when either side did not score the item. */
  difference?: number;
}

/**
 * The team's self-ratings next to the partner's, item by item (means, as `analyzeGaps` uses),
 * largest difference first; items either side left unscored come last, in framework order.
 * @example
 * compareWithPartner(team, partner)[0]; // { id, team: 2, partner: 4.5, difference: 2.5 }
 */
export function compareWithPartner(team: AggregateResult, partner: AggregateResult): PartnerDifference[] {
  const partnerMeans = new Map(partner.items.map((item) => [item.id, item.mean]));
  const precision = team.method.precision;
  const rows = team.items.map((item, order) => {
    const theirs = partnerMeans.get(item.id);
    const difference = item.mean === undefined || theirs === undefined ? undefined : Number((theirs - item.mean).toFixed(precision));
    return { order, row: { id: item.id, ...(item.mean === undefined ? {} : { team: item.mean }), ...(theirs === undefined ? {} : { partner: theirs }), ...(difference === undefined ? {} : { difference }) } };
  });
  const size = (r: PartnerDifference) => (r.difference === undefined ? -1 : Math.abs(r.difference));
  return rows.sort((x, y) => size(y.row) - size(x.row) || x.order - y.order).map(({ row }) => row);
}
