/** RFC 4180 CSV reading and writing, with protection against spreadsheet formula injection. */
/** A problem in a CSV file, located by row (1 = the header line's record) and column. */
export interface CsvIssue {
    /** 1-based record number; the header is record 1. */
    row: number;
    /** The column's header, when the problem belongs to a cell or column. */
    column?: string;
    /** The cell's text, when the problem is about a value. */
    value?: string;
    code: string;
    message: string;
}
/** Parsed CSV: records of fields, plus any problems with the text itself. */
export interface CsvTable {
    records: string[][];
    issues: CsvIssue[];
}
/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional BOM).
 * Blank lines are skipped. An unterminated quote is reported, not guessed at.
 * @example
 * readCsv('a,b\n1,"x, y"\n').records; // [['a', 'b'], ['1', 'x, y']]
 */
export declare function readCsv(text: string): CsvTable;
/** A cell to write: text, a number, or nothing. */
export type CsvCell = string | number | undefined | null;
/**
 * Writes records as CSV (CRLF line ends, quoting only where needed). Text that a spreadsheet
 * would treat as a formula is prefixed with an apostrophe; {@link readCsv} removes it again.
 * @example
 * writeCsv([['id', 'notes'], ['e1', '=HYPERLINK("x")']]); // 'id,notes\r\ne1,"\'=HYPERLINK(""x"")"\r\n'
 */
export declare function writeCsv(records: readonly (readonly CsvCell[])[]): string;
