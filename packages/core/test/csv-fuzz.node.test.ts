/**
 * A seeded fuzz corpus: valid survey CSV files and JSON documents, mutated the ways real files
 * break (stray quotes and delimiters, cut lines, control characters, byte-order marks,
 * JavaScript-flavoured ids, huge cells), read by the CSV reader and the CLI's JSON reader. Every
 * document must be read without a crash, every row accounted for, and every rejection located:
 * CSV by row and column, JSON by line and column.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { assessmentsFromCsvStream, assessmentsToCsv, CsvReader, readCsv, safeParseAssessment, type Assessment, type CsvIssue } from '../src/index.js';
import { JsonSplitter } from '../src/cli/json-stream.js';
import { jsonSyntaxError, lineAndColumn } from '../src/validate/json-text.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const framework = scoringFramework();
const DOCUMENTS = 10_000;

const bases: Assessment[][] = [
  [assessmentOf(framework, CASE_A), assessmentOf(framework, { ...CASE_A, e1: 'not-applicable', k2: 'dont-know' })],
  [assessmentOf(framework, CASE_A, { perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } }, schoolYear: '2025-26', notes: 'Reviewed, "twice"' })],
  [assessmentOf(framework, { e1: 1, e2: 2 }, { targets: { e1: 4, c1: 3 } }), assessmentOf(framework, CASE_A), assessmentOf(framework, { k4: 5 })],
];
const baseTexts = bases.map((list) => assessmentsToCsv(list, framework));

/** Fragments that break CSV files in the wild. */
const fragment = fc.oneof(
  fc.constantFrom('"', '""', ',', '\n', '\r', '\r\n', '\uFEFF', '\u0000', '\u001b[31m', "'", '=', '＝', '|', ' ', '\u00a0', '\u200b', '#', '#target', '#notes'),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'level', 'subject_name', 'district', 'coe', 'state', 'n/a', 'DK', '9', '-1', '3.5', '1e3', 'Level 4', 'NaN'),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: 30, max: 300 }).map((n) => 'x'.repeat(n)),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : ('at' in m ? m.at : 0) % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'duplicate') out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else {
      const lines = out.split('\n');
      const [x, y] = [m.a % lines.length, m.b % lines.length];
      [lines[x], lines[y]] = [lines[y]!, lines[x]!];
      out = lines.join('\n');
    }
  }
  return out;
}

/** Splits text into chunks at the given cut points, as a stream would deliver it. */
function chunked(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => (text.length === 0 ? 0 : c % text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

describe('fuzz: mutated CSV documents through the CSV reader', () => {
  it(`reads ${DOCUMENTS.toLocaleString('en-US')} mutated documents without a crash, accounting for every row and locating every rejection`, async () => {
    let documents = 0;
    let rejected = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: baseTexts.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom(undefined, 64, 256),
        async (base, mutations, cuts, limit) => {
          documents++;
          const text = mutate(baseTexts[base]!, mutations);
          const options = { now: '2026-10-01T00:00:00Z', ...(limit ? { maxFieldLength: limit, maxRecordLength: limit * 4 } : {}) };
          // Where a stream cuts the text changes nothing: the same records and problems as in one piece.
          const records: string[][] = [];
          const issues: CsvIssue[] = [];
          const reader = new CsvReader({ record: (r) => records.push(r.fields), issue: (i) => issues.push(i) }, options);
          for (const chunk of chunked(text, cuts)) reader.push(chunk);
          reader.end();
          expect({ records, issues }).to.deep.equal(readCsv(text, options));
          let lastRow = 0;
          for await (const row of assessmentsFromCsvStream(chunked(text, cuts), framework, options)) {
            // Rows come in order, each exactly once: nothing is dropped in silence.
            expect(row.row).to.be.greaterThan(lastRow);
            lastRow = row.row;
            if (row.assessment) {
              accepted++;
              expect(safeParseAssessment(row.assessment, framework).success).to.equal(true);
              continue;
            }
            expect(row.issues.length).to.be.greaterThan(0);
            for (const issue of row.issues) {
              rejected++;
              expect(Number.isInteger(issue.row) && issue.row >= 1, JSON.stringify(issue)).to.equal(true);
              const located = (typeof issue.column === 'string' && issue.column !== '') || (Number.isInteger(issue.columnIndex) && issue.columnIndex! >= 1);
              expect(located, `not located by column: ${JSON.stringify(issue)} in ${JSON.stringify(text)}`).to.equal(true);
              expect(issue.message).to.be.a('string').and.not.equal('');
            }
          }
        },
      ),
      { seed: 20261123, numRuns: DOCUMENTS },
    );
    console.log(`      ${documents.toLocaleString('en-US')} documents: ${accepted.toLocaleString('en-US')} rows accepted, ${rejected.toLocaleString('en-US')} problems located`);
    expect(documents).to.equal(DOCUMENTS);
  });
});

describe('fuzz: mutated JSON documents through the CLI JSON reader', () => {
  const jsonBases = [
    JSON.stringify(assessmentOf(framework, CASE_A), null, 2),
    bases.flat().map((a) => JSON.stringify(a)).join('\n'),
    JSON.stringify(bases.flat()),
  ];
  const jsonFragment = fc.oneof(fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\uFEFF', '\u0000', 'null', '1e999', '-', "'", '\\u12'), fc.string({ unit: 'binary', maxLength: 6 }));
  const jsonMutation = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: jsonFragment }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );

  it(`splits ${DOCUMENTS.toLocaleString('en-US')} mutated documents without a crash, locating every syntax error by line and column`, () => {
    fc.assert(
      fc.property(fc.nat({ max: jsonBases.length - 1 }), fc.array(jsonMutation, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 }), (base, mutations, cuts) => {
        const text = mutate(jsonBases[base]!, mutations);
        const lines = text.split('\n').length;
        const splitter = new JsonSplitter(4096);
        const pieces = [...chunked(text, cuts).flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
        for (const piece of pieces) {
          if (piece.problem) {
            expect(piece.problem.line).to.be.within(1, lines);
            expect(piece.problem.column).to.be.at.least(1);
            continue;
          }
          const value = piece.value;
          let valid = true;
          try {
            JSON.parse(value.text);
          } catch {
            valid = false;
          }
          // The locator agrees with JSON.parse on every text, and points inside it.
          const error = jsonSyntaxError(value.text);
          expect(error === undefined, JSON.stringify(value.text)).to.equal(valid);
          if (error) {
            expect(error.offset).to.be.within(0, value.text.length);
            const at = lineAndColumn(value.text, error.offset, value);
            expect(at.line).to.be.within(1, lines);
            expect(at.column).to.be.at.least(1);
          }
        }
      }),
      { seed: 20261124, numRuns: DOCUMENTS },
    );
  });
});
