/**
 * Reading the CLI's input files as streams: CSV in the wide survey layout, or JSON (one
 * document, an array, or JSON lines). Each document is validated as soon as it is complete and
 * then forgotten, so a file of any length is read in bounded memory. Problems are collected
 * (bounded too) with the file and JSON path, line and column, or CSV row and column.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { safeParseAssessment, safeParseFramework, type Assessment, type Framework, type SystemLevel, type ValidationIssue } from '../index.js';
import { assessmentsFromCsvStream } from '../interchange/csv-assessments.js';
import type { CsvIssue } from '../interchange/csv-text.js';
import { JsonSplitter, type JsonText } from './json-stream.js';
import { decodeJsonText, jsonSyntaxError, lineAndColumn } from '../validate/json-text.js';
import { echo, type Problems } from './report.js';

/** Bad input the user can fix (exit code 1). */
export class InputError extends Error {}

/** Size limits for reading, in characters. */
export interface ReadLimits {
  /** Longest CSV field. */
  maxField: number;
  /** Longest CSV row. */
  maxCsvRecord: number;
  /** Longest JSON document (one value, array element or line). */
  maxJsonRecord: number;
}

/** What reading needs: where problems go, and how to read. */
export interface ReadContext {
  framework: Framework;
  level: SystemLevel | undefined;
  limits: ReadLimits;
  problems: Problems;
  stdin: Readable;
}

/** A document read and validated, with where it came from. */
export type Document = { source: string; assessment: Assessment; framework?: undefined } | { source: string; assessment?: undefined; framework: Framework };

export const displayName = (file: string) => (file === '-' ? 'standard input' : file);

/** The text of a file (or "-" for standard input) in chunks, decoded as UTF-8. */
export async function* textOf(file: string, stdin: Readable): AsyncGenerator<string> {
  // A terminal would wait for typed input that nobody means to type.
  if (file === '-' && (stdin as Readable & { isTTY?: boolean }).isTTY) throw new InputError('no input: name a file, or pipe assessments to standard input');
  const stream = file === '-' ? stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${displayName(file)}: cannot be read (${code ?? (error as Error).message})`);
  }
}

/** Splits off the start of a stream to decide its format, then gives the whole stream back. */
async function sniff(chunks: AsyncGenerator<string>): Promise<{ first: string; rest: AsyncGenerator<string> }> {
  let first = '';
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    first += next.value;
    if (/[^\s\ufeff]/.test(first)) break;
  }
  async function* rest(): AsyncGenerator<string> {
    if (first !== '') yield first;
    yield* chunks;
  }
  return { first, rest: rest() };
}

const isJsonName = (file: string) => /\.(json|jsonl|ndjson)$/i.test(file);
const isCsvName = (file: string) => /\.csv$/i.test(file);

/** Where a CSV problem is: file, row, column and the value, as the user sees them. */
export function csvLocation(name: string, issue: CsvIssue): string {
  const column = issue.column !== undefined ? `, column ${issue.column}` : issue.columnIndex !== undefined ? `, column ${issue.columnIndex}` : '';
  return `${name} row ${issue.row}${column}${issue.value !== undefined ? ` (${echo(issue.value)})` : ''}: ${issue.message}`;
}

const issueLines = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.jsonPath}: ${i.message}`);

/**
 * The documents of one file, validated, in order. Problems go to `context.problems` and the
 * documents with problems are left out. With `frameworks`, a JSON document that has levels and
 * no ratings is read as a framework.
 */
export async function* documentsIn(file: string, context: ReadContext, options: { frameworks?: boolean } = {}): AsyncGenerator<Document> {
  const name = displayName(file);
  const { first, rest } = await sniff(textOf(file, context.stdin));
  const json = isJsonName(file) || (!isCsvName(file) && /^[\s\ufeff]*[[{]/.test(first));
  if (!json) {
    const csvOptions = { ...(context.level ? { level: context.level } : {}), maxFieldLength: context.limits.maxField, maxRecordLength: context.limits.maxCsvRecord };
    for await (const row of assessmentsFromCsvStream(rest, context.framework, csvOptions)) {
      if (row.assessment) yield { source: `${name} row ${row.row}`, assessment: row.assessment };
      else for (const issue of row.issues) context.problems.add(csvLocation(name, issue));
    }
    return;
  }
  const splitter = new JsonSplitter(context.limits.maxJsonRecord);
  // One value is held back until the next arrives, so a file of a single document is named by
  // the file alone, and each of many by its index or line.
  let held: JsonText | undefined;
  const check = (value: JsonText, only: boolean): Document | undefined => {
    const source = value.inArray ? `${name}[${value.index}]` : only ? name : `${name} line ${value.line}`;
    let parsed: unknown;
    try {
      parsed = 'parsed' in value ? value.parsed : JSON.parse(value.text);
    } catch {
      const found = jsonSyntaxError(value.text) ?? { offset: 0, message: 'is not valid JSON' };
      const at = lineAndColumn(value.text, found.offset, value);
      context.problems.add(`${name} line ${at.line}, column ${at.column}: invalid JSON: ${found.message}`);
      return undefined;
    }
    // JSON readers keep the last of a key written twice; say so rather than lose the first silently.
    const duplicates = 'parsed' in value ? [] : decodeJsonText(value.text).issues.filter((found) => found.code === 'duplicate_key');
    if (duplicates.length > 0) {
      context.problems.addUnder(`Keys written twice (${source}): ${count(duplicates.length)}`, issueLines(duplicates));
      return undefined;
    }
    if (options.frameworks && isFrameworkLike(parsed)) {
      const result = safeParseFramework(parsed, { source });
      if (result.success) return { source, framework: result.data };
      context.problems.addUnder(`Invalid framework (${source}): ${count(result.error.issues.length)}`, issueLines(result.error.issues));
      return undefined;
    }
    const result = safeParseAssessment(parsed, context.framework, { source });
    if (result.success) return { source, assessment: result.data };
    context.problems.addUnder(`Invalid assessment (${source}): ${count(result.error.issues.length)}`, issueLines(result.error.issues));
    return undefined;
  };
  const pieces = async function* () {
    for await (const chunk of rest) yield* splitter.push(chunk);
    yield* splitter.end();
  };
  for await (const piece of pieces()) {
    if (piece.problem) {
      context.problems.add(`${name} line ${piece.problem.line}, column ${piece.problem.column}: invalid JSON: ${piece.problem.message}`);
      continue;
    }
    if (held) {
      const document = check(held, false);
      if (document) yield document;
    }
    held = piece.value;
  }
  if (held) {
    const document = check(held, held.index === 0 && !held.inArray);
    if (document) yield document;
  }
}

const count = (n: number) => (n === 1 ? '1 problem' : `${n.toLocaleString('en-US')} problems`);

function isFrameworkLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'levels') && !Object.hasOwn(value, 'ratings');
}

/** The assessments of several files in turn ("-" or none: standard input), problems collected. */
export async function* assessmentsIn(files: readonly string[], context: ReadContext): AsyncGenerator<Document & { assessment: Assessment }> {
  for (const file of files.length === 0 ? ['-'] : files) {
    try {
      for await (const document of documentsIn(file, context)) if (document.assessment) yield document;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      context.problems.add(error.message);
    }
  }
}
