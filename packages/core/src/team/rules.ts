/**
 * Team rules: how core's aggregates of many raters are read in a conversation. When a team
 * disagrees on an item, when a group is too small for percentages, how urgent an item is against
 * the target, and where a partner (e.g. the COE in differentiated assistance) sees it differently.
 *
 * Every constant is in {@link TEAM_RULES}; the priority formula is the gap rule of `analyzeGaps`
 * (one implementation, in gaps/gaps.ts), so a team view and a gap table grade alike.
 */
import { gapPriorityOf, gapPriorityScore } from '../gaps/gaps.js';
import type { ScaleLevel } from '../model/types.js';
import type { AggregateResult, GapPriority, ItemAggregate } from '../results/types.js';

/** The constants of every team rule. */
export const TEAM_RULES = Object.freeze({
  /** Below this share of raters within one scale point of the median, the team disagrees. */
  minimumAgreement: 0.6,
  /** A spread (highest − lowest rating) of at least this many scale points is a disagreement. */
  disagreementSpread: 3,
  /**
   * Fewer raters than this are too few for shares: percentages are not shown, and agreement
   * alone does not flag an item (two raters agree either 0 % or 100 %).
   */
  smallGroup: 3,
  /**
   * The default target counts this many levels down from the top of the scale: 1 is the
   * second-highest level ("Full Implementation" on the CDE scale), a realistic goal where the
   * top level describes sustained, system-wide practice.
   */
  defaultTargetLevelsBelowTop: 1,
} as const);

/** Why an item is flagged as a conversation starter. */
export interface Disagreement {
  /** Agreement fell below {@link TEAM_RULES}.minimumAgreement (only with enough raters). */
  lowAgreement: boolean;
  /** Ratings spread over at least {@link TEAM_RULES}.disagreementSpread scale points. */
  wideSpread: boolean;
}

/** An item's priority against a target: the unrounded score (0–1) and its grade. */
export interface TeamItemPriority {
  score: number;
  priority: GapPriority;
}

/** One item of a team-vs-partner comparison. */
export interface PartnerDifference {
  id: string;
  /** The team's rating (self-ratings): its mean, or the statistic compared. */
  team?: number;
  /** The partner's rating: its mean, or the statistic compared. */
  partner?: number;
  /** partner − team in scale points; undefined when either side did not score the item. */
  difference?: number;
}

/**
 * Whether a group of `n` raters is too small for percentages.
 * @example
 * isSmallGroup(2); // true: say "2 raters" rather than "50 %"
 * isSmallGroup(3); // false
 */
export function isSmallGroup(n: number): boolean {
  return n < TEAM_RULES.smallGroup;
}

/**
 * Ratings spread: highest minus lowest scored rating; 0 with fewer than two scores.
 * @example
 * ratingSpread({ n: 4, min: 1, max: 4 }); // 3
 * ratingSpread({ n: 1, min: 2, max: 2 }); // 0
 */
export function ratingSpread(item: Pick<ItemAggregate, 'n' | 'min' | 'max'>): number {
  return item.n > 1 && item.min !== undefined && item.max !== undefined ? item.max - item.min : 0;
}

/**
 * Whether the team disagrees on an item, and why; undefined when it does not (or when fewer
 * than two raters scored it, so there is nothing to disagree about). Low agreement counts only
 * with {@link TEAM_RULES}.smallGroup raters or more; a wide spread counts at any size.
 * @example
 * disagreementOf({ n: 5, min: 1, max: 5, agreement: 0.4 }); // { lowAgreement: true, wideSpread: true }
 * disagreementOf({ n: 2, min: 2, max: 3, agreement: 0 });   // undefined: too few for agreement, spread 1
 */
export function disagreementOf(item: Pick<ItemAggregate, 'n' | 'min' | 'max' | 'agreement'>): Disagreement | undefined {
  if (item.n < 2) return undefined;
  const lowAgreement = !isSmallGroup(item.n) && item.agreement !== undefined && item.agreement < TEAM_RULES.minimumAgreement;
  const wideSpread = ratingSpread(item) >= TEAM_RULES.disagreementSpread;
  return lowAgreement || wideSpread ? { lowAgreement, wideSpread } : undefined;
}

/**
 * How strongly the team disagrees, for sorting: 0 when {@link disagreementOf} finds no
 * disagreement, else up to 2 (the shortfall of agreement from 1 plus the spread as a share of
 * the scale's range).
 * @example
 * disagreementScore({ n: 5, min: 1, max: 5, agreement: 0.4 }, { min: 1, max: 5 }); // 0.6 + 1 = 1.6
 */
export function disagreementScore(item: Pick<ItemAggregate, 'n' | 'min' | 'max' | 'agreement'>, scale: { min: number; max: number }): number {
  if (!disagreementOf(item)) return 0;
  const range = scale.max - scale.min || 1;
  return 1 - (item.agreement ?? 1) + ratingSpread(item) / range;
}

/**
 * The target used where none is set: the scale's second-highest level ("Full Implementation"
 * on the CDE scale; see {@link TEAM_RULES}.defaultTargetLevelsBelowTop). The one rule for the
 * self-assessment widget, the team view, gap tables and stories. Levels are in ascending order
 * of value (as the framework schema requires); a one-level scale's target is its only level.
 * @throws RangeError when the scale has no levels.
 * @example
 * defaultTarget(framework.scale); // 4 on the CDE 1–5 scale
 * analyzeGaps(framework, { comparison: 'current-vs-target', current, defaultTarget: defaultTarget(framework.scale) });
 */
export function defaultTarget(scale: { readonly levels: readonly Pick<ScaleLevel, 'value'>[] }): number {
  const { levels } = scale;
  if (levels.length === 0) throw new RangeError('defaultTarget: the scale has no levels');
  return levels[Math.max(0, levels.length - 1 - TEAM_RULES.defaultTargetLevelsBelowTop)]!.value;
}

/**
 * An item's priority from the team's median against the target, by the gap rule of
 * `analyzeGaps` for "current vs target" (the gap as a share of the range × (½ + ½ × how low the
 * median is)), graded with GAP_PRIORITY_THRESHOLDS. Undefined when nobody scored the item.
 * @example
 * teamItemPriority({ median: 1 }, { min: 1, max: 5 }, 4);   // { score: 0.75, priority: 'high' }
 * teamItemPriority({ median: 3.5 }, { min: 1, max: 5 }, 4); // { score: 0.0859375, priority: 'low' }
 */
export function teamItemPriority(item: Pick<ItemAggregate, 'median'>, scale: { min: number; max: number }, target: number): TeamItemPriority | undefined {
  if (item.median === undefined) return undefined;
  const score = gapPriorityScore(Math.max(0, target - item.median), item.median, scale);
  return { score, priority: gapPriorityOf(score) };
}

/** Options of {@link compareWithPartner}. */
export interface PartnerComparisonOptions {
  /**
   * The statistic compared on both sides: `mean` (default, as `analyzeGaps` compares) or
   * `median` (as team views and system views show scores). One partner rating is the same either way.
   */
  statistic?: 'mean' | 'median';
}

/**
 * The team's self-ratings next to the partner's, item by item (means by default, as
 * `analyzeGaps` uses; or medians), largest difference first (ties in the team's item order);
 * items either side left unscored come last, in the team's item order. Items only the partner's
 * aggregate has are not listed. Differences are rounded to the team aggregate's precision.
 * @example
 * const team = aggregateAssessments(selfRatings, framework);
 * const partner = aggregateAssessments([coeRating], framework);
 * compareWithPartner(team, partner)[0]; // { id: 'trust.a', team: 2, partner: 4.5, difference: 2.5 }
 * compareWithPartner(team, partner, { statistic: 'median' }); // the team's medians against the partner's
 */
export function compareWithPartner(team: Pick<AggregateResult, 'items' | 'method'>, partner: Pick<AggregateResult, 'items'>, options: PartnerComparisonOptions = {}): PartnerDifference[] {
  const statistic = options.statistic ?? 'mean';
  const partnerValues = new Map(partner.items.map((item) => [item.id, item[statistic]]));
  const precision = team.method.precision;
  const rows = team.items.map((item, order) => {
    const ours = item[statistic];
    const theirs = partnerValues.get(item.id);
    const difference = ours === undefined || theirs === undefined ? undefined : Number((theirs - ours).toFixed(precision));
    const row: PartnerDifference = { id: item.id };
    if (ours !== undefined) row.team = ours;
    if (theirs !== undefined) row.partner = theirs;
    if (difference !== undefined) row.difference = difference;
    return { order, row };
  });
  const size = (r: PartnerDifference) => (r.difference === undefined ? -1 : Math.abs(r.difference));
  return rows.sort((x, y) => size(y.row) - size(x.row) || x.order - y.order).map(({ row }) => row);
}
