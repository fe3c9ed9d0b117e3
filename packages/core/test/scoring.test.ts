import { expect } from 'chai';
import { loadBuiltInFramework, scoreAssessment, SosValidationError, type ScoreResult } from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((x) => x.id === id)!;

describe('scoreAssessment', () => {
  const framework = scoringFramework();

  describe('weighted means, computed by hand', () => {
    let result: ScoreResult;
    before(() => {
      result = scoreAssessment(assessmentOf(framework, CASE_A), framework);
    });

    it('scores each item with its scale value and its 0–1 normalisation', () => {
      expect(byId(result.items, 'e1')).to.include({ score: 2, normalized: 0.25, groupId: 'c1', section: 'conditions' });
      expect(byId(result.items, 'k4')).to.include({ score: 4, normalized: 0.75, groupId: 'r1', section: 'capacities' });
    });

    it('averages items into conditions and roles with item weights', () => {
      // c1 = (2 + 4 + 2×5) / 4 = 4; c2 = (3 + 1) / 2 = 2; r1 = (1 + 2 + 3 + 3×4) / 6 = 3
      expect([byId(result.groups, 'c1').score, byId(result.groups, 'c2').score, byId(result.groups, 'r1').score]).to.deep.equal([4, 2, 3]);
      expect(byId(result.groups, 'c1').normalized).to.equal(0.75);
    });

    it('averages groups into sections with group weights', () => {
      // conditions = (1×4 + 2×2) / 3 = 2.6667; capacities = 3
      expect(result.sections.map((s) => [s.id, s.score])).to.deep.equal([
        ['conditions', 2.6667],
        ['capacities', 3],
      ]);
    });

    it('averages the two sections equally into the overall score', () => {
      // (8/3 + 3) / 2 = 2.8333; normalised (2.8333 − 1) / 4 = 0.4583
      expect(result.overall).to.include({ score: 2.8333, normalized: 0.4583 });
      expect(result.overall.completion).to.deep.equal({ items: 9, scored: 9, notApplicable: 0, dontKnow: 0, unanswered: 0, percentAnswered: 100 });
    });

    it('can ignore weights', () => {
      const unweighted = scoreAssessment(assessmentOf(framework, CASE_A), framework, { weighted: false });
      // c1 = 11/3, c2 = 2, conditions = (11/3 + 2)/2 = 2.8333, r1 = 2.5, overall = 2.6667
      expect(unweighted.groups.map((g) => g.score)).to.deep.equal([3.6667, 2, 2.5]);
      expect(unweighted.overall.score).to.equal(2.6667);
      expect(unweighted.method).to.deep.equal({ method: 'weighted-mean', minScoredShare: 0.5, weighted: false, precision: 4 });
    });

    it('records the framework version and what was scored', () => {
      expect(result.framework).to.deep.equal({ id: 'fixture-scoring', version: '1.0.0' });
      expect(result.assessment).to.include({ level: 'district', status: 'draft' });
      expect(result.scale).to.deep.equal({ min: 1, max: 5 });
    });
  });

  describe('non-scored answers and missing scores', () => {
    // e1 N/A, e2 = 3, e3 = 5 (weight 2); e4 don't know, e5 unanswered; every capacity N/A.
    const answers = { e1: 'not-applicable', e2: 3, e3: 5, e4: 'dont-know', k1: 'not-applicable', k2: 'not-applicable', k3: 'not-applicable', k4: 'not-applicable' } as const;
    let result: ScoreResult;
    before(() => {
      result = scoreAssessment(assessmentOf(framework, answers), framework);
    });

    it('leaves "not applicable" out of the mean, never counting it as zero', () => {
      // c1: 2 of 3 items scored ≥ ⌈1.5⌉ → (3 + 2×5) / 3 = 4.3333
      expect(byId(result.groups, 'c1')).to.include({ score: 4.3333 });
      expect(byId(result.items, 'e1')).to.include({ answer: 'not-applicable', reason: 'answered "not applicable"' });
      expect(byId(result.items, 'e1').score).to.equal(undefined);
    });

    it('gives no score to a group with too few scored items, and says why', () => {
      const c2 = byId(result.groups, 'c2');
      expect(c2.score).to.equal(undefined);
      expect(c2.reason).to.equal('0 of 2 items scored; at least 1 needed');
      expect(c2.completion).to.deep.equal({ items: 2, scored: 0, notApplicable: 0, dontKnow: 1, unanswered: 1, percentAnswered: 50 });
    });

    it('does not let "not applicable" answers lower the number of scores a group needs', () => {
      expect(byId(result.groups, 'r1').reason).to.equal('0 of 4 items scored; at least 2 needed');
      expect(byId(result.sections, 'capacities').reason).to.equal('0 of 1 role scored; at least 1 needed');
    });

    it('builds sections and the overall score from the groups that have scores', () => {
      // conditions: c1 scored, c2 not → 1 of 2 ≥ 1 → 4.3333; overall: 1 of 2 sections ≥ 1 → 4.3333
      expect(byId(result.sections, 'conditions').score).to.equal(4.3333);
      expect(result.overall.score).to.equal(4.3333);
    });

    it('reports completion counts and percentages at every level', () => {
      expect(byId(result.groups, 'c1').completion).to.deep.equal({ items: 3, scored: 2, notApplicable: 1, dontKnow: 0, unanswered: 0, percentAnswered: 100 });
      expect(result.overall.completion).to.deep.equal({ items: 9, scored: 2, notApplicable: 5, dontKnow: 1, unanswered: 1, percentAnswered: 88.9 });
    });

    it('applies a stricter minimum share when asked', () => {
      const strict = scoreAssessment(assessmentOf(framework, answers), framework, { minScoredShare: 1 });
      expect(byId(strict.groups, 'c1').reason).to.equal('2 of 3 items scored; at least 3 needed');
      expect(byId(strict.sections, 'conditions').reason).to.equal('0 of 2 conditions scored; at least 2 needed');
      expect(strict.overall.reason).to.equal('0 of 2 sections scored; at least 2 needed');
    });

    it('scores an empty draft as unscored, never as zero', () => {
      const empty = scoreAssessment(assessmentOf(framework, {}), framework);
      expect(empty.overall.score).to.equal(undefined);
      expect(empty.groups.every((g) => g.score === undefined)).to.equal(true);
      expect(empty.overall.completion.percentAnswered).to.equal(0);
    });
  });

  describe('targets', () => {
    it('shows the target that applies to each item: its own, else its group\'s', () => {
      const result = scoreAssessment(assessmentOf(framework, CASE_A, { targets: { e1: 4, c2: 3 } }), framework);
      expect([byId(result.items, 'e1').target, byId(result.items, 'e2').target, byId(result.items, 'e4').target]).to.deep.equal([4, undefined, 3]);
    });
  });

  describe('purity', () => {
    it('gives byte-identical JSON for the same input and leaves the input untouched', () => {
      const assessment = assessmentOf(framework, CASE_A);
      const before = JSON.stringify(assessment);
      const first = JSON.stringify(scoreAssessment(assessment, framework));
      const second = JSON.stringify(scoreAssessment(JSON.parse(before), scoringFramework()));
      expect(first).to.equal(second);
      expect(JSON.stringify(assessment)).to.equal(before);
    });
  });

  describe('bad input', () => {
    it('throws a SosValidationError with paths instead of scoring a broken assessment', () => {
      const broken = assessmentOf(framework, { e1: 9, zz: 2 });
      expect(() => scoreAssessment(broken, framework)).to.throw(SosValidationError).with.property('issues').that.has.length(2);
    });

    it('rejects impossible options', () => {
      expect(() => scoreAssessment(assessmentOf(framework, CASE_A), framework, { minScoredShare: 2 })).to.throw(SosValidationError, '$.minScoredShare: must be at most 1, got number 2');
    });
  });

  it('scores a district self-assessment of the built-in framework', async () => {
    const builtIn = await loadBuiltInFramework('ca-sos-conditions-capacities');
    const assessment = assessmentOf(builtIn, { 'shared-purpose.equity-focus': 4, 'shared-purpose.sense-of-urgency': 2, 'shared-purpose.student-centered-purpose': 3 });
    const result = scoreAssessment(assessment, builtIn);
    expect(result.groups).to.have.length(8);
    expect(byId(result.groups, 'shared-purpose').score).to.equal(3);
    expect(byId(result.groups, 'mutual-trust').reason).to.equal('0 of 5 items scored; at least 3 needed');
  });
});
