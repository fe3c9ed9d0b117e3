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

// Cells a spreadsheet would run as formulas. Writing prefixes them with an apostrophe, which
// spreadsheets hide and reading removes, so text survives a round trip and never executes.
// Text that already starts with apostrophes before such a character gets one more, so that
// reading (which removes exactly one) gives back exactly what was written.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional BOM).
 * Blank lines are skipped. An unterminated quote is reported, not guessed at.
 * @example
 * readCsv('a,b\n1,"x, y"\n').records; // [['a', 'b'], ['1', 'x, y']]
 */
export function readCsv(text: string): CsvTable {
  const records: string[][] = [];
  const issues: CsvIssue[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    record.push(unguard(field));
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') endField();
    else if (char === '\n') endRecord();
    else if (char === '\r') {
      if (text[i + 1] !== '\n') endRecord();
    } else field += char;
  }
  if (quoted) issues.push({ row: records.length + 1, code: 'unterminated_quote', message: 'a quoted field is never closed: the file may be cut off, or a quote inside a field is not doubled' });
  if (field !== '' || record.length > 0) endRecord();
  return { records, issues };
}

function unguard(field: string): string {
  return field[0] === "'" && NEEDS_GUARD.test(field.slice(1)) ? field.slice(1) : field;
}

/** A cell to write: text, a number, or nothing. */
export type CsvCell = string | number | undefined | null;

/**
 * Writes records as CSV (CRLF line ends, quoting only where needed). Text that a spreadsheet
 * would treat as a formula is prefixed with an apostrophe; {@link readCsv} removes it again.
 * @example
 * writeCsv([['id', 'notes'], ['e1', '=HYPERLINK("x")']]); // 'id,notes\r\ne1,"\'=HYPERLINK(""x"")"\r\n'
 */
export function writeCsv(records: readonly (readonly CsvCell[])[]): string {
  return records.map((record) => record.map(formatCell).join(',')).join('\r\n') + (records.length > 0 ? '\r\n' : '');
}

function formatCell(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
