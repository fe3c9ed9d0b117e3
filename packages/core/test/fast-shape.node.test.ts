/**
 * The compiled fast path of the parse functions against zod itself: for valid documents and for
 * random mutations of them, fastSafeParse must make zod's decision, return zod's output (keys in
 * zod's order, optional keys given as undefined kept) and, on rejection, zod's own issues.
 * Node only: it reads the fixture corpus from disk.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  aggregateAssessments,
  AggregateResultSchema,
  AggregateStateSchema,
  Aggregator,
  AssessmentSchema,
  analyzeGaps,
  FrameworkSchema,
  GapReportSchema,
  ImprovementPlanSchema,
  safeParseAggregateResult,
  safeParseAggregateState,
} from '../src/index.js';
import { fastSafeParse, hasFastPath } from '../src/validate/fast-shape.js';
import { fromZodIssues } from '../src/validate/zod-issues.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const corpus = (kind: string): unknown[] =>
  readdirSync(`${fixtures}${kind}/valid/`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${fixtures}${kind}/valid/${f}`, 'utf8')) as unknown);

const framework = scoringFramework();
const raters = [assessmentOf(framework, CASE_A), assessmentOf(framework, { e1: 'not-applicable', e2: 'dont-know', k1: 3 }), assessmentOf(framework, { e4: 5 })];
const aggregator = new Aggregator(framework, 'district', { key: 'district-1' });
for (const rater of raters) aggregator.add(rater);

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const partner = assessmentOf(framework, { ...CASE_A, e2: 'dont-know' }, { perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe', id: 'coe-1' }, relationship: 'differentiated-assistance' }, targets: { e1: 4, c2: 3 } });
const KINDS = [
  { name: 'assessment', schema: AssessmentSchema, documents: [...raters.map(json), json(partner), ...corpus('assessment')] },
  { name: 'aggregate state', schema: AggregateStateSchema, documents: [json(aggregator.state()), ...corpus('aggregate-state')] },
  { name: 'aggregate result', schema: AggregateResultSchema, documents: [json(aggregator.result()), json(aggregateAssessments(raters.slice(1), framework))] },
  { name: 'framework', schema: FrameworkSchema, documents: [json(framework), ...corpus('framework')] },
  { name: 'gap report', schema: GapReportSchema, documents: [json(analyzeGaps(framework, { comparison: 'current-vs-target', current: raters, defaultTarget: 4 }))] },
  { name: 'improvement plan', schema: ImprovementPlanSchema, documents: corpus('improvement-plan') },
] as const;

/** Every place in a document, root first. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...at, key], out);
  return out;
}

/** Values on either side of every check the fast path compiles: bounds, integers, formats, types. */
const edgeValue = fc.oneof(
  fc.constantFrom<unknown>(0, -0, -1, 1, 1.5, 0.5, 2, 12, 13, 100, 101, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308),
  fc.constantFrom<unknown>('', 'a', 'A', 'a-b', 'a--b', 'a.b', '-a', 'x'.repeat(120), 'x'.repeat(121), '1.0.0', '1.0', '2026-01-15', 'district', 'condition', 'weighted-mean', 'sos-kit/aggregate-state'),
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [1, 2], [-1], [1.5], { id: 'a' }),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 6 }),
);

type Mutation = { op: 'set' | 'add' | 'delete' | 'hole' | 'inherit'; pick: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'set', 'add', 'delete', 'hole', 'inherit'),
  pick: fc.nat(),
  key: fc.constantFrom('id', 'x', 'key', 'mean', 'score', '__proto__', 'constructor', 'kind', 'value', 'e1', '1'),
  value: edgeValue,
});

/** A mutated deep copy; holes and inherited keys are the odd shapes only objects (not JSON) have. */
function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  let root = json(document);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.pick % all.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<string | number, unknown> | undefined;
    const key = path[path.length - 1];
    const target = key === undefined ? root : parent![key];
    const put = (value: unknown) => (key === undefined ? (root = value) : Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true }));
    if (m.op === 'set') put(m.value);
    else if (m.op === 'delete' && parent && key !== undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (target !== null && typeof target === 'object') {
      if (Array.isArray(target)) {
        if (m.op === 'hole') target.length += 1;
        else target.push(m.value);
      } else if (m.op === 'inherit') put(Object.assign(Object.create({ [m.key]: m.value }) as object, target));
      else Object.defineProperty(target, m.key, { value: m.value, writable: true, enumerable: true, configurable: true });
    }
  }
  return root;
}

/** The structure with key order and undefined values visible, for comparing outputs exactly. */
const exact = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (v === undefined ? '<undefined>' : v));

/**
 * Whether zod was asked: the fast path must answer every document zod accepts on its own (else
 * it is only slow), and hand every other one to zod.
 */
function withZodCalls<T>(schema: z.ZodMiniType, run: (watched: z.ZodMiniType) => T): [T, number] {
  let calls = 0;
  const watched = Object.create(schema) as z.ZodMiniType;
  Object.defineProperty(watched, 'safeParse', { value: (value: unknown) => (calls++, schema.safeParse(value)) });
  return [run(watched), calls];
}

function expectSameAsZod(schema: z.ZodMiniType, document: unknown): void {
  const [fast, zodCalls] = withZodCalls(schema, (watched) => fastSafeParse(watched, document));
  const reference = schema.safeParse(document);
  expect(zodCalls, 'documents zod accepts never leave the fast path').to.equal(reference.success && hasFastPath(schema) ? 0 : 1);
  expect(fast.success, `fast path ${fast.success ? 'accepts' : 'rejects'} what zod ${reference.success ? 'accepts' : 'rejects'}: ${exact(document).slice(0, 400)}`).to.equal(reference.success);
  if (fast.success && reference.success) {
    expect(exact(fast.data)).to.equal(exact(reference.data));
    expect(fast.data).to.deep.equal(reference.data);
    if (document !== null && typeof document === 'object') expect(fast.data).not.to.equal(document, 'a copy, as zod returns');
  } else {
    expect(fromZodIssues(fast.error!.issues, document)).to.deep.equal(fromZodIssues(reference.error!.issues, document));
  }
}

describe('fast path of the parse functions', () => {
  it('compiles the schemas of the documents that come in bulk (assessments, aggregate states and results)', () => {
    for (const { schema } of KINDS) expect(hasFastPath(schema)).to.equal(true);
  });

  for (const { name, schema, documents } of KINDS) {
    it(`${name}: decides, outputs and reports exactly like zod, for valid documents and random mutations of them`, () => {
      expect(documents.length).to.be.greaterThan(0);
      for (const document of documents) expectSameAsZod(schema, document);
      fc.assert(
        fc.property(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 3 }), (document, mutations) => expectSameAsZod(schema, mutate(document, mutations))),
        { numRuns: 600, seed: 20261123 },
      );
    });
  }

  it('keeps an optional key given as undefined and leaves out one never given, like zod', () => {
    const schema = z.strictObject({ a: z.optional(z.number()), b: z.optional(z.number()), c: z.array(z.int()) });
    expectSameAsZod(schema, { a: undefined, c: [1] });
    expect(Object.keys(fastSafeParse(schema, { a: undefined, c: [1] }).data!)).to.deep.equal(['a', 'c']);
  });

  it('leaves what it does not understand to zod (refinements, records of checked keys), with the same results', () => {
    const refined = z.strictObject({ n: z.number().check(z.refine((n) => n % 2 === 0)) });
    const checkedKeys = z.record(z.string().check(z.regex(/^a/)), z.number());
    expect(hasFastPath(refined)).to.equal(false);
    expect(hasFastPath(checkedKeys)).to.equal(false);
    expectSameAsZod(refined, { n: 3 });
    expectSameAsZod(refined, { n: 4 });
    expectSameAsZod(checkedKeys, { a: 1, b: 2 });
    expectSameAsZod(checkedKeys, { a: 1, ab: 2 });
  });

  it('reads records as zod does: an own "__proto__" left out, symbol keys refused, odd prototypes judged alike', () => {
    const record = z.record(z.string(), z.number());
    expect(hasFastPath(record)).to.equal(true);
    expectSameAsZod(record, JSON.parse('{"a": 1, "__proto__": 2, "2": 3, "1": 4}'));
    expectSameAsZod(record, { a: 1, [Symbol('s')]: 2 });
    expectSameAsZod(record, Object.assign(Object.create(null) as object, { a: 1 }));
    expectSameAsZod(record, Object.assign(Object.create({ inherited: 'x' }) as object, { a: 1 }));
    expectSameAsZod(record, new (class Odd { a = 1; })());
    expectSameAsZod(record, Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
    expectSameAsZod(record, [1, 2]);
    expectSameAsZod(record, { a: Number.NaN });
  });

  it('picks the option of a discriminated union by its literal, as zod does', () => {
    const perspective = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('self') }), z.strictObject({ kind: z.literal('partner'), name: z.string() })]);
    expect(hasFastPath(perspective)).to.equal(true);
    for (const value of [{ kind: 'self' }, { kind: 'partner', name: 'COE' }, { kind: 'partner' }, { kind: 'other' }, {}, null, [], Object.create({ kind: 'self' }) as object]) expectSameAsZod(perspective, value);
  });

  it('a bad count deep in a big state is reported at its JSON path with zod\'s message', () => {
    const state = json(aggregator.state()) as { groupBins: unknown[] };
    state.groupBins[250] = -1;
    state.groupBins[300] = 1.5;
    const result = safeParseAggregateState(state);
    expect(result.success).to.equal(false);
    expect(result.issues.map((i) => [i.jsonPath, i.message])).to.deep.equal([
      ['$.groupBins[250]', 'must be at least 0, got number -1'],
      ['$.groupBins[300]', 'expected an integer, got number 1.5'],
    ]);
  });

  it('parses aggregate results, locating shape problems and refusing an empty scale', () => {
    const result = json(aggregator.result()) as { items: { n: unknown }[]; scale: { min: number; max: number } };
    expect(safeParseAggregateResult(result).success).to.equal(true);
    result.items[2]!.n = -1;
    expect(safeParseAggregateResult(result).issues.map((i) => i.jsonPath)).to.deep.equal(['$.items[2].n']);
    result.items[2]!.n = 1;
    result.scale.min = 5;
    expect(safeParseAggregateResult(result).issues.map((i) => [i.jsonPath, i.code])).to.deep.equal([['$.scale', 'invalid_scale']]);
  });
});
