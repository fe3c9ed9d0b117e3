/**
 * The wide CSV layout survey tools export: one row per respondent, one column per item id, plus
 * metadata columns. Optional `<item id>#evidence`, `<item id>#notes` and `<id>#target` columns
 * carry the rest of a rating.
 */
import { instrumentFor, localize } from '../instrument/items.js';
import type { Assessment, Framework, NonScoredAnswer, Organization, OrganizationType, Perspective, Rating, SystemLevel } from '../model/types.js';
import { nonScoredAnswersOf } from '../model/constants.js';
import { SCHEMA_VERSION } from '../validate/semantics.js';
import { safeParseAssessment } from '../validate/parse.js';
import { CsvReader, writeCsv, type CsvCell, type CsvIssue, type CsvLimits } from './csv-text.js';

/** The metadata columns, in the order they are written. */
export const METADATA_COLUMNS = [
  'id',
  'level',
  'framework_version',
  'subject_name',
  'subject_type',
  'subject_id',
  'county',
  'perspective',
  'rater_name',
  'rater_type',
  'rater_id',
  'rater_county',
  'relationship',
  'respondent_role',
  'respondent_name',
  'school_year',
  'status',
  'created_at',
  'updated_at',
  'submitted_at',
  'notes',
] as const;

type MetadataColumn = (typeof METADATA_COLUMNS)[number];
const SUFFIXES = ['evidence', 'notes', 'target'] as const;

const DEFAULT_SUBJECT_TYPE = new Map<string, OrganizationType>([
  ['school', 'school'],
  ['district', 'district'],
  ['coe', 'coe'],
  ['geo-lead', 'coe'],
  ['state', 'state-agency'],
]);
const NOT_APPLICABLE_WORDS = new Set(['n/a', 'na', 'not applicable', 'not-applicable', 'no aplica']);
const DONT_KNOW_WORDS = new Set(['dk', "don't know", 'dont know', 'dont-know', 'do not know', 'no sé', 'no se']);

/** Options for reading CSV. */
export interface CsvReadOptions extends CsvLimits {
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

/** One data row of a streamed CSV file: its assessment, or every problem that kept it out. */
export type CsvAssessmentRow = { row: number; assessment: Assessment; issues?: undefined } | { row: number; assessment?: undefined; issues: CsvIssue[] };

const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');
const isMetadataColumn = (name: string): name is MetadataColumn => (METADATA_COLUMNS as readonly string[]).includes(name);

/** Gives a parser-level issue the header name of its column. */
function named(issue: CsvIssue, header: readonly string[] | undefined): CsvIssue {
  const name = issue.columnIndex === undefined ? undefined : header?.[issue.columnIndex - 1];
  return name === undefined || issue.column !== undefined ? issue : { ...issue, column: name };
}

/**
 * Reads the header and returns a function turning each data record into an assessment or its
 * problems; or the header's problems, when no row can be read.
 */
function rowReader(header: readonly string[], framework: Framework, options: CsvReadOptions): { issues: CsvIssue[]; read?: (fields: readonly string[], row: number) => CsvAssessmentRow } {
  const issues: CsvIssue[] = [];
  const allItems = new Set(framework.levels.flatMap((l) => instrumentFor(framework, l.id)!.items.map((i) => i.id)));
  const allGroups = new Set(framework.levels.flatMap((l) => instrumentFor(framework, l.id)!.groups.map((g) => g.id)));
  const metadata = new Map<MetadataColumn, number>();
  const items: { id: string; column: number; kind: 'value' | (typeof SUFFIXES)[number] }[] = [];
  const seen = new Map<string, number>();
  header.forEach((raw, column) => {
    const name = raw.trim();
    const normalized = normalizeHeader(name);
    const key = isMetadataColumn(normalized) ? normalized : name;
    const at = { row: 1, column: name, columnIndex: column + 1 };
    if (seen.has(key)) {
      issues.push({ ...at, code: 'duplicate_column', message: `appears twice (columns ${seen.get(key)! + 1} and ${column + 1})` });
      return;
    }
    seen.set(key, column);
    if (isMetadataColumn(key)) {
      metadata.set(key, column);
      return;
    }
    const [id, suffix] = name.split('#') as [string, string | undefined];
    const known = suffix === 'target' ? allItems.has(id) || allGroups.has(id) : allItems.has(id);
    if (suffix !== undefined && !(SUFFIXES as readonly string[]).includes(suffix)) {
      issues.push({ ...at, code: 'unknown_column', message: `"#${suffix}" is not a known suffix; use #evidence, #notes or #target` });
    } else if (!known) {
      issues.push({ ...at, code: 'unknown_column', message: `is neither an item of framework "${framework.id}" nor a metadata column (${METADATA_COLUMNS.join(', ')})` });
    } else items.push({ id, column, kind: (suffix as (typeof SUFFIXES)[number] | undefined) ?? 'value' });
  });
  if (!metadata.has('subject_name')) issues.push({ row: 1, column: 'subject_name', code: 'missing_column', message: 'is required: the name of the organization each row rates' });
  if (!metadata.has('level') && !options.level) issues.push({ row: 1, column: 'level', code: 'missing_column', message: 'is required unless a level is given for the whole file' });
  if (issues.length > 0) return { issues };

  const now = options.now ?? new Date().toISOString();
  const read = (record: readonly string[], row: number): CsvAssessmentRow => {
    const rowIssues: CsvIssue[] = [];
    if (record.length !== header.length) {
      const columnIndex = Math.min(record.length, header.length) + 1;
      rowIssues.push({ row, columnIndex, ...(columnIndex <= header.length ? { column: header[columnIndex - 1]!.trim() } : {}), code: 'field_count', message: `has ${record.length} fields; the header has ${header.length}` });
    }
    // Metadata is taken exactly as written (no trimming), so CSV accepts and rejects what JSON
    // does and every valid assessment round-trips; only an empty cell means "not given".
    const cell = (column: MetadataColumn): string | undefined => {
      const index = metadata.get(column);
      const value = index === undefined ? undefined : record[index];
      return value === '' ? undefined : value;
    };
    const level = (cell('level') ?? options.level) as SystemLevel;
    const subject: Organization = {
      name: cell('subject_name') ?? '',
      type: (cell('subject_type') ?? DEFAULT_SUBJECT_TYPE.get(level) ?? 'other') as OrganizationType,
      ...optional('id', cell('subject_id')),
      ...optional('county', cell('county')),
    };
    const perspectiveKind = cell('perspective') ?? 'self';
    const perspective: Perspective =
      perspectiveKind === 'partner'
        ? {
            kind: 'partner',
            rater: { name: cell('rater_name') ?? '', type: (cell('rater_type') ?? 'coe') as OrganizationType, ...optional('id', cell('rater_id')), ...optional('county', cell('rater_county')) },
            ...optional('relationship', cell('relationship') as never),
          }
        : ({ kind: perspectiveKind } as Perspective);
    const respondent = { ...optional('role', cell('respondent_role')), ...optional('name', cell('respondent_name')) };
    // Maps, not plain objects: item ids come from the header, and "__proto__" must stay an id.
    const ratings = new Map<string, Rating>();
    const targets = new Map<string, number>();
    for (const { id, column, kind } of items) {
      const raw = record[column] ?? '';
      if (raw.trim() === '') continue;
      const at = { row, column: header[column]!.trim(), columnIndex: column + 1, value: raw };
      if (kind === 'evidence' || kind === 'notes') {
        ratings.set(id, { ...ratings.get(id), [kind]: raw });
        continue;
      }
      const parsed = parseAnswer(raw, framework);
      if (typeof parsed === 'string' && parsed !== 'not-applicable' && parsed !== 'dont-know') {
        rowIssues.push({ ...at, code: 'invalid_value', message: parsed });
      } else if (kind === 'target') {
        if (typeof parsed === 'number') targets.set(id, parsed);
        else rowIssues.push({ ...at, code: 'invalid_value', message: 'a target must be a scale value' });
      } else ratings.set(id, { ...ratings.get(id), value: parsed as number | NonScoredAnswer });
    }
    if (rowIssues.length > 0) return { row, issues: rowIssues };
    const createdAt = cell('created_at') ?? cell('updated_at') ?? now;
    const status = (cell('status') ?? options.status ?? 'submitted') as Assessment['status'];
    const assessment: Assessment = {
      schemaVersion: SCHEMA_VERSION,
      ...optional('id', cell('id')),
      framework: { id: framework.id, version: cell('framework_version') ?? framework.version },
      level,
      subject,
      perspective,
      ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
      ...optional('schoolYear', cell('school_year')),
      status,
      createdAt,
      updatedAt: cell('updated_at') ?? createdAt,
      ...optional('submittedAt', cell('submitted_at') ?? (status === 'submitted' && !metadata.has('submitted_at') ? (cell('updated_at') ?? createdAt) : undefined)),
      ratings: Object.fromEntries(ratings),
      ...(targets.size > 0 ? { targets: Object.fromEntries(targets) } : {}),
      ...optional('notes', cell('notes')),
    };
    const checked = safeParseAssessment(assessment, framework);
    if (checked.success) return { row, assessment: checked.data };
    return {
      row,
      issues: checked.issues.map((problem) => {
        const located = columnFor(problem.path, header, metadata);
        return { row, ...located, code: problem.code, message: `${problem.jsonPath}: ${problem.message}` };
      }),
    };
  };
  return { issues, read };
}

/**
 * Reads the wide survey layout into assessments, validating every cell. Unknown columns,
 * values off the scale and rows that do not make a valid assessment are reported with row,
 * column, value and reason; nothing is dropped silently.
 * @example
 * const { assessments, issues } = assessmentsFromCsv(text, framework, { level: 'district' });
 * for (const i of issues) console.warn(`row ${i.row}, ${i.column}: ${i.message}`);
 */
export function assessmentsFromCsv(text: string, framework: Framework, options: CsvReadOptions = {}): CsvAssessments {
  const assessments: Assessment[] = [];
  const issues: CsvIssue[] = [];
  let rows = 0;
  for (const result of readRows([text], framework, options)) {
    rows = Math.max(rows, result.row - 1);
    if (result.assessment) assessments.push(result.assessment);
    else for (const found of result.issues) issues.push(found);
  }
  return { assessments, issues, rows };
}

/**
 * Reads the wide survey layout from a stream of text chunks (e.g. a file read piece by piece),
 * yielding each row's assessment or problems as soon as the row is complete: any size of file
 * is read in memory bounded by the size limits. A problem with the header (row 1) ends the
 * reading, since no row can be read without it.
 * @example
 * for await (const row of assessmentsFromCsvStream(createReadStream('survey.csv', 'utf8'), framework)) {
 *   if (row.assessment) aggregator.add(row.assessment);
 *   else for (const issue of row.issues) console.warn(`row ${issue.row}, ${issue.column}: ${issue.message}`);
 * }
 */
export async function* assessmentsFromCsvStream(source: AsyncIterable<string> | Iterable<string>, framework: Framework, options: CsvReadOptions = {}): AsyncGenerator<CsvAssessmentRow> {
  const rows = new RowQueue(framework, options);
  for await (const chunk of source) {
    rows.push(chunk);
    yield* rows.drain();
    if (rows.stopped) return;
  }
  rows.end();
  yield* rows.drain();
}

function* readRows(chunks: Iterable<string>, framework: Framework, options: CsvReadOptions): Generator<CsvAssessmentRow> {
  const rows = new RowQueue(framework, options);
  for (const chunk of chunks) {
    rows.push(chunk);
    yield* rows.drain();
    if (rows.stopped) return;
  }
  rows.end();
  yield* rows.drain();
}

/** The reading shared by the text and stream forms: text in, rows out, the header first. */
class RowQueue {
  stopped = false;
  private readonly pending: CsvAssessmentRow[] = [];
  private readonly reader: CsvReader;
  private header: string[] | undefined;
  private read: ((fields: readonly string[], row: number) => CsvAssessmentRow) | undefined;

  constructor(framework: Framework, options: CsvReadOptions) {
    this.reader = new CsvReader(
      {
        record: ({ row, fields }) => {
          if (this.stopped) return;
          if (this.read) {
            this.pending.push(this.read(fields, row));
            return;
          }
          this.header = fields;
          const plan = rowReader(fields, framework, options);
          if (plan.read) this.read = plan.read;
          else this.stop({ row, issues: plan.issues });
        },
        issue: (found) => {
          if (this.stopped) return;
          if (this.header === undefined) this.stop({ row: found.row, issues: [found] });
          else this.pending.push({ row: found.row, issues: [named(found, this.header)] });
        },
      },
      options,
    );
  }

  push(chunk: string): void {
    this.reader.push(chunk);
  }

  end(): void {
    this.reader.end();
    if (this.header === undefined && !this.stopped) this.stop({ row: 1, issues: [{ row: 1, columnIndex: 1, code: 'empty', message: 'the file has no header row' }] });
  }

  *drain(): Generator<CsvAssessmentRow> {
    // Rows are handed out in order and forgotten at once, so the queue never holds more than
    // the rows of one chunk.
    let next = 0;
    try {
      while (next < this.pending.length) yield this.pending[next++]!;
    } finally {
      this.pending.splice(0, next);
    }
  }

  private stop(row: CsvAssessmentRow): void {
    this.pending.push(row);
    this.stopped = true;
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Where each metadata field of an assessment comes from; a path not listed here falls back to its parent's. */
const PATH_COLUMNS = new Map<string, MetadataColumn>([
  ['id', 'id'],
  ['subject', 'subject_name'],
  ['subject.name', 'subject_name'],
  ['subject.type', 'subject_type'],
  ['subject.id', 'subject_id'],
  ['subject.county', 'county'],
  ['level', 'level'],
  ['framework', 'framework_version'],
  ['framework.version', 'framework_version'],
  ['framework.id', 'framework_version'],
  ['perspective', 'perspective'],
  ['perspective.kind', 'perspective'],
  ['perspective.rater', 'rater_name'],
  ['perspective.rater.name', 'rater_name'],
  ['perspective.rater.type', 'rater_type'],
  ['perspective.rater.id', 'rater_id'],
  ['perspective.rater.county', 'rater_county'],
  ['perspective.relationship', 'relationship'],
  ['respondent', 'respondent_role'],
  ['respondent.role', 'respondent_role'],
  ['respondent.name', 'respondent_name'],
  ['schoolYear', 'school_year'],
  ['status', 'status'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ['submittedAt', 'submitted_at'],
  ['notes', 'notes'],
]);

/** The column a validation problem belongs to: the item's column, or the metadata column its path came from. */
function columnFor(path: readonly (string | number)[], header: readonly string[], metadata: ReadonlyMap<MetadataColumn, number>): { column?: string; columnIndex?: number } {
  if ((path[0] === 'ratings' || path[0] === 'targets') && typeof path[1] === 'string') {
    const suffix = path[0] === 'targets' ? '#target' : path[2] === 'evidence' ? '#evidence' : path[2] === 'notes' ? '#notes' : '';
    const name = `${path[1]}${suffix}`;
    const index = header.findIndex((h) => h.trim() === name);
    return { column: name, ...(index >= 0 ? { columnIndex: index + 1 } : {}) };
  }
  for (let length = path.length; length > 0; length--) {
    const column = PATH_COLUMNS.get(path.slice(0, length).join('.'));
    if (column === undefined) continue;
    const index = metadata.get(column);
    return index === undefined ? { column } : { column: header[index]!.trim(), columnIndex: index + 1 };
  }
  return {};
}

/**
 * Reads one answer cell: a scale value ("3"), a leading value with its label ("3 - Initial
 * Implementation"), a scale label in English or Spanish, or a non-scored answer ("N/A",
 * "not applicable", "don't know", "DK"). Returns the answer, or why the text is not one.
 */
function parseAnswer(raw: string, framework: Framework): number | NonScoredAnswer | string {
  const text = raw.trim();
  const lower = text.toLowerCase();
  const nonScored = nonScoredAnswersOf(framework.scale);
  if (NOT_APPLICABLE_WORDS.has(lower) && nonScored.includes('not-applicable')) return 'not-applicable';
  if (DONT_KNOW_WORDS.has(lower.replace('’', "'")) && nonScored.includes('dont-know')) return 'dont-know';
  const values = framework.scale.levels.map((l) => l.value);
  const leading = /^(\d+)(?:\s*[-–:.)]\s*.*)?$/.exec(text);
  if (leading) {
    const value = Number(leading[1]);
    if (values.includes(value)) return value;
  } else {
    const byLabel = framework.scale.levels.find((l) => localize(l.label, 'en').toLowerCase() === lower || localize(l.label, 'es').toLowerCase() === lower);
    if (byLabel) return byLabel.value;
  }
  const words = [...(nonScored.includes('not-applicable') ? ['"not applicable"'] : []), ...(nonScored.includes('dont-know') ? ['"don\'t know"'] : [])];
  return `is not a value of the scale (${values.join(', ')}), a scale label${words.length ? ` or ${words.join(' or ')}` : ''}`;
}

const WORD_OF: Record<NonScoredAnswer, string> = { 'not-applicable': 'not applicable', 'dont-know': "don't know" };

/**
 * Writes assessments of one level in the wide survey layout that {@link assessmentsFromCsv}
 * reads back: one row each, metadata columns in use, then one column per item in framework
 * order, then evidence, notes and target columns where any assessment has them.
 * @example
 * const csv = assessmentsToCsv(assessments, framework);
 */
export function assessmentsToCsv(assessments: readonly Assessment[], framework: Framework, options: { level?: SystemLevel } = {}): string {
  const level = options.level ?? assessments[0]?.level ?? framework.levels[0]!.id;
  const instrument = instrumentFor(framework, level);
  if (!instrument) throw new RangeError(`framework "${framework.id}" has no "${level}" level`);
  const metaOf = (a: Assessment): Record<MetadataColumn, string | undefined> => {
    const rater = a.perspective.kind === 'partner' ? a.perspective : undefined;
    return {
      id: a.id,
      level: a.level,
      framework_version: a.framework.version,
      subject_name: a.subject.name,
      subject_type: a.subject.type,
      subject_id: a.subject.id,
      county: a.subject.county,
      perspective: a.perspective.kind,
      rater_name: rater?.rater.name,
      rater_type: rater?.rater.type,
      rater_id: rater?.rater.id,
      rater_county: rater?.rater.county,
      relationship: rater?.relationship,
      respondent_role: a.respondent?.role,
      respondent_name: a.respondent?.name,
      school_year: a.schoolYear,
      status: a.status,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      submitted_at: a.submittedAt,
      notes: a.notes,
    };
  };
  const metas = assessments.map(metaOf);
  const metaColumns = METADATA_COLUMNS.filter((c) => c === 'subject_name' || c === 'level' || metas.some((m) => m[c] !== undefined));
  const itemIds = instrument.items.map((i) => i.id);
  const extra = (suffix: 'evidence' | 'notes') => itemIds.filter((id) => assessments.some((a) => a.ratings[id]?.[suffix] !== undefined)).map((id) => ({ id, suffix }));
  const targetIds = [...itemIds, ...instrument.groups.map((g) => g.id)].filter((id) => assessments.some((a) => a.targets?.[id] !== undefined));
  const header: string[] = [...metaColumns, ...itemIds, ...extra('evidence').map((c) => `${c.id}#evidence`), ...extra('notes').map((c) => `${c.id}#notes`), ...targetIds.map((id) => `${id}#target`)];
  const rows: CsvCell[][] = assessments.map((a, k) => [
    ...metaColumns.map((c) => metas[k]![c]),
    ...itemIds.map((id) => {
      const value = a.ratings[id]?.value;
      return typeof value === 'string' ? WORD_OF[value] : value;
    }),
    ...extra('evidence').map(({ id }) => a.ratings[id]?.evidence),
    ...extra('notes').map(({ id }) => a.ratings[id]?.notes),
    ...targetIds.map((id) => a.targets?.[id]),
  ]);
  return writeCsv([header, ...rows]);
}
