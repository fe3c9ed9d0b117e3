import type { Assessment, Framework, SystemLevel } from '../model/types.js';
import { type CsvIssue } from './csv-text.js';
/** The metadata columns, in the order they are written. */
export declare const METADATA_COLUMNS: readonly ["id", "level", "framework_version", "subject_name", "subject_type", "subject_id", "county", "perspective", "rater_name", "rater_type", "rater_id", "rater_county", "relationship", "respondent_role", "respondent_name", "school_year", "status", "created_at", "updated_at", "submitted_at", "notes"];
/** Options for reading CSV. */
export interface CsvReadOptions {
    /** The level of every row, when the file has no `level` column. */
    level?: SystemLevel;
    /** Timestamp for rows without `created_at`/`updated_at`; defaults to now. */
    now?: string;
    /** Status of rows without a `status` column (default "submitted": survey exports hold finished responses). */
    status?: Assessment['status'];
}
/** What a CSV file held: the assessments of rows without problems, and every problem found. */
export interface CsvAssessments {
    assessments: Assessment[];
    issues: CsvIssue[];
    /** Data rows read (the header excluded). */
    rows: number;
}
/**
 * Reads the wide survey layout into assessments, validating every cell. Unknown columns,
 * values off the scale and rows that do not make a valid assessment are reported with row,
 * column, value and reason; nothing is dropped silently.
 * @example
 * const { assessments, issues } = assessmentsFromCsv(text, framework, { level: 'district' });
 * for (const i of issues) console.warn(`row ${i.row}, ${i.column}: ${i.message}`);
 */
export declare function assessmentsFromCsv(text: string, framework: Framework, options?: CsvReadOptions): CsvAssessments;
/**
 * Writes assessments of one level in the wide survey layout that {@link assessmentsFromCsv}
 * reads back: one row each, metadata columns in use, then one column per item in framework
 * order, then evidence, notes and target columns where any assessment has them.
 * @example
 * const csv = assessmentsToCsv(assessments, framework);
 */
export declare function assessmentsToCsv(assessments: readonly Assessment[], framework: Framework, options?: {
    level?: SystemLevel;
}): string;
