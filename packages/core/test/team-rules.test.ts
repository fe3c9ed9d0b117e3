import { expect } from 'chai';
import {
  aggregateAssessments,
  analyzeGaps,
  compareWithPartner,
  defaultTarget,
  disagreementOf,
  disagreementScore,
  isSmallGroup,
  loadBuiltInFramework,
  ratingSpread,
  spreadTrimmed,
  teamItemPriority,
  TEAM_RULES,
  type ItemAggregate,
} from '../src/index.js';
import { assessmentOf, scoringFramework } from './support/scoring-framework.js';

const item = (n: number, min: number | undefined, max: number | undefined, agreement: number | undefined) => ({ n, min, max, agreement }) as Pick<ItemAggregate, 'n' | 'min' | 'max' | 'agreement'>;
const FIVE = { min: 1, max: 5 };

describe('team rules', () => {
  it('keeps every constant in one frozen object', () => {
    expect(TEAM_RULES).to.deep.equal({ minimumAgreement: 0.6, disagreementSpread: 3, spreadTrim: 0.1, smallGroup: 3, defaultTargetLevelsBelowTop: 1 });
    expect(Object.isFrozen(TEAM_RULES)).to.equal(true);
  });

  describe('small groups', () => {
    it('calls fewer than 3 raters a small group', () => {
      expect([0, 1, 2, 3, 30].map(isSmallGroup)).to.deep.equal([true, true, true, false, false]);
    });
  });

  describe('disagreement', () => {
    it('flags agreement below 60 % only with at least 3 raters', () => {
      expect(disagreementOf(item(30, 2, 4, 0.59))).to.deep.equal({ lowAgreement: true, wideSpread: false });
      expect(disagreementOf(item(30, 2, 4, TEAM_RULES.minimumAgreement))).to.equal(undefined);
      expect(disagreementOf(item(3, 2, 4, 1 / 3))).to.deep.equal({ lowAgreement: true, wideSpread: false });
      // Two raters agree 0 % or 100 %: a share of two says nothing.
      expect(disagreementOf(item(2, 1, 2, 0))).to.equal(undefined);
    });

    it('flags a spread of 3 points or more at any group size of two or more', () => {
      expect(disagreementOf(item(2, 1, 4, 0.5))).to.deep.equal({ lowAgreement: false, wideSpread: true });
      expect(disagreementOf(item(2, 1, 3, 0.5))).to.equal(undefined);
      expect(disagreementOf(item(5, 1, 5, 0.4))).to.deep.equal({ lowAgreement: true, wideSpread: true });
    });

    it('finds nothing to disagree about with one rater or none', () => {
      expect(disagreementOf(item(1, 3, 3, 1))).to.equal(undefined);
      expect(disagreementOf(item(0, undefined, undefined, undefined))).to.equal(undefined);
      expect(ratingSpread(item(1, 2, 2, 1))).to.equal(0);
      expect(ratingSpread(item(4, 1, 4, 0.5))).to.equal(3);
    });

    describe('in a large team, one unusual rating does not flag an item by itself', () => {
      const VALUES = [1, 2, 3, 4, 5];
      // Counts per scale value 1–5; min and max as the aggregator reports them.
      const counted = (counts: number[], agreement = 1) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const scored = counts.flatMap((c, k) => (c > 0 ? [VALUES[k]!] : []));
        return { n, min: scored[0], max: scored.at(-1), counts, agreement };
      };

      it('leaves out a tenth of the ratings at each end, counted down, from 10 raters on', () => {
        expect([2, 9, 10, 19, 20, 25].map(spreadTrimmed)).to.deep.equal([0, 0, 1, 1, 2, 2]);
      });

      it('twelve raters at 3 and one each at 1 and 5: spread 0, no conversation starter', () => {
        const item = counted([1, 0, 10, 0, 1]);
        expect(ratingSpread(item)).to.equal(4); // without the scale's values: the full range
        expect(ratingSpread(item, VALUES)).to.equal(0);
        expect(disagreementOf(item, VALUES)).to.equal(undefined);
        expect(disagreementScore(item, FIVE, VALUES)).to.equal(0);
      });

      it('a real split in a large team still flags: three at 1 and three at 5 among twelve', () => {
        const item = counted([3, 0, 6, 0, 3], 0.5);
        expect(ratingSpread(item, VALUES)).to.equal(4);
        expect(disagreementOf(item, VALUES)).to.deep.equal({ lowAgreement: true, wideSpread: true });
      });

      it('below 10 raters every rating counts: one outlier among nine still widens the spread', () => {
        const item = counted([1, 0, 8, 0, 0]);
        expect(ratingSpread(item, VALUES)).to.equal(2);
        expect(ratingSpread(counted([1, 0, 7, 0, 1]), VALUES)).to.equal(4);
      });

      it('reads the values of a scale that does not count by ones', () => {
        expect(ratingSpread(counted([1, 0, 10, 0, 1]), [0, 10, 20, 30, 40])).to.equal(0);
        expect(ratingSpread({ ...counted([2, 0, 8, 0, 2]) }, [0, 10, 20, 30, 40])).to.equal(40);
      });

      it('falls back to the full range when the counts do not describe the ratings', () => {
        expect(ratingSpread({ n: 12, min: 1, max: 5, counts: [1, 10, 1] }, VALUES)).to.equal(4);
        expect(ratingSpread({ n: 12, min: 1, max: 5, counts: [1, 0, 9, 0, 1] }, VALUES)).to.equal(4);
      });

      it('agrees with the aggregator: 11 raters at 4 and one at 1', () => {
        const f = scoringFramework();
        const aggregate = aggregateAssessments([...Array.from({ length: 11 }, () => assessmentOf(f, { e1: 4 })), assessmentOf(f, { e1: 1 })], f);
        const e1 = aggregate.items.find((i) => i.id === 'e1')!;
        const values = f.scale.levels.map((l) => l.value);
        expect(ratingSpread(e1)).to.equal(3);
        expect(ratingSpread(e1, values)).to.equal(0);
        expect(disagreementOf(e1, values)).to.equal(undefined);
      });
    });

    it('scores disagreement for sorting: 0 when the team agrees, agreement shortfall plus spread share otherwise', () => {
      expect(disagreementScore(item(30, 3, 4, 1), FIVE)).to.equal(0);
      expect(disagreementScore(item(5, 1, 5, 0.4), FIVE)).to.be.closeTo(1.6, 1e-12);
      expect(disagreementScore(item(2, 1, 4, 0.5), FIVE)).to.be.closeTo(0.5 + 0.75, 1e-12);
    });

    it('reads agreement computed by the aggregator the same way', () => {
      const f = scoringFramework();
      // e1: 1, 1, 5, 5 → agreement 0 (nobody within a point of the median 3), spread 4
      const raters = [1, 1, 5, 5].map((value) => assessmentOf(f, { e1: value, e2: 4 }));
      const aggregate = aggregateAssessments(raters, f);
      const e1 = aggregate.items.find((i) => i.id === 'e1')!;
      const e2 = aggregate.items.find((i) => i.id === 'e2')!;
      expect(disagreementOf(e1)).to.deep.equal({ lowAgreement: true, wideSpread: true });
      expect(disagreementOf(e2)).to.equal(undefined);
    });
  });

  describe('default target', () => {
    it('is the second-highest level of the scale', () => {
      expect(defaultTarget(scoringFramework().scale)).to.equal(4);
      expect(defaultTarget({ levels: [{ value: 0 }, { value: 10 }, { value: 20 }] })).to.equal(10);
      expect(defaultTarget({ levels: [{ value: 7 }] })).to.equal(7);
    });

    it('is "Full Implementation" on the built-in CDE framework', async () => {
      const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
      const value = defaultTarget(framework.scale);
      expect(framework.scale.levels.find((l) => l.value === value)?.label).to.satisfy((label: unknown) => JSON.stringify(label).includes('Full Implementation'));
    });

    it('throws a clear error for a scale without levels', () => {
      expect(() => defaultTarget({ levels: [] })).to.throw(RangeError, 'the scale has no levels');
    });
  });

  describe('priority', () => {
    it('grades how far the median is below the target, weighted by how low it is', () => {
      expect(teamItemPriority({ median: 1 }, FIVE, 4)).to.deep.equal({ score: 0.75, priority: 'high' });
      expect(teamItemPriority({ median: 3 }, FIVE, 4)!.priority).to.equal('medium');
      expect(teamItemPriority({ median: 3.5 }, FIVE, 4)).to.deep.equal({ score: 0.0859375, priority: 'low' });
      expect(teamItemPriority({ median: 5 }, FIVE, 4)).to.deep.equal({ score: 0, priority: 'low' });
      expect(teamItemPriority({}, FIVE, 4)).to.equal(undefined);
    });

    it('grades a single rater exactly as analyzeGaps grades their gap to the target', () => {
      const f = scoringFramework();
      const current = assessmentOf(f, { e1: 1, e2: 2, e3: 3, e4: 4, e5: 5 });
      const gaps = analyzeGaps(f, { comparison: 'current-vs-target', current, defaultTarget: defaultTarget(f.scale) });
      const aggregate = aggregateAssessments([current], f);
      for (const id of ['e1', 'e2', 'e3', 'e4', 'e5']) {
        const row = gaps.items.find((r) => r.id === id)!;
        const team = teamItemPriority(aggregate.items.find((i) => i.id === id)!, aggregate.scale, defaultTarget(f.scale))!;
        expect([id, team.priority, team.score]).to.deep.equal([id, row.priority, row.priorityScore]);
      }
    });
  });

  describe('partner comparison', () => {
    it('lists partner − team by means, largest difference first, unscored items last in item order', () => {
      const f = scoringFramework();
      const team = aggregateAssessments([assessmentOf(f, { e1: 2, e2: 3, e3: 4 }), assessmentOf(f, { e1: 3, e2: 3, e3: 4 })], f);
      const partner = aggregateAssessments([assessmentOf(f, { e1: 5, e2: 3, e3: 3, e4: 4 })], f);
      const rows = compareWithPartner(team, partner);
      expect(rows.slice(0, 5)).to.deep.equal([
        { id: 'e1', team: 2.5, partner: 5, difference: 2.5 },
        { id: 'e3', team: 4, partner: 3, difference: -1 },
        { id: 'e2', team: 3, partner: 3, difference: 0 },
        { id: 'e4', partner: 4 },
        { id: 'e5' },
      ]);
      expect(rows.map((r) => r.id)).to.have.members(team.items.map((i) => i.id));
    });

    it('compares medians when asked, so a view of medians names one statistic', () => {
      const f = scoringFramework();
      // e1: 1, 4, 4 → mean 3, median 4; the partner's single 4 is both.
      const team = aggregateAssessments([assessmentOf(f, { e1: 1 }), assessmentOf(f, { e1: 4 }), assessmentOf(f, { e1: 4 })], f);
      const partner = aggregateAssessments([assessmentOf(f, { e1: 4 })], f);
      expect(compareWithPartner(team, partner)[0]).to.deep.equal({ id: 'e1', team: 3, partner: 4, difference: 1 });
      expect(compareWithPartner(team, partner, { statistic: 'median' })[0]).to.deep.equal({ id: 'e1', team: 4, partner: 4, difference: 0 });
    });

    it('leaves its inputs untouched', () => {
      const f = scoringFramework();
      const team = aggregateAssessments([assessmentOf(f, { e1: 1 })], f);
      const partner = aggregateAssessments([assessmentOf(f, { e1: 4 })], f);
      const before = JSON.stringify([team, partner]);
      compareWithPartner(team, partner);
      expect(JSON.stringify([team, partner])).to.equal(before);
    });
  });
});
