/** RFC 4180 CSV reading and writing, with protection against spreadsheet formula injection. */

/** A problem in a CSV file, located by row (1 = the header line's record) and column. */
export interface CsvIssue {
  /** 1-based record number; the header is record 1. */
  row: number;
  /** The column's header, when the problem belongs to a cell or column. */
  column?: string;
  /** The 1-based position of the column in its row, when known. */
  columnIndex?: number;
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
 * Size limits for reading, in characters. A field or record over its limit is reported (with
 * its row and column) and skipped, and reading goes on without holding the excess in memory.
 */
export interface CsvLimits {
  /** Longest field (default 1,048,576 characters). */
  maxFieldLength?: number;
  /** Longest record, delimiters included (default 16,777,216 characters). */
  maxRecordLength?: number;
}

/** The limits used when none are given: far beyond any survey answer, far below a crash. */
export const DEFAULT_CSV_LIMITS: Readonly<Required<CsvLimits>> = Object.freeze({ maxFieldLength: 1_048_576, maxRecordLength: 16_777_216 });

// Cells a spreadsheet would run as formulas (OWASP "CSV injection"): a formula sign (= + - @,
// their fullwidth forms, or | for DDE) even after leading blanks a spreadsheet ignores (spaces,
// no-break and zero-width spaces, byte-order marks), or a cell opening with tab, CR or LF.
// Writing prefixes them with an apostrophe, which spreadsheets hide and reading removes, so
// text survives a round trip and never executes. Text that already starts with apostrophes
// before such a start gets one more, so that reading (which removes exactly one) gives back
// exactly what was written.
const NEEDS_GUARD = /^'*(?:[\t\n\r]|[\s\u180e\u200b-\u200d\u2060\ufeff]*[=+\-@|\uff1d\uff0b\uff0d\uff20])/;

/** One record as read: its 1-based row number and fields. */
export interface CsvRecord {
  row: number;
  fields: string[];
}

const formatCount = (n: number) => n.toLocaleString('en-US');

/**
 * An incremental CSV reader: feed it text in chunks of any size (a chunk may end anywhere, even
 * inside a quoted field) and it calls back with each complete record, or with the problem that
 * made a record unreadable. Memory is bounded by the limits, whatever the input.
 * @example
 * const reader = new CsvReader({ record: (r) => rows.push(r.fields), issue: (i) => problems.push(i) });
 * for await (const chunk of textStream) reader.push(chunk);
 * reader.end();
 */
export class CsvReader {
  private readonly maxField: number;
  private readonly maxRecord: number;
  private readonly onRecord: (record: CsvRecord) => void;
  private readonly onIssue: (issue: CsvIssue) => void;
  private started = false;
  private quoted = false;
  private afterQuote = false;
  private pendingCR = false;
  private field = '';
  private fieldLength = 0;
  private recordLength = 0;
  private fields: string[] = [];
  private rows = 0;
  private quoteColumn = 0;
  private overflow: CsvIssue | undefined;

  constructor(handlers: { record: (record: CsvRecord) => void; issue: (issue: CsvIssue) => void }, limits: CsvLimits = {}) {
    this.maxField = limits.maxFieldLength ?? DEFAULT_CSV_LIMITS.maxFieldLength;
    this.maxRecord = limits.maxRecordLength ?? DEFAULT_CSV_LIMITS.maxRecordLength;
    if (!(this.maxField > 0) || !(this.maxRecord > 0)) throw new RangeError('CSV limits must be positive numbers');
    this.onRecord = handlers.record;
    this.onIssue = handlers.issue;
  }

  /** Records read so far (blank lines are not records). */
  get rowCount(): number {
    return this.rows;
  }

  /** Reads the next piece of text. */
  push(chunk: string): void {
    let i = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = chunk.length;
    const special = /[,\r\n"]/g;
    while (i < n) {
      if (this.afterQuote) {
        this.afterQuote = false;
        if (chunk.charCodeAt(i) === 34) {
          this.append('"');
          i++;
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          this.append(chunk.slice(i));
          return;
        }
        this.append(chunk.slice(i, q));
        i = q + 1;
        this.afterQuote = true;
        continue;
      }
      if (this.pendingCR) {
        this.pendingCR = false;
        if (chunk.charCodeAt(i) === 10) {
          i++;
          continue;
        }
      }
      special.lastIndex = i;
      const match = special.exec(chunk);
      const j = match ? match.index : n;
      if (j > i) this.append(chunk.slice(i, j));
      if (j === n) return;
      const c = chunk.charCodeAt(j);
      i = j + 1;
      if (c === 44) this.endField(1);
      else if (c === 10) this.endRecord();
      else if (c === 13) {
        this.endRecord();
        this.pendingCR = true;
      } else if (this.fieldLength === 0) {
        this.quoted = true;
        this.quoteColumn = this.fields.length + 1;
      } else this.append('"');
    }
  }

  /** Ends the input: reads the last record and reports a quote left open. */
  end(): void {
    if (this.quoted && !this.afterQuote) {
      this.onIssue({
        row: this.rows + 1,
        columnIndex: this.quoteColumn,
        code: 'unterminated_quote',
        message: 'a quoted field is never closed: the file may be cut off, or a quote inside a field is not doubled',
      });
      this.rows++;
      this.reset();
      return;
    }
    if (this.fieldLength > 0 || this.fields.length > 0 || this.overflow) this.endRecord();
  }

  private append(text: string): void {
    this.fieldLength += text.length;
    this.recordLength += text.length;
    if (this.overflow) return;
    if (this.fieldLength > this.maxField) {
      this.overflow = {
        row: this.rows + 1,
        columnIndex: this.fields.length + 1,
        code: 'field_too_long',
        message: `is longer than ${formatCount(this.maxField)} characters, the limit for one field`,
      };
    } else if (this.recordLength > this.maxRecord) this.overflowRecord();
    else {
      this.field += text;
      return;
    }
    // Nothing more of this record is kept: it will be reported, not read.
    this.field = '';
    this.fields = [];
  }

  private overflowRecord(): void {
    this.overflow = {
      row: this.rows + 1,
      columnIndex: this.fields.length + 1,
      code: 'record_too_long',
      message: `the row is longer than ${formatCount(this.maxRecord)} characters, the limit for one row`,
    };
  }

  private endField(delimiter: number): void {
    this.recordLength += delimiter;
    if (!this.overflow) {
      if (this.recordLength > this.maxRecord) {
        this.overflowRecord();
        this.fields = [];
      } else this.fields.push(unguard(this.field));
    }
    this.field = '';
    this.fieldLength = 0;
  }

  private endRecord(): void {
    this.endField(0);
    const overflow = this.overflow;
    const fields = this.fields;
    this.reset();
    if (overflow) {
      this.rows++;
      this.onIssue(overflow);
    } else if (!(fields.length === 1 && fields[0] === '')) {
      this.onRecord({ row: ++this.rows, fields });
    }
  }

  private reset(): void {
    this.quoted = false;
    this.afterQuote = false;
    this.field = '';
    this.fieldLength = 0;
    this.recordLength = 0;
    this.fields = [];
    this.overflow = undefined;
  }
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional BOM).
 * Blank lines are skipped. An unterminated quote, or a field or row over the limits, is
 * reported with its row and column, not guessed at.
 * @example
 * readCsv('a,b\n1,"x, y"\n').records; // [['a', 'b'], ['1', 'x, y']]
 */
export function readCsv(text: string, limits: CsvLimits = {}): CsvTable {
  const records: string[][] = [];
  const issues: CsvIssue[] = [];
  const reader = new CsvReader({ record: (r) => records.push(r.fields), issue: (i) => issues.push(i) }, limits);
  reader.push(text);
  reader.end();
  return { records, issues };
}

function unguard(field: string): string {
  return field.charCodeAt(0) === 39 && NEEDS_GUARD.test(field.slice(1)) ? field.slice(1) : field;
}

/** A cell to write: text, a number, or nothing. */
export type CsvCell = string | number | undefined | null;

/**
 * One record as a CSV line, CRLF included: for writing a file row by row.
 * @example
 * csvLine(['e1', '=1+1']); // "e1,'=1+1\r\n"
 */
export function csvLine(record: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < record.length; i++) line += (i === 0 ? '' : ',') + formatCell(record[i]);
  return `${line}\r\n`;
}

/**
 * Writes records as CSV (CRLF line ends, quoting only where needed). Text that a spreadsheet
 * would treat as a formula is prefixed with an apostrophe; {@link readCsv} removes it again.
 * @example
 * writeCsv([['id', 'notes'], ['e1', '=HYPERLINK("x")']]); // 'id,notes\r\ne1,"\'=HYPERLINK(""x"")"\r\n'
 */
export function writeCsv(records: readonly (readonly CsvCell[])[]): string {
  let text = '';
  for (const record of records) text += csvLine(record);
  return text;
}

function formatCell(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
