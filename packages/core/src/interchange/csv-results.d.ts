/** Results as CSV: one row per item and per group, with labels, for spreadsheets and BI tools. */
import { type Lang } from '../framework/items.js';
import type { Framework } from '../model/types.js';
import type { AggregateResult, GapReport, ScoreResult } from '../results/types.js';
/** Options for CSV output. */
export interface CsvWriteOptions {
    /** Language of the labels (default English). */
    lang?: Lang;
}
/**
 * A score result as CSV: the overall score, each section, each condition/role and each item.
 * @example
 * const csv = scoreResultToCsv(scoreAssessment(assessment, framework), framework);
 */
export declare function scoreResultToCsv(result: ScoreResult, framework: Framework, options?: CsvWriteOptions): string;
/**
 * A gap report as CSV: group rows then item rows, each with both values, n, the difference,
 * its direction and its priority. The side labels are repeated so the file stands alone.
 * @example
 * const csv = gapReportToCsv(analyzeGaps(framework, request));
 */
export declare function gapReportToCsv(report: GapReport, options?: CsvWriteOptions): string;
/**
 * An aggregate as CSV: overall, each condition/role and each item, with n, mean, median, min,
 * max, SD, agreement, a count column per scale value and the non-scored counts.
 * @example
 * const csv = aggregateToCsv(aggregateAssessments(team, framework), framework);
 */
export declare function aggregateToCsv(result: AggregateResult, framework: Framework, options?: CsvWriteOptions): string;
