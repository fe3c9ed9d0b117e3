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
   * The share of ratings left out at each end of the spread, counted down (10 % of 25 raters is
   * 2): in a large team one unusual rating should start a conversation with that rater, not flag
   * the item for the whole team. Below 10 raters nothing is left out, since there one rating is a
   * real share of the team.
   */
  spreadTrim: 0.1,
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

/** What the spread of an item's ratings is read from: its count per scale value, when known, lets the ends be trimmed. */
export type SpreadInput = Pick<ItemAggregate, 'n' | 'min' | 'max'> & Partial<Pick<ItemAggregate, 'counts'>>;

/** How many ratings {@link ratingSpread} leaves out at each end for `n` raters ({@link TEAM_RULES}.spreadTrim, counted down). */
export function spreadTrimmed(n: number): number {
  return Math.floor(n * TEAM_RULES.spreadTrim);
}

/**
 * Ratings spread: highest minus lowest scored rating; 0 with fewer than two scores. Given the
 * scale's values (ascending, one per entry of the item's `counts`), the {@link spreadTrimmed}
 * highest and lowest ratings are left out first, so in a team of 10 or more one outlier does not
 * widen it.
 * @example
 * ratingSpread({ n: 4, min: 1, max: 4 }); // 3
 * ratingSpread({ n: 1, min: 2, max: 2 }); // 0
 * // 12 raters: one 1, ten 3s, one 5 → the lowest and highest are left out
 * ratingSpread({ n: 12, min: 1, max: 5, counts: [1, 0, 10, 0, 1] }, [1, 2, 3, 4, 5]); // 0
 */
export function ratingSpread(item: SpreadInput, scaleValues?: readonly number[]): number {
  if (item.n < 2 || item.min === undefined || item.max === undefined) return 0;
  const trim = spreadTrimmed(item.n);
  const { counts } = item;
  // Counts that do not describe these n ratings on this scale cannot be trimmed: the full range is the honest answer.
  if (trim === 0 || !scaleValues || !counts || counts.length !== scaleValues.length || counts.reduce((sum, c) => sum + c, 0) !== item.n) return item.max - item.min;
  // The value of the rating at a position (from 0) in the ratings sorted from lowest to highest.
  const valueAt = (position: number): number => {
    let seen = 0;
    for (let k = 0; k < counts.length; k++) {
      seen += counts[k]!;
      if (seen > position) return scaleValues[k]!;
    }
    return item.max!;
  };
  return valueAt(item.n - 1 - trim) - valueAt(trim);
}

/**
 * Whether the team disagrees on an item, and why; undefined when it does not (or when fewer
 * than two raters scored it, so there is nothing to disagree about). Low agreement counts only
 * with {@link TEAM_RULES}.smallGroup raters or more; a wide spread counts at any size, read by
 * {@link ratingSpread} (trimmed in large teams when the scale's values are given).
 * @example
 * disagreementOf({ n: 5, min: 1, max: 5, agreement: 0.4 }); // { lowAgreement: true, wideSpread: true }
 * disagreementOf({ n: 2, min: 2, max: 3, agreement: 0 });   // undefined: too few for agreement, spread 1
 * disagreementOf(aggregate.items[0], framework.scale.levels.map((l) => l.value));
 */
export function disagreementOf(item: SpreadInput & Pick<ItemAggregate, 'agreement'>, scaleValues?: readonly number[]): Disagreement | undefined {
  if (item.n < 2) return undefined;
  const lowAgreement = !isSmallGroup(item.n) && item.agreement !== undefined && item.agreement < TEAM_RULES.minimumAgreement;
  const wideSpread = ratingSpread(item, scaleValues) >= TEAM_RULES.disagreementSpread;
  return lowAgreement || wideSpread ? { lowAgreement, wideSpread } : undefined;
}

/**
 * How strongly the team disagrees, for sorting: 0 when {@link disagreementOf} finds no
 * disagreement, else up to 2 (the shortfall of agreement from 1 plus the spread as a share of
 * the scale's range).
 * @example
 * disagreementScore({ n: 5, min: 1, max: 5, agreement: 0.4 }, { min: 1, max: 5 }); // 0.6 + 1 = 1.6
 */
export function disagreementScore(item: SpreadInput & Pick<ItemAggregate, 'agreement'>, scale: { min: number; max: number }, scaleValues?: readonly number[]): number {
  if (!disagreementOf(item, scaleValues)) return 0;
  const range = scale.max - scale.min || 1;
  return 1 - (item.agreement ?? 1) + ratingSpread(item, scaleValues) / range;
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
