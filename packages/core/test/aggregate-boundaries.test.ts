/**
 * Aggregate states cross process boundaries (workers, files, map-reduce jobs), so merging and
 * summarising validate them like any document: every problem is a SosValidationError located by
 * its JSON path — never a TypeError, RangeError, stack overflow or a silently wrong count.
 */
import { expect } from 'chai';
import {
  aggregateAssessments,
  Aggregator,
  analyzeGaps,
  ECHO_LIMIT,
  mergeAggregateStates,
  parseAggregateState,
  rollupAssessments,
  safeParseAggregateState,
  scoreAssessment,
  SosValidationError,
  subtractAggregateStates,
  summarizeAggregate,
  type AggregateState,
} from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const framework = scoringFramework();
const good = (): AggregateState => new Aggregator(framework, 'district').add(assessmentOf(framework, CASE_A)).add(assessmentOf(framework, { e1: 2 })).state();

/** Runs `act` and returns the SosValidationError it throws (any other outcome fails the spec). */
function rejection(act: () => unknown): SosValidationError {
  try {
    act();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(SosValidationError);
    return error as SosValidationError;
  }
  expect.fail('expected a SosValidationError');
}

const paths = (error: SosValidationError) => error.issues.map((i) => i.jsonPath);

describe('aggregate states at the boundary', () => {
  const broken: [string, (s: Record<string, unknown>) => unknown, string][] = [
    ['a string count', (s) => ({ ...s, respondents: '02' }), '$.respondents'],
    ['a negative count', (s) => ({ ...s, itemCounts: [-1, ...(s.itemCounts as number[]).slice(1)] }), '$.itemCounts[0]'],
    ['NaN', (s) => ({ ...s, overallInsufficient: Number.NaN }), '$.overallInsufficient'],
    ['Infinity', (s) => ({ ...s, groupBins: [Number.POSITIVE_INFINITY, ...(s.groupBins as number[]).slice(1)] }), '$.groupBins[0]'],
    ['a fractional count', (s) => ({ ...s, respondents: 1.5 }), '$.respondents'],
    ['a missing field', ({ itemCounts: _gone, ...rest }) => rest, '$.itemCounts'],
    ['a null framework', (s) => ({ ...s, framework: null }), '$.framework'],
    ['a deeply nested method', (s) => ({ ...s, method: deep(100_000) }), '$.method.method'],
    ['an unknown property', (s) => ({ ...s, extra: 1 }), '$.extra'],
    ['a zero resolution', (s) => ({ ...s, resolution: 0 }), '$.resolution'],
  ];

  for (const [what, mutate, path] of broken) {
    it(`merge names ${what} by its path`, () => {
      const bad = mutate(good() as unknown as Record<string, unknown>) as AggregateState;
      expect(paths(rejection(() => mergeAggregateStates(good(), bad)))).to.include(`$[1]${path.slice(1)}`);
      expect(paths(rejection(() => mergeAggregateStates(bad, good())))).to.include(`$[0]${path.slice(1)}`);
    });

    it(`summarize names ${what} by its path`, () => {
      const bad = mutate(good() as unknown as Record<string, unknown>) as AggregateState;
      expect(paths(rejection(() => summarizeAggregate(bad, framework)))).to.include(path);
    });
  }

  it('rejects null and non-objects as states', () => {
    expect(paths(rejection(() => mergeAggregateStates(good(), null as never)))).to.deep.equal(['$[1]']);
    expect(rejection(() => summarizeAggregate(7 as never, framework)).issues[0]!.message).to.equal('expected an aggregate state object, got number 7');
  });

  it('rejects short arrays instead of summing into nulls', () => {
    const short = { ...good(), itemCounts: good().itemCounts.slice(0, 10) };
    expect(paths(rejection(() => summarizeAggregate(short, framework)))).to.deep.equal(['$.itemCounts']);
    const error = rejection(() => mergeAggregateStates(good(), short));
    expect(paths(error)).to.deep.equal(['$[1].itemCounts']);
  });

  it('rejects counts that do not add up to the respondents', () => {
    const state = good();
    const inflated = { ...state, respondents: state.respondents + 1 };
    expect(rejection(() => summarizeAggregate(inflated, framework)).issues[0]!.code).to.equal('state_counts');
    expect(rejection(() => mergeAggregateStates(state, inflated)).issues[0]!.code).to.equal('state_counts');
  });

  it('refuses a merge whose counts would lose exactness', () => {
    const huge = (s: AggregateState): AggregateState => ({ ...s, respondents: Number.MAX_SAFE_INTEGER, overallInsufficient: Number.MAX_SAFE_INTEGER - s.overallBins.reduce((a, b) => a + b, 0) });
    const state = new Aggregator(framework, 'district').state();
    const big = huge({ ...state, groupInsufficient: state.groupInsufficient.map(() => Number.MAX_SAFE_INTEGER), itemCounts: state.itemCounts.map((_, k) => (k % 8 === 7 ? Number.MAX_SAFE_INTEGER : 0)) });
    expect(safeParseAggregateState(big, framework).success).to.equal(true);
    expect(rejection(() => mergeAggregateStates(big, big)).issues[0]!.code).to.equal('count_overflow');
  });

  it('takes a merged contribution back out exactly (a resubmission replaces the earlier version)', () => {
    const first = assessmentOf(framework, CASE_A);
    const later = assessmentOf(framework, { e1: 2 });
    const only = (a: typeof first) => new Aggregator(framework, 'district').add(a).state();
    const both = mergeAggregateStates(only(first), only(later));
    expect(subtractAggregateStates(both, only(first))).to.deep.equal(only(later));
    expect(summarizeAggregate(subtractAggregateStates(both, only(later)), framework)).to.deep.equal(summarizeAggregate(only(first), framework));
  });

  it('refuses to take out what was never merged in, saying where the count would go below zero', () => {
    const empty = new Aggregator(framework, 'district').state();
    const error = rejection(() => subtractAggregateStates(empty, good()));
    expect(error.issues[0]!.code).to.equal('count_underflow');
    expect(error.issues[0]!.jsonPath).to.equal('$[1].respondents');
  });

  it('reads a state from JSON text and still merges exactly', () => {
    const text = JSON.stringify(good());
    expect(mergeAggregateStates(parseAggregateState(text, framework), good()).respondents).to.equal(4);
  });

  it('keeps echoed values short', () => {
    const longKey = { ...good(), framework: { id: 'x'.repeat(1_000_000), version: '1.0.0' } };
    for (const i of rejection(() => summarizeAggregate(longKey, framework)).issues) expect(i.message.length).to.be.below(300);
    const longVersion = { ...good(), framework: { id: 'fixture-scoring', version: `1.0.0-${'a'.repeat(1_000_000)}` } };
    const error = rejection(() => summarizeAggregate(longVersion, framework));
    expect(error.message.length).to.be.below(400);
  });
});

describe('one error type for bad input', () => {
  it('reports bad scoring options as located validation errors', () => {
    const a = assessmentOf(framework, CASE_A);
    expect(paths(rejection(() => scoreAssessment(a, framework, { minScoredShare: 2 })))).to.deep.equal(['$.minScoredShare']);
    expect(paths(rejection(() => aggregateAssessments([a], framework, { precision: 40 })))).to.deep.equal(['$.precision']);
    expect(paths(rejection(() => aggregateAssessments([a], framework, { resolution: 0 })))).to.deep.equal(['$.resolution']);
    expect(paths(rejection(() => aggregateAssessments([a], framework, { resolution: 1e-300 })))).to.deep.equal(['$.resolution']);
    expect(paths(rejection(() => aggregateAssessments([a], framework, { level: 'moon' as never })))).to.deep.equal(['$.level']);
    expect(paths(rejection(() => aggregateAssessments([a], framework, null as never)))).to.deep.equal(['$']);
    expect(paths(rejection(() => rollupAssessments([a], framework, { by: 'planet' as never })))).to.deep.equal(['$.by']);
  });

  it('reports garbage assessments by position, whatever comes first', () => {
    for (const garbage of [null, 7, 'text', [], { level: 'moon' }, { level: 'constructor' }]) {
      expect(paths(rejection(() => aggregateAssessments([garbage as never], framework)))[0]).to.match(/^\$\[0\]/);
      expect(paths(rejection(() => rollupAssessments([garbage as never], framework, { by: 'county' })))[0]).to.match(/^\$\[0\]/);
    }
    expect(paths(rejection(() => aggregateAssessments('not a list' as never, framework)))).to.deep.equal(['$']);
  });

  it('reports a malformed gap request instead of crashing', () => {
    const a = assessmentOf(framework, CASE_A);
    expect(paths(rejection(() => analyzeGaps(framework, { comparison: 'constructor' } as never)))).to.deep.equal(['$.comparison']);
    expect(paths(rejection(() => analyzeGaps(framework, null as never)))).to.deep.equal(['$']);
    expect(paths(rejection(() => analyzeGaps(framework, { comparison: 'self-vs-partner', self: a } as never)))).to.deep.equal(['$.partner']);
    expect(paths(rejection(() => analyzeGaps(framework, { comparison: 'current-vs-target', current: a, defaultTarget: 'abc' } as never)))).to.deep.equal(['$.defaultTarget']);
  });

  it('caps values echoed from 1 MB input', () => {
    const a = assessmentOf(framework, CASE_A);
    const huge = 'x'.repeat(1_000_000);
    const partner = { ...a, subject: { ...a.subject, id: undefined, name: huge }, perspective: { kind: 'partner' as const, rater: { name: 'COE', type: 'coe' as const } } };
    const withRating = { ...a, ratings: { ...a.ratings, [huge]: { value: 1 } } };
    for (const error of [rejection(() => analyzeGaps(framework, { comparison: 'self-vs-partner', self: a, partner })), rejection(() => aggregateAssessments([withRating], framework))]) {
      for (const i of error.issues) {
        expect(i.message.length, i.message.slice(0, 100)).to.be.at.most(3 * ECHO_LIMIT + 100);
        expect(i.jsonPath.length).to.be.at.most(ECHO_LIMIT + 20);
      }
      expect(error.message.length).to.be.below(1000);
    }
  });
});

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { method: value };
  return value;
}
