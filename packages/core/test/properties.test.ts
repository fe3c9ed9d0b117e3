/** Property-based specs: laws that must hold for any answers, not just the fixtures. */
import { expect } from 'chai';
import fc from 'fast-check';
import { Aggregator, analyzeGaps, mergeAggregateStates, scoreAssessment, summarizeAggregate, type Assessment, type Rating } from '../src/index.js';
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

describe('properties', () => {
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
