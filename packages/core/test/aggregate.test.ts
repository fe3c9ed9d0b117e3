import { expect } from 'chai';
import {
  aggregateAssessments,
  aggregateMatrix,
  aggregateStream,
  Aggregator,
  encodeAssessments,
  mergeAggregateStates,
  NOT_SET,
  rollupAssessments,
  SosValidationError,
  summarizeAggregate,
  type AggregateResult,
  type Assessment,
} from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((x) => x.id === id)!;

describe('aggregation', () => {
  const framework = scoringFramework();
  // Three raters of one district. Hand-computed group scores:
  //   R1: c1 4, c2 2, r1 3, overall 2.8333 (bin 2.83)
  //   R2: c1 3.75, c2 2.5, r1 2, overall 2.4583 (bin 2.46)
  //   R3: c1 none (1 of 3 scored), c2 1, r1 none, overall 1 (from conditions alone)
  const team: Assessment[] = [
    assessmentOf(framework, CASE_A),
    assessmentOf(framework, { e1: 3, e2: 4, e3: 4, e4: 3, e5: 2, k1: 2, k2: 2, k3: 2, k4: 2 }),
    assessmentOf(framework, { e1: 5, e2: 'not-applicable', e3: 'dont-know', e4: 1 }),
  ];
  let result: AggregateResult;
  before(() => {
    result = aggregateAssessments(team, framework);
  });

  describe('per item', () => {
    it('gives n, mean, median, min, max, sample SD and counts per scale level', () => {
      // e1: 2, 3, 5 → mean 3.3333, SD √(4.6667 / 2) = 1.5275
      expect(byId(result.items, 'e1')).to.deep.include({ n: 3, mean: 3.3333, median: 3, min: 2, max: 5, sd: 1.5275, counts: [0, 1, 1, 0, 1] });
    });

    it('shows agreement as the share of raters within one scale point of the median', () => {
      expect(byId(result.items, 'e1').agreement).to.equal(0.6667);
      expect(byId(result.items, 'e3')).to.include({ median: 4.5, agreement: 1 });
    });

    it('counts non-scored answers and unanswered items separately, never as scores', () => {
      expect(byId(result.items, 'e2')).to.include({ n: 2, mean: 4, sd: 0, notApplicable: 1, dontKnow: 0, unanswered: 0 });
      expect(byId(result.items, 'e3')).to.include({ n: 2, dontKnow: 1 });
      expect(byId(result.items, 'e5')).to.include({ n: 2, unanswered: 1 });
    });

    it('leaves out SD below two scores and all statistics without scores', () => {
      const single = aggregateAssessments([team[0]!], framework);
      expect(byId(single.items, 'e1').sd).to.equal(undefined);
      const none = aggregateAssessments([assessmentOf(framework, {})], framework);
      expect(byId(none.items, 'e1')).to.deep.equal({ id: 'e1', groupId: 'c1', section: 'conditions', n: 0, counts: [0, 0, 0, 0, 0], notApplicable: 0, dontKnow: 0, unanswered: 1 });
    });
  });

  describe('per group and overall', () => {
    it('summarises raters\' group scores and counts raters without one', () => {
      expect(byId(result.groups, 'c1')).to.include({ n: 2, mean: 3.875, median: 3.875, min: 3.75, max: 4, sd: 0.1768, insufficient: 1 });
      expect(byId(result.groups, 'c2')).to.include({ n: 3, mean: 1.8333, median: 2, min: 1, max: 2.5, sd: 0.7638 });
      expect(byId(result.groups, 'r1')).to.include({ n: 2, mean: 2.5, insufficient: 1 });
    });

    it('summarises overall scores binned to 0.01 scale points', () => {
      // 2.83, 2.46, 1 → mean 2.0967, median 2.46
      expect(result.overall).to.include({ n: 3, mean: 2.0967, median: 2.46, min: 1, max: 2.83, insufficient: 0 });
      expect(result.groupScoreResolution).to.equal(0.01);
      expect(result.respondents).to.equal(3);
    });
  });

  describe('agreement of conditions, roles and overall', () => {
    it('pools the ratings of their items: the share within one point of their own item\'s median', () => {
      // c1: e1 2, 3, 5 (median 3: 2 agree), e2 4, 4 (2 of 2), e3 5, 4 (median 4.5: 2 of 2) → 6 of 7
      expect(byId(result.groups, 'c1').agreement).to.equal(0.8571);
      // c2: e4 3, 3, 1 (median 3: 2 of 3), e5 1, 2 (2 of 2) → 4 of 5
      expect(byId(result.groups, 'c2').agreement).to.equal(0.8);
      // r1: k1 1, 2; k2 2, 2; k3 3, 2; k4 4, 2 (median 3: both within a point) → 8 of 8
      expect(byId(result.groups, 'r1').agreement).to.equal(1);
      // Every item: 6 + 4 + 8 of 7 + 5 + 8 ratings
      expect(result.overall.agreement).to.equal(0.9);
    });

    it('shows a team split on every item as split on the condition, though its averaged scores match', () => {
      // Four raters; rater k gives E4 1 + k and E5 4 − k, so every rater's Condition two score is
      // 2.5. On each item the ratings are 1, 2, 3, 4: the median 2.5, two of four within a point.
      const split = [0, 1, 2, 3].map((k) => assessmentOf(framework, { e4: 1 + k, e5: 4 - k }));
      const aggregate = aggregateAssessments(split, framework);
      expect(byId(aggregate.groups, 'c2')).to.include({ n: 4, median: 2.5, min: 2.5, max: 2.5 });
      expect(byId(aggregate.items, 'e4').agreement).to.equal(0.5);
      expect(byId(aggregate.items, 'e5').agreement).to.equal(0.5);
      // Not 100 % (all four scores are within a point of each other): the same 50 % as its items.
      expect(byId(aggregate.groups, 'c2').agreement).to.equal(0.5);
    });

    it('leaves it out of a group nobody could score, and merges exactly like the rest', () => {
      const none = aggregateAssessments([assessmentOf(framework, { e1: 3 })], framework);
      expect(byId(none.groups, 'c2')).to.deep.equal({ id: 'c2', kind: 'condition', section: 'conditions', n: 0, insufficient: 1 });
      const a = new Aggregator(framework, 'district', { validated: true }).add(team[0]!).state();
      const b = new Aggregator(framework, 'district', { validated: true }).add(team[1]!).add(team[2]!).state();
      expect(summarizeAggregate(mergeAggregateStates(a, b), framework).groups).to.deep.equal(result.groups);
    });
  });

  describe('mergeable partial aggregates', () => {
    it('records only the scoring method, never the call options, so states made with and without them merge', () => {
      const method = { method: 'weighted-mean', minScoredShare: 0.5, weighted: true, precision: 4 };
      const withOptions = new Aggregator(framework, 'district', { validated: true } as never).add(team[0]!).state();
      expect(withOptions.method).to.deep.equal(method);
      expect(aggregateAssessments(team, framework, { level: 'district', validated: true } as never).method).to.deep.equal(method);
      expect(mergeAggregateStates(withOptions, new Aggregator(framework, 'district').add(team[1]!).state()).respondents).to.equal(2);
    });

    it('merging shards equals aggregating everything at once', () => {
      const shardA = new Aggregator(framework, 'district').add(team[0]!).add(team[1]!).state();
      const shardB = new Aggregator(framework, 'district').add(team[2]!).state();
      const all = new Aggregator(framework, 'district');
      team.forEach((a) => all.add(a));
      expect(mergeAggregateStates(shardA, shardB)).to.deep.equal(all.state());
      expect(summarizeAggregate(mergeAggregateStates(shardB, shardA), framework)).to.deep.equal(result);
    });

    it('states are plain JSON that survive a round trip through text', () => {
      const state = new Aggregator(framework, 'district').add(team[0]!).state();
      expect(summarizeAggregate(JSON.parse(JSON.stringify(state)), framework)).to.deep.equal(summarizeAggregate(state, framework));
    });

    it('refuses to merge aggregates of different levels or options', () => {
      const district = new Aggregator(framework, 'district').state();
      const coe = new Aggregator(framework, 'coe').state();
      const strict = new Aggregator(framework, 'district', { minScoredShare: 1 }).state();
      expect(() => mergeAggregateStates(district, coe)).to.throw(SosValidationError, 'level');
      expect(() => mergeAggregateStates(district, strict)).to.throw(SosValidationError, 'other scoring options');
    });

    it('refuses a state from another framework version', () => {
      const state = { ...new Aggregator(framework, 'district').state(), framework: { id: 'fixture-scoring', version: '2.0.0' } };
      expect(() => summarizeAggregate(state, framework)).to.throw(SosValidationError, '$.framework: was made with "fixture-scoring" "2.0.0"');
    });
  });

  describe('streaming and batch', () => {
    it('aggregates a stream (sync or async) to the same result', async () => {
      async function* source() {
        for (const assessment of team) yield assessment;
      }
      expect(await aggregateStream(source(), framework)).to.deep.equal(result);
      expect(await aggregateStream(team, framework)).to.deep.equal(result);
    });

    it('aggregates an encoded matrix to the same result', () => {
      const matrix = encodeAssessments(team, framework);
      expect(matrix.codes).to.have.length(3 * 9);
      expect(matrix.items).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4']);
      expect(aggregateMatrix(matrix, framework)).to.deep.equal(result);
    });

    it('rejects a matrix holding codes its scale cannot produce, before counting anything', () => {
      const matrix = encodeAssessments(team, framework);
      for (const position of [0, 5, 13, 26]) {
        const codes = matrix.codes.slice();
        codes[position] = 8; // one past "unanswered" (7) on a five-level scale
        expect(() => aggregateMatrix({ ...matrix, codes }, framework)).to.throw(SosValidationError, `$.codes[${position}]: answer code 8 (row ${Math.floor(position / 9)}, item ${position % 9})`);
      }
      // A three-level scale has codes 0–5: 6 and 7 must be caught too.
      const small = { ...framework, scale: { ...framework.scale, levels: framework.scale.levels.slice(0, 3) } };
      const codes = new Uint8Array(9 * 4).fill(5);
      codes[22] = 6;
      expect(() => new Aggregator(small, 'district').addCodes(codes, 4)).to.throw(SosValidationError, '$.codes[22]: answer code 6 (row 2, item 4)');
      expect(new Aggregator(small, 'district').addCodes(codes.fill(5), 4).result().respondents).to.equal(4);
    });

    it('names the assessment that does not fit, by its position', async () => {
      const bad = [...team, assessmentOf(framework, { e1: 6 })];
      expect(() => aggregateAssessments(bad, framework)).to.throw(SosValidationError, '$[3].ratings.e1.value');
      let error: unknown;
      try {
        await aggregateStream(bad, framework);
      } catch (e) {
        error = e;
      }
      expect((error as Error).message).to.contain('$[3].ratings.e1.value');
      expect(() => aggregateAssessments([team[0]!, assessmentOf(framework, {}, { level: 'coe' })], framework)).to.throw(SosValidationError, '$[1].level');
    });
  });

  describe('rollups', () => {
    it('rolls up by county, school year, organisation type or level, keeping assessments without the attribute', () => {
      const all = [
        assessmentOf(framework, CASE_A, { schoolYear: '2024-25' }),
        assessmentOf(framework, CASE_A, { schoolYear: '2025-26' }),
        assessmentOf(framework, { e1: 5 }, { schoolYear: '2025-26' }),
        assessmentOf(framework, { e1: 1 }),
      ];
      const byYear = rollupAssessments(all, framework, { by: 'school-year' });
      expect(byYear.map((r) => [r.key, r.respondents, byId(r.items, 'e1').mean])).to.deep.equal([
        [NOT_SET, 1, 1],
        ['2024-25', 1, 2],
        ['2025-26', 2, 3.5],
      ]);
      expect(rollupAssessments(all, framework, { by: 'county' }).map((r) => [r.key, r.respondents])).to.deep.equal([['Sample', 4]]);
    });

    it('keeps levels apart within a key', () => {
      const mixed = [assessmentOf(framework, CASE_A), assessmentOf(framework, { e1: 3 }, { level: 'coe' })];
      expect(rollupAssessments(mixed, framework, { by: (a) => a.subject.type === 'coe' ? 'county office' : 'district' }).map((r) => [r.key, r.level])).to.deep.equal([
        ['county office', 'coe'],
        ['district', 'district'],
      ]);
    });
  });
});
