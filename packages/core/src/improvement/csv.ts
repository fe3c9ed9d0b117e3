/**
 * Measures' data points as CSV, because a spreadsheet is where most teams keep them. One row per
 * value: `measure_id,measure,unit,date,value,note,astronomical`. Reading needs only `date` and
 * `value`; every cell that cannot be read is reported with its row, column, text and reason,
 * and the rows that can be read are kept.
 */
import { readCsv, writeCsv, type CsvCell, type CsvIssue } from '../interchange/csv-text.js';
import { IdSchema } from '../model/schemas.js';
import type { Id } from '../model/types.js';
import type { DataPoint, Measure } from './types.js';
import { isCalendarDate } from './validate.js';

/** The columns written, in order; reading accepts them in any order, in any letter case. */
export const DATA_POINT_COLUMNS = ['measure_id', 'measure', 'unit', 'date', 'value', 'note', 'astronomical'] as const;

/**
 * Writes the data points of one or more measures as CSV, oldest first within each measure.
 * Text a spreadsheet would run as a formula (a note starting with `=`, `+`, `-` or `@`) is
 * guarded with an apostrophe, which reading removes again.
 * @example
 * dataPointsToCsv({ id: 'attendance', name: 'Attendance', kind: 'outcome', unit: '%', dataPoints: [{ date: '2025-09-30', value: 91.5 }] });
 * // 'measure_id,measure,unit,date,value,note,astronomical\r\nattendance,Attendance,%,2025-09-30,91.5,,\r\n'
 */
export function dataPointsToCsv(measures: Measure | readonly Measure[]): string {
  const list: readonly Measure[] = Array.isArray(measures) ? measures : [measures as Measure];
  const rows: CsvCell[][] = list.flatMap((measure) =>
    (measure.dataPoints ?? []).map((point) => [measure.id, measure.name, measure.unit, point.date, point.value, point.note, point.astronomical ? 'yes' : undefined]),
  );
  return writeCsv([[...DATA_POINT_COLUMNS], ...rows]);
}

/** Options for {@link dataPointsFromCsv}. */
export interface DataPointsCsvOptions {
  /** The measure the rows belong to when the file has no `measure_id` column (or a row leaves it empty). */
  measureId?: Id;
  /**
   * How to read dates written with slashes: `mdy` (default, 3/15/2026 as US spreadsheets write
   * it) or `dmy` (15/3/2026). `YYYY-MM-DD` is always accepted.
   */
  dateOrder?: 'mdy' | 'dmy';
}

/** One measure's points read from CSV. */
export interface DataPointSeries {
  /** The measure, from the row's `measure_id` or the `measureId` option; absent when neither says. */
  measureId?: Id;
  /** The points, in date order (rows with the same date keep their order in the file). */
  points: DataPoint[];
}

/** What {@link dataPointsFromCsv} read, and every problem it found. */
export interface DataPointsCsv {
  /** One entry per measure, in the order measures first appear in the file. */
  series: DataPointSeries[];
  /** Problems, each with its row (the header is row 1), column, cell text and reason. */
  issues: CsvIssue[];
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

/** Reads a value cell: plain or thousands-separated decimals, exponents (as very small or large numbers are written) and a trailing % as spreadsheets show percentages. */
function readNumber(text: string): number | undefined {
  const body = text.trim().replace(/%$/, '').trim();
  if (body === '' || !/\d/.test(body) || !NUMBER.test(body)) return undefined;
  const value = Number(body.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function readDate(text: string, order: 'mdy' | 'dmy'): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return isCalendarDate(trimmed) ? trimmed : undefined;
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (!slashed) return undefined;
  const [first, second, year] = [slashed[1]!, slashed[2]!, slashed[3]!];
  const [month, day] = order === 'mdy' ? [first, second] : [second, first];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'sí', 'si']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/**
 * Reads data points from CSV (as written by {@link dataPointsToCsv}, or a team's own sheet with
 * at least `date` and `value` columns). Dates may be `YYYY-MM-DD` or written with slashes;
 * values may carry thousands separators or a `%`. Unreadable cells are reported, never guessed
 * at, and their rows left out; everything else is kept.
 * @example
 * const { series, issues } = dataPointsFromCsv('date,value\n2025-09-30,91.5\n10/31/2025,92\n', { measureId: 'attendance' });
 * series[0]?.points; // [{ date: '2025-09-30', value: 91.5 }, { date: '2025-10-31', value: 92 }]
 */
export function dataPointsFromCsv(text: string, options: DataPointsCsvOptions = {}): DataPointsCsv {
  const table = readCsv(text);
  const issues: CsvIssue[] = [...table.issues];
  const [header, ...records] = table.records;
  if (!header) {
    issues.push({ row: 1, code: 'empty_file', message: 'the file has no header row; expected columns "date" and "value"' });
    return { series: [], issues };
  }
  const names = header.map((name) => name.trim().toLowerCase());
  const column = new Map<string, number>();
  names.forEach((name, i) => {
    if (column.has(name)) issues.push({ row: 1, column: header[i], code: 'duplicate_column', message: `the column "${header[i]}" appears twice; the first is read` });
    else column.set(name, i);
    if (!(DATA_POINT_COLUMNS as readonly string[]).includes(name)) {
      issues.push({ row: 1, column: header[i], code: 'unknown_column', message: `"${header[i]}" is not a data point column (${DATA_POINT_COLUMNS.join(', ')}); it is not read` });
    }
  });
  const missing = ['date', 'value'].filter((name) => !column.has(name));
  if (missing.length > 0) {
    issues.push({ row: 1, code: 'missing_column', message: `the header needs the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(' and ')}` });
    return { series: [], issues };
  }
  if (options.measureId !== undefined && !IdSchema.safeParse(options.measureId).success) {
    throw new RangeError(`dataPointsFromCsv: measureId "${options.measureId}" is not a valid id`);
  }

  const order = options.dateOrder ?? 'mdy';
  const series = new Map<string, { measureId?: Id; points: { point: DataPoint; row: number }[] }>();
  records.forEach((record, r) => {
    const row = r + 2;
    const cell = (name: string): string => {
      const index = column.get(name);
      return index === undefined ? '' : (record[index] ?? '');
    };
    const problems: CsvIssue[] = [];
    const problem = (name: string, code: string, message: string) => problems.push({ row, column: header[column.get(name)!], value: cell(name), code, message });
    if (record.length > header.length) issues.push({ row, code: 'extra_cells', message: `the row has ${record.length} cells but the header has ${header.length}; the extra cells are not read` });

    const date = readDate(cell('date'), order);
    if (date === undefined) {
      problem('date', cell('date').trim() === '' ? 'missing_value' : 'invalid_date', cell('date').trim() === '' ? 'the date is empty' : `expected a date such as 2026-03-15 or ${order === 'mdy' ? '3/15/2026' : '15/3/2026'}`);
    }
    const value = readNumber(cell('value'));
    if (value === undefined) problem('value', cell('value').trim() === '' ? 'missing_value' : 'invalid_number', cell('value').trim() === '' ? 'the value is empty' : 'expected a number such as 42, 42.5, 1,250 or 42%');
    const flag = cell('astronomical').trim().toLowerCase();
    if (!YES.has(flag) && !NO.has(flag)) problem('astronomical', 'invalid_flag', 'expected "yes" or an empty cell');
    const rawId = cell('measure_id').trim();
    const measureId = rawId === '' ? options.measureId : rawId;
    if (rawId !== '' && !IdSchema.safeParse(rawId).success) problem('measure_id', 'invalid_id', 'expected an id of lowercase letters and digits in parts joined by "-" or "."');
    const note = cell('note');
    if (note.length > 10000) problem('note', 'too_long', `the note has ${note.length} characters; at most 10000 fit`);
    if (problems.length > 0) {
      issues.push(...problems);
      return;
    }
    const point: DataPoint = { date: date!, value: value!, ...(note.trim() === '' ? {} : { note }), ...(YES.has(flag) ? { astronomical: true } : {}) };
    const key = measureId ?? '';
    const entry = series.get(key) ?? { ...(measureId === undefined ? {} : { measureId }), points: [] };
    entry.points.push({ point, row });
    series.set(key, entry);
  });

  return {
    series: [...series.values()].map(({ measureId, points }) => ({
      ...(measureId === undefined ? {} : { measureId }),
      points: points.sort((x, y) => (x.point.date < y.point.date ? -1 : x.point.date > y.point.date ? 1 : x.row - y.row)).map(({ point }) => point),
    })),
    issues,
  };
}
