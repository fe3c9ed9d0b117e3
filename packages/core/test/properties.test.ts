/** Property-based specs: laws that must hold for any answers, not just the fixtures. */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  aggregateAssessments,
  Aggregator,
  analyzeGaps,
  createAssessment,
  mergeAggregateStates,
  parseFramework,
  safeParseAssessment,
  scoreAssessment,
  summarizeAggregate,
  type Assessment,
  type Rating,
} from '../src/index.js';
import { assessmentOf, scoringFramework } from './support/scoring-framework.js';

const framework = scoringFramework();
const ITEMS = ['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4'];
const answer = fc.oneof(fc.constantFrom<Rating['value']>(1, 2, 3, 4, 5, 'not-applicable', 'dont-know'), fc.constant(undefined));
const answers = fc.tuple(...ITEMS.map(() => answer)).map((values) => Object.fromEntries(ITEMS.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]]]))) as Record<string, Rating['value']>);
const assessment = answers.map((a) => assessmentOf(framework, a));
const RUNS = { numRuns: 200 };

const scores = (a: Assessment) => {
  const result = scoreAssessment(a, framework);
  return [result.overall.score, ...result.sections.map((s) => s.score), ...result.groups.map((g) => g.score), ...result.items.map((i) => i.score)];
};

/**
 * Ids for generated frameworks: ordinary ones and those that collide with JavaScript. The id
 * grammar admits `constructor` (and lowercase look-alikes), so those must work like any other.
 */
const JS_LIKE_IDS = ['constructor', 'proto', 'prototype', 'valueof', 'tostring', 'hasownproperty'] as const;
const id = fc.oneof(fc.constantFrom(...JS_LIKE_IDS), fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?$/));
/** Keys outside the id grammar that JavaScript treats specially; as rating keys they are unknown items. */
const JS_ONLY_KEYS = ['__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'] as const;

/** A one-level framework whose condition, elements, role and capacities take generated ids. */
const generatedFramework = fc.uniqueArray(id, { minLength: 4, maxLength: 9 }).map((ids) => {
  const [condition, role, ...items] = ids as [string, string, ...string[]];
  const split = Math.ceil(items.length / 2);
  return parseFramework({
    schemaVersion: 1,
    id: 'generated',
    version: '1.0.0',
    versionDate: '2026-01-15',
    title: 'Generated',
    scale: { id: 'three', name: 'Three', levels: [1, 2, 3].map((value) => ({ value, label: `L${value}` })) },
    levels: [{ id: 'district', name: 'District', ...(items.length > split ? { roles: [{ id: role, name: 'Role', capacities: items.slice(split).map((k) => ({ id: k, statement: k })) }] } : {}) }],
    conditions: [{ id: condition, name: 'Condition', elements: items.slice(0, split).map((e) => ({ id: e, name: e, descriptions: { district: e } })) }],
  });
});

describe('properties', () => {
  it('ids named like JavaScript properties score, compare and aggregate like any other id', () => {
    fc.assert(
      fc.property(generatedFramework, fc.array(fc.constantFrom(1, 2, 3), { minLength: 9, maxLength: 9 }), fc.boolean(), (fw, values, withTargets) => {
        const items = fw.conditions![0]!.elements.map((e) => e.id).concat(fw.levels[0]!.roles?.[0]?.capacities.map((c) => c.id) ?? []);
        const draft = createAssessment(fw, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z' });
        const ratings = Object.fromEntries(items.map((item, i) => [item, { value: values[i]! }]));
        const targets = withTargets ? Object.fromEntries(items.map((item) => [item, 3])) : undefined;
        const a: Assessment = { ...draft, ratings, ...(targets ? { targets } : {}) };
        const score = scoreAssessment(a, fw);
        items.forEach((item, i) => {
          const row = score.items.find((r) => r.id === item)!;
          expect(row.score, item).to.equal(values[i]);
          expect(row.target, item).to.equal(withTargets ? 3 : undefined);
        });
        const gaps = analyzeGaps(fw, { comparison: 'current-vs-target', current: a });
        for (const row of gaps.items) expect(row.b, row.id).to.deep.equal(withTargets ? { value: 3, n: 1 } : { n: 0 });
        const aggregate = aggregateAssessments([a, a], fw);
        items.forEach((item, i) => expect(aggregate.items.find((r) => r.id === item), item).to.include({ n: 2, mean: values[i] }));
      }),
      RUNS,
    );
  });

  it('keys outside the id grammar under ratings or targets are reported, never dropped', () => {
    fc.assert(
      fc.property(generatedFramework, fc.constantFrom(...JS_ONLY_KEYS), fc.constantFrom('ratings', 'targets'), fc.option(fc.jsonValue(), { nil: undefined }), (fw, key, field, value) => {
        const draft = createAssessment(fw, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z' });
        const entry = field === 'ratings' ? { value: 2 } : 2;
        const doc = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
        // JSON text, so `__proto__` arrives as an own key exactly as JSON.parse gives it to an app.
        doc[field] = JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value === undefined ? entry : value)}}`);
        const result = safeParseAssessment(doc, fw);
        expect(result.success).to.equal(false);
        expect(result.issues.some((i) => i.path[0] === field && i.path[1] === key), JSON.stringify(result.issues)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('scores stay inside the scale, and normalised scores inside 0–1', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const result = scoreAssessment(a, framework);
        for (const figure of [result.overall, ...result.sections, ...result.groups, ...result.items]) {
          if (figure.score === undefined) continue;
          expect(figure.score).to.be.within(1, 5);
          expect(figure.normalized).to.be.within(0, 1);
        }
      }),
      RUNS,
    );
  });

  it('adding "not applicable" answers never changes a score', () => {
    fc.assert(
      fc.property(assessment, fc.array(fc.constantFrom(...ITEMS)), (a, extra) => {
        const withNotApplicable: Assessment = { ...a, ratings: { ...a.ratings } };
        for (const id of extra) if (withNotApplicable.ratings[id]?.value === undefined) withNotApplicable.ratings[id] = { value: 'not-applicable' };
        const before = scores(a);
        const after = scores(withNotApplicable);
        // Items newly answered N/A had no score before either; everything else is unchanged.
        expect(after).to.deep.equal(before);
      }),
      RUNS,
    );
  });

  it('respondent order never changes an aggregate', () => {
    fc.assert(
      fc.property(fc.array(assessment, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (team, randomness) => {
        const shuffled = [...team];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randomness.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const aggregate = (list: Assessment[]) => list.reduce((agg, a) => agg.add(a), new Aggregator(framework, 'district')).result();
        expect(aggregate(shuffled)).to.deep.equal(aggregate(team));
      }),
      { numRuns: 100 },
    );
  });

  it('merge is associative and commutative, and equals the unsharded aggregate', () => {
    const shard = fc.array(assessment, { maxLength: 6 });
    fc.assert(
      fc.property(shard, shard, shard, (x, y, z) => {
        const state = (list: Assessment[]) => list.reduce((agg, a) => agg.add(a), new Aggregator(framework, 'district')).state();
        const [a, b, c] = [state(x), state(y), state(z)];
        const left = mergeAggregateStates(mergeAggregateStates(a, b), c);
        const right = mergeAggregateStates(a, mergeAggregateStates(b, c));
        expect(left).to.deep.equal(right);
        expect(mergeAggregateStates(a, b)).to.deep.equal(mergeAggregateStates(b, a));
        expect(summarizeAggregate(left, framework)).to.deep.equal(summarizeAggregate(state([...x, ...y, ...z]), framework));
      }),
      { numRuns: 100 },
    );
  });

  it('a self-vs-self gap is zero everywhere', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const partner: Assessment = { ...a, perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } } };
        const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self: a, partner });
        for (const row of [...report.items, ...report.groups]) {
          if (row.difference === undefined) expect(row.a.value).to.equal(undefined);
          else expect(row).to.include({ difference: 0, size: 0, direction: 'equal', priority: 'low' });
        }
      }),
      RUNS,
    );
  });
});
