import type { Assessment, Framework } from '../model/types.js';
import type { GapReport, GapRow } from '../results/types.js';
import { type ScoringOptions } from '../scoring/plan.js';
/** One side of a comparison: one assessment, or several (a team) whose answers are averaged. */
export type GapSide = Assessment | readonly Assessment[];
/** What to compare. */
export type GapRequest = {
    comparison: 'current-vs-target';
    current: GapSide; /** Used where the assessment sets no target. */
    defaultTarget?: number;
} | {
    comparison: 'self-vs-partner';
    self: GapSide;
    partner: GapSide;
} | {
    comparison: 'baseline-vs-follow-up';
    baseline: GapSide;
    followUp: GapSide;
} | {
    comparison: 'across-levels';
    a: GapSide;
    b: GapSide;
};
/** Options for {@link analyzeGaps}. */
export interface GapOptions extends ScoringOptions {
    /** Skip validation because every assessment already passed `parseAssessment` against the framework. */
    validated?: boolean;
}
/** Priority thresholds on the rule's 0–1 score. */
export declare const GAP_PRIORITY_THRESHOLDS: {
    readonly high: 0.375;
    readonly medium: 0.15;
};
/**
 * Compares two views of the same framework and returns rows ready for a gap table, per item and
 * per condition/role: current vs target, self vs partner, baseline vs follow-up, or the same
 * condition elements across two levels. Each row gives both values, n on each side, the
 * difference and its direction, and a priority from the documented rule.
 * @example
 * const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self: districtSelf, partner: coeRatingOfDistrict });
 * sortGapRows(report.items).slice(0, 5); // the five highest-priority items
 */
export declare function analyzeGaps(framework: Framework, request: GapRequest, options?: GapOptions): GapReport;
/**
 * Sorts gap rows by priority (high first), then by priority score and gap size; rows without a
 * comparison come last. Framework order breaks ties, so the sort is stable and deterministic.
 * @example
 * sortGapRows(report.items)[0]?.priority; // 'high'
 */
export declare function sortGapRows(rows: readonly GapRow[]): GapRow[];
/**
 * Groups item rows under their condition or role rows, in framework order.
 * @example
 * for (const { group, items } of groupGapRows(report)) console.log(group.id, items.length);
 */
export declare function groupGapRows(report: GapReport): {
    group: GapRow;
    items: GapRow[];
}[];
