/**
 * Seeded fuzz corpus: at least 10,000 mutated documents of each kind — frameworks, assessments,
 * aggregate states and score inputs (assessment + options + gap request) — go through parse,
 * score, gaps, aggregate and merge, as objects and as JSON text.
 *
 * The contract under test: bad input is rejected with a SosValidationError whose every issue is
 * located by a JSON path inside the input; anything else thrown is a crash. Input that is
 * accepted must produce results that satisfy the published result schemas.
 *
 * Node only (named *.node.test.ts): 40,000+ documents would only slow the browser run, and the
 * code under test is the same.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  AggregateResultSchema,
  aggregateAssessments,
  Aggregator,
  analyzeGaps,
  createAssessment,
  GapReportSchema,
  instrumentFor,
  mergeAggregateStates,
  rollupAssessments,
  safeParseAggregateState,
  safeParseAssessment,
  safeParseFramework,
  scoreAssessment,
  ScoreResultSchema,
  SosValidationError,
  summarizeAggregate,
  type Assessment,
} from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const SEED = 20261123;
const DOCUMENTS_PER_KIND = Number(process.env.FUZZ_RUNS ?? 10_000);

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function deepValue(depth: number): Json {
  let value: Json = 1;
  for (let i = 0; i < depth; i++) value = { method: value };
  return value;
}

/** Values that have broken JSON libraries before: wrong types, extremes, huge and deep values. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', '\u0000', '\u202e', 'constructor', '__proto__', [], {}, '02'),
  // Big values by name, made when applied, so a counterexample prints in a line.
  fc.constantFrom<unknown>({ big: 'long string' }, { big: 'deep object' }, { big: 'long array' }),
  fc.integer({ min: -5, max: 105 }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 3 }),
);
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', ' ', 'x'.repeat(10_000)), fc.string({ maxLength: 8 }));

type Mutation =
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'delete'; pick: number }
  | { op: 'add'; pick: number; key: string; value: unknown }
  | { op: 'retype'; pick: number }
  | { op: 'truncate'; pick: number; keep: number }
  | { op: 'duplicate'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), pick: fc.nat(), key: hostileKey, value: hostileValue }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), pick: fc.nat(), keep: fc.nat({ max: 3 }) }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
);

interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
}

/** Walks a JSON value in document order without recursion (values may be deeply nested). */
function* nodes(root: unknown): Generator<Visit> {
  const stack: Visit[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    yield visit;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) stack.push({ value: (value as Record<string | number, unknown>)[keys[k]!], key: keys[k], parent: visit });
  }
}

/** The path of node number `pick` (modulo the node count) in document order, the root being 0. */
function pathAt(root: unknown, pick: number): Path {
  let count = 0;
  for (const _ of nodes(root)) count++;
  let left = pick % count;
  for (const visit of nodes(root)) {
    if (left-- > 0) continue;
    const path: Path = [];
    for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) path.unshift(v.key);
    return path;
  }
  return [];
}

function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function get(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

const BIG: ReadonlyMap<string, () => unknown> = new Map<string, () => unknown>([
  ['long string', () => 'x'.repeat(20_000)],
  ['deep object', () => deepValue(1_000)],
  ['long array', () => Array.from({ length: 2_000 }, () => 1)],
]);

function materialize(value: unknown): unknown {
  const name = value !== null && typeof value === 'object' && Object.keys(value).length === 1 ? (value as { big?: unknown }).big : undefined;
  return typeof name === 'string' ? (BIG.get(name)?.() ?? value) : value;
}

/** Applies mutations to a deep copy of `doc`; the original is never touched. */
function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = JSON.parse(JSON.stringify(doc));
  for (const m of mutations) {
    const path = pathAt(root, m.pick);
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = key === undefined ? undefined : (get(root, parentPath) as Record<string | number, unknown>);
    const current = get(root, path);
    const replace = (value: unknown) => (parent === undefined || key === undefined ? (root = value) : setOwn(parent, key, value));
    switch (m.op) {
      case 'set':
        replace(materialize(m.value));
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (parent && key !== undefined) delete parent[key];
        break;
      case 'add':
        if (current !== null && typeof current === 'object' && !Array.isArray(current)) setOwn(current as Record<string, unknown>, m.key, materialize(m.value));
        else if (Array.isArray(current)) current.push(materialize(m.value));
        break;
      case 'retype':
        replace(typeof current === 'number' ? String(current) : typeof current === 'string' ? Number(current) || current.length : Array.isArray(current) ? { ...current } : current !== null && typeof current === 'object' ? Object.values(current) : String(current));
        break;
      case 'truncate':
        if (Array.isArray(current)) current.length = Math.min(current.length, m.keep);
        else if (typeof current === 'string') replace(current.slice(0, m.keep));
        break;
      case 'duplicate':
        if (Array.isArray(current) && current.length > 0) current.push(JSON.parse(JSON.stringify(current[0])));
        break;
    }
  }
  return root;
}

type TextMutation = { at: number; op: 'insert' | 'delete' | 'replace'; char: string } | { op: 'bom' } | { op: 'duplicate-key'; at: number };
const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const), at: fc.nat(), char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', '\uFEFF', 'x', '0', ' ', '\u0000') }),
  fc.record({ op: fc.constant('bom' as const) }),
  fc.record({ op: fc.constant('duplicate-key' as const), at: fc.nat() }),
);

/** Applies a character-level mutation to JSON text. */
function mutateText(text: string, m: TextMutation): string {
  if (m.op === 'bom') return `\uFEFF${text}`;
  if (m.op === 'duplicate-key') {
    // Repeat one `"key": value` member right after itself.
    const members = [...text.matchAll(/"[^"\\]*":\s*(?:"[^"\\]*"|-?\d+(?:\.\d+)?|true|false|null)/g)];
    if (members.length === 0) return text;
    const member = members[m.at % members.length]!;
    const end = member.index + member[0].length;
    return `${text.slice(0, end)}, ${member[0]}${text.slice(end)}`;
  }
  const at = m.at % (text.length + 1);
  if (m.op === 'insert') return text.slice(0, at) + m.char + text.slice(at);
  if (m.op === 'delete') return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + m.char + text.slice(at + 1);
}

// ---------------------------------------------------------------------------------------------
// The contract
// ---------------------------------------------------------------------------------------------

/** Where `path` points must exist in `root` — or, for a missing property, its parent must. */
function located(root: unknown, path: readonly (string | number)[]): boolean {
  let current = root;
  for (let k = 0; k < path.length; k++) {
    if (current === null || typeof current !== 'object') return false;
    const key = path[k]!;
    if (!Object.hasOwn(current, key)) return k === path.length - 1;
    current = (current as Record<string | number, unknown>)[key];
  }
  return true;
}

const tally = { accepted: 0, rejected: 0, calls: 0 };

/**
 * Runs `act`; a SosValidationError must locate every issue inside `root` (or, for options
 * errors, inside `options`). Anything else thrown fails the spec with the input that caused it.
 */
function expectContract<T>(what: string, act: () => T, root: unknown, options?: unknown): T | undefined {
  tally.calls++;
  try {
    const out = act();
    tally.accepted++;
    return out;
  } catch (error) {
    if (!(error instanceof SosValidationError)) throw new Error(`${what} crashed with ${String(error)}`);
    tally.rejected++;
    // Plain checks rather than chai: this runs a few hundred thousand times.
    if (error.issues.length === 0) throw new Error(`${what}: a rejection without issues`);
    for (const found of error.issues) {
      const within = error.kind === 'options' ? options : root;
      if (!found.jsonPath.startsWith('$') || !located(within, found.path)) throw new Error(`${what}: ${found.jsonPath} (${found.code}: ${found.message}) is not inside the input`);
      if (found.message.length >= 600) throw new Error(`${what}: a message of ${found.message.length} characters`);
    }
    return undefined;
  }
}

/** The same contract for `safeParse*` results. */
function expectParse<T>(what: string, result: { success: true; data: T } | { success: false; issues: readonly { path: (string | number)[]; jsonPath: string }[] }, root: unknown): T | undefined {
  tally.calls++;
  if (result.success) {
    tally.accepted++;
    return result.data;
  }
  tally.rejected++;
  if (result.issues.length === 0) throw new Error(`${what}: a rejection without issues`);
  for (const found of result.issues) if (!located(root, found.path)) throw new Error(`${what}: ${found.jsonPath} is not inside the input`);
  return undefined;
}

/** JSON.parse of text the library read, for locating issues; undefined when it is not JSON. */
function parsedText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

const framework = scoringFramework();
const base = assessmentOf(framework, CASE_A, { targets: { c1: 4, k2: 5 }, schoolYear: '2025-26' });
const partnerBase: Assessment = { ...assessmentOf(framework, { e1: 3, k1: 2 }), perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } } };
// A coarse resolution keeps the state small (41 bins per group), so the corpus runs quickly.
const stateBase = new Aggregator(framework, 'district', { resolution: 0.1 }).add(base).add(assessmentOf(framework, { e1: 'not-applicable', e2: 1 })).state();
const PARAMETERS = { seed: SEED, numRuns: DOCUMENTS_PER_KIND, endOnFailure: true, includeErrorInReport: true } as const;
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

describe(`fuzz corpus (seed ${SEED}, ${DOCUMENTS_PER_KIND.toLocaleString('en-US')} mutated documents per kind)`, () => {
  after(() => {
    // For the record in the test log: how much of the corpus was accepted and how much rejected.
    console.log(`fuzz: ${tally.calls.toLocaleString('en-US')} calls, ${tally.accepted.toLocaleString('en-US')} accepted, ${tally.rejected.toLocaleString('en-US')} rejected with located issues, 0 crashes`);
  });

  it('frameworks: parse as object and text; accepted ones score, compare and aggregate', () => {
    fc.assert(
      fc.property(mutations, fc.option(textMutation, { nil: undefined }), (ms, tm) => {
        const doc = mutate(framework, ms);
        const parsed = expectParse('safeParseFramework', safeParseFramework(doc), doc);
        if (tm) {
          const text = mutateText(JSON.stringify(doc) ?? 'null', tm);
          expectParse('safeParseFramework(text)', safeParseFramework(text), parsedText(text));
        }
        if (!parsed) return;
        for (const level of parsed.levels) {
          const item = instrumentFor(parsed, level.id)!.items[0];
          const draft = createAssessment(parsed, { level: level.id, subject: { name: 'Any', type: 'other' }, now: '2026-09-01T16:00:00Z' });
          const rated: Assessment = item ? { ...draft, ratings: { [item.id]: { value: parsed.scale.levels[0]!.value } } } : draft;
          const score = expectContract('scoreAssessment', () => scoreAssessment(rated, parsed), rated);
          if (score) expect(ScoreResultSchema.safeParse(score).success).to.equal(true);
          const aggregate = expectContract('aggregateAssessments', () => aggregateAssessments([rated, draft], parsed), [rated, draft]);
          if (aggregate) expect(AggregateResultSchema.safeParse(aggregate).success).to.equal(true);
          const request = { comparison: 'current-vs-target' as const, current: [rated], defaultTarget: parsed.scale.levels[0]!.value };
          const gaps = expectContract('analyzeGaps', () => analyzeGaps(parsed, request), request);
          if (gaps) expect(GapReportSchema.safeParse(gaps).success).to.equal(true);
        }
      }),
      PARAMETERS,
    );
  });

  // Every mutated assessment is parsed and scored; each also goes through one of the other entry
  // points (chosen by the generator), so the corpus covers them all in reasonable time.
  const downstream: ((doc: Assessment) => void)[] = [
    (doc) => {
      const batch = [base, doc];
      const aggregate = expectContract('aggregateAssessments', () => aggregateAssessments(batch, framework), batch);
      if (aggregate) expect(AggregateResultSchema.safeParse(aggregate).success).to.equal(true);
    },
    (doc) => expectContract('aggregateAssessments (first)', () => aggregateAssessments([doc, base], framework), [doc, base]),
    (doc) => expectContract('rollupAssessments', () => rollupAssessments([base, doc], framework, { by: 'county' }), [base, doc]),
    (doc) => {
      const targets = { comparison: 'current-vs-target' as const, current: [doc] };
      const gaps = expectContract('analyzeGaps (targets)', () => analyzeGaps(framework, targets), targets);
      if (gaps) expect(GapReportSchema.safeParse(gaps).success).to.equal(true);
    },
    (doc) => {
      const sides = { comparison: 'self-vs-partner' as const, self: doc, partner: [partnerBase] };
      expectContract('analyzeGaps (partner)', () => analyzeGaps(framework, sides), sides);
    },
  ];

  it('assessments: parse, score, gaps, aggregate and rollup', () => {
    fc.assert(
      fc.property(mutations, fc.option(textMutation, { nil: undefined }), fc.nat(downstream.length - 1), (ms, tm, route) => {
        const doc = mutate(base, ms) as Assessment;
        expectParse('safeParseAssessment', safeParseAssessment(doc, framework), doc);
        if (tm) {
          const text = mutateText(JSON.stringify(doc) ?? 'null', tm);
          expectParse('safeParseAssessment(text)', safeParseAssessment(text, framework), parsedText(text));
        }
        const score = expectContract('scoreAssessment', () => scoreAssessment(doc, framework), doc);
        if (score) expect(ScoreResultSchema.safeParse(score).success).to.equal(true);
        downstream[route]!(doc);
      }),
      PARAMETERS,
    );
  });

  it('aggregate states: parse, merge and summarize', () => {
    fc.assert(
      fc.property(mutations, fc.option(textMutation, { nil: undefined }), (ms, tm) => {
        const doc = mutate(stateBase, ms) as typeof stateBase;
        expectParse('safeParseAggregateState', safeParseAggregateState(doc, framework), doc);
        if (tm) {
          const text = mutateText(JSON.stringify(doc) ?? 'null', tm);
          expectParse('safeParseAggregateState(text)', safeParseAggregateState(text, framework), parsedText(text));
        }
        const merged = expectContract('mergeAggregateStates', () => mergeAggregateStates(stateBase, doc), [stateBase, doc]);
        expectContract('mergeAggregateStates (first)', () => mergeAggregateStates(doc, doc), [doc, doc]);
        const summary = expectContract('summarizeAggregate', () => summarizeAggregate(doc, framework), doc);
        if (summary) expect(AggregateResultSchema.safeParse(summary).success).to.equal(true);
        if (merged) expectContract('summarizeAggregate (merged)', () => summarizeAggregate(merged, framework), merged);
      }),
      PARAMETERS,
    );
  });

  it('score inputs: options and gap requests', () => {
    const options = { minScoredShare: 0.5, weighted: true, precision: 2, resolution: 0.05, key: 'Sample', by: 'county', defaultTarget: 4 };
    fc.assert(
      fc.property(mutations, mutations, (optionMutations, requestMutations) => {
        const opts = mutate(options, optionMutations) as Record<string, never>;
        const score = expectContract('scoreAssessment (options)', () => scoreAssessment(base, framework, opts), base, opts);
        if (score) expect(ScoreResultSchema.safeParse(score).success).to.equal(true);
        const aggregate = expectContract('aggregateAssessments (options)', () => aggregateAssessments([base], framework, opts), [base], opts);
        if (aggregate) expect(AggregateResultSchema.safeParse(aggregate).success).to.equal(true);
        expectContract('rollupAssessments (options)', () => rollupAssessments([base], framework, opts as never), [base], opts);
        const request = mutate({ comparison: 'self-vs-partner', self: [base], partner: [partnerBase], defaultTarget: 4 }, requestMutations) as never;
        const gaps = expectContract('analyzeGaps (request)', () => analyzeGaps(framework, request, opts), request, opts);
        if (gaps) expect(GapReportSchema.safeParse(gaps).success).to.equal(true);
      }),
      PARAMETERS,
    );
  });
});
