/** Drafting a plan from a gap analysis: the highest gaps first, never more aims than asked. */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  analyzeGaps,
  createAssessment,
  draftPlanFromGaps,
  loadBuiltInFramework,
  parseFramework,
  parseImprovementPlan,
  safeParseImprovementPlan,
  type Assessment,
  type GapReport,
} from '../src/index.js';

const framework = parseFramework({
  schemaVersion: 1,
  id: 'fixture-draft',
  version: '1.0.0',
  versionDate: '2026-01-15',
  title: 'Draft fixture',
  scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) },
  levels: [{ id: 'district', name: 'District', roles: [{ id: 'r1', name: 'Role', capacities: [{ id: 'k1', statement: 'Ability to use data.' }] }] }],
  conditions: [
    {
      id: 'c1',
      name: 'Trust',
      elements: [
        { id: 'e1', name: { en: 'Relational trust', es: 'Confianza relacional' }, descriptions: { district: 'd' }, lookFors: [{ en: 'Staff raise problems openly.', es: 'El personal plantea problemas abiertamente.' }, 'Leaders follow through.', 'Meetings start from data.', 'A fourth sign.'] },
        { id: 'e2', name: 'Shared purpose', descriptions: { district: 'd' }, lookFors: ['Everyone can state the purpose.'] },
        { id: 'e3', name: 'Time to collaborate', descriptions: { district: 'd' } },
      ],
    },
  ],
});

function rated(ratings: Record<string, number>, targets?: Record<string, number>): Assessment {
  const assessment = createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z', id: 'self-2026' });
  for (const [id, value] of Object.entries(ratings)) assessment.ratings[id] = { value };
  return targets ? { ...assessment, targets } : assessment;
}

// Gaps to the target 4: e3 (1 → 4) is the largest, then e1 (2 → 4), k1 (3 → 4); e2 is at target.
const self = rated({ e1: 2, e2: 4, e3: 1, k1: 3 });
const report = analyzeGaps(framework, { comparison: 'current-vs-target', current: self, defaultTarget: 4 });

describe('draftPlanFromGaps', () => {
  it('suggests an aim per gap, largest first, with a measure and the look-fors as change ideas', () => {
    const plan = draftPlanFromGaps(report, { framework, schoolYear: '2026-27', assessments: [{ id: 'self-2026', label: 'Self' }], now: '2026-09-02T08:00:00Z' });
    expect(plan.aims.map((a) => a.focus)).to.deep.equal([['e3'], ['e1'], ['k1']]);
    expect(plan.aims[1]).to.deep.equal({ id: 'aim-2', what: 'Raise “Relational trust” from 2 to 4 on the rubric.', howMuch: 'from 2 to 4', focus: ['e1'], status: 'not-started' });
    expect(plan.measures?.[1]).to.deep.include({ id: 'measure-2', kind: 'outcome', better: 'higher', baseline: 2, target: 4, aimIds: ['aim-2'], dataPoints: [] });
    expect(plan.changeIdeas?.filter((i) => i.aimIds?.[0] === 'aim-2').map((i) => i.description)).to.deep.equal(['Staff raise problems openly.', 'Leaders follow through.', 'Meetings start from data.']);
    expect(plan.changeIdeas?.some((i) => i.aimIds?.[0] === 'aim-1')).to.equal(false); // e3 has no look-fors
    expect(plan.gaps?.map((g) => [g.rowId, g.a, g.b, g.priority])).to.deep.equal([['e3', 1, 4, 'high'], ['e1', 2, 4, 'high'], ['k1', 3, 4, 'medium']]);
    expect(plan).to.deep.include({ schemaVersion: 1, level: 'district', schoolYear: '2026-27', status: 'draft', createdAt: '2026-09-02T08:00:00Z', framework: { id: 'fixture-draft', version: '1.0.0' } });
    expect(parseImprovementPlan(plan, framework)).to.deep.equal(plan);
  });

  it('never suggests more aims than asked, and none for rows already at the target', () => {
    expect(draftPlanFromGaps(report).aims).to.have.length(3);
    expect(draftPlanFromGaps(report, { maxAims: 1 }).aims.map((a) => a.focus)).to.deep.equal([['e3']]);
    expect(draftPlanFromGaps(report, { maxAims: 10 }).aims.map((a) => a.focus?.[0])).to.deep.equal(['e3', 'e1', 'k1']);
    expect(draftPlanFromGaps(report, { framework, maxChangeIdeasPerAim: 1 }).changeIdeas?.map((i) => i.id)).to.deep.equal(['idea-2-1']);
  });

  it('leaves the aims to the team when nothing shows a gap', () => {
    const atTarget = analyzeGaps(framework, { comparison: 'current-vs-target', current: rated({ e1: 5, e2: 4, e3: 4, k1: 4 }), defaultTarget: 4 });
    const plan = draftPlanFromGaps(atTarget);
    expect(plan.aims).to.deep.equal([]);
    // A plan needs one aim to be saved; the team writes it.
    expect(safeParseImprovementPlan(plan).issues.map((i) => i.jsonPath)).to.deep.equal(['$.aims']);
  });

  it('writes the suggestions in Spanish, with the Spanish look-fors', () => {
    const plan = draftPlanFromGaps(report, { framework, lang: 'es', maxAims: 2 });
    expect(plan.aims[1]?.what).to.equal('Elevar «Confianza relacional» de 2 a 4 en la rúbrica.');
    expect(plan.measures?.[1]?.unit).to.equal('nivel de la rúbrica');
    expect(plan.changeIdeas?.[0]?.description).to.equal('El personal plantea problemas abiertamente.');
  });

  it('words a disagreement between self and partner without a target number', () => {
    const partner = { ...rated({ e1: 4, e2: 4, e3: 1, k1: 3 }), id: 'partner-2026', perspective: { kind: 'partner' as const, rater: { name: 'Sample COE', type: 'coe' as const } } };
    const disagreement = analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner });
    const plan = draftPlanFromGaps(disagreement, { maxAims: 1 });
    expect(plan.aims[0]?.what).to.equal('Reach a shared view of “Relational trust”, which we rated 2 and our partner rated 4, and act on it.');
    expect(plan.aims[0]?.howMuch).to.equal(undefined);
    expect(plan.measures?.[0]).to.deep.include({ baseline: 2 });
    expect(plan.measures?.[0]?.target).to.equal(undefined);
  });

  it('quotes a capacity statement inside its sentences without the statement\'s own full stop', () => {
    const plan = draftPlanFromGaps(report, { maxAims: 3 });
    const capacity = plan.aims.findIndex((aim) => aim.focus?.[0] === 'k1');
    expect(plan.aims[capacity]?.what).to.equal('Raise “Ability to use data” from 3 to 4 on the rubric.');
    expect(plan.measures?.map((m) => m.name)).to.include('Ability to use data: the team’s rating');
    expect(plan.measures?.map((m) => m.name).join(' ')).to.not.match(/\.:/);
  });

  it('can draft from conditions and roles instead of items', () => {
    expect(draftPlanFromGaps(report, { rows: 'groups' }).aims.map((a) => a.focus)).to.deep.equal([['c1'], ['r1']]);
    expect(draftPlanFromGaps(report, { rows: 'both', maxAims: 5 }).gaps?.map((g) => g.rowKind)).to.include.members(['element', 'condition', 'role', 'capacity']);
  });

  it('refuses a count that is not a whole number of 1 or more', () => {
    expect(() => draftPlanFromGaps(report, { maxAims: 0 })).to.throw(RangeError, /maxAims/);
    expect(() => draftPlanFromGaps(report, { maxAims: 1.5 })).to.throw(RangeError, /maxAims/);
    expect(() => draftPlanFromGaps(report, { maxChangeIdeasPerAim: -1 })).to.throw(RangeError, /maxChangeIdeasPerAim/);
  });

  it('is deterministic, never changes its inputs, and always drafts a plan that validates once it has an aim', () => {
    const ratingArb = fc.record({ e1: fc.integer({ min: 1, max: 5 }), e2: fc.integer({ min: 1, max: 5 }), e3: fc.integer({ min: 1, max: 5 }), k1: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(ratingArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 5 }), (ratings, maxAims, target) => {
        const gaps: GapReport = analyzeGaps(framework, { comparison: 'current-vs-target', current: rated(ratings), defaultTarget: target });
        const before = JSON.stringify(gaps);
        const options = { framework, maxAims, organization: { name: 'Sample Unified', type: 'district' as const } };
        const plan = draftPlanFromGaps(gaps, options);
        expect(JSON.stringify(gaps)).to.equal(before);
        expect(draftPlanFromGaps(gaps, options)).to.deep.equal(plan);
        const withGap = gaps.items.filter((row) => (row.priorityScore ?? 0) > 0).length;
        expect(plan.aims).to.have.length(Math.min(maxAims, withGap));
        if (plan.aims.length > 0) expect(safeParseImprovementPlan(plan, framework).issues).to.deep.equal([]);
        plan.organization!.name = 'changed';
        expect(options.organization.name).to.equal('Sample Unified');
      }),
      { numRuns: 100 },
    );
  });

  it('takes look-fors from the built-in framework', async () => {
    const builtIn = await loadBuiltInFramework('ca-sos-conditions-capacities');
    const assessment = createAssessment(builtIn, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z' });
    assessment.ratings['shared-purpose.student-centered-purpose'] = { value: 1 };
    const plan = draftPlanFromGaps(analyzeGaps(builtIn, { comparison: 'current-vs-target', current: assessment, defaultTarget: 4 }), { framework: builtIn });
    expect(plan.aims.map((a) => a.focus)).to.deep.equal([['shared-purpose.student-centered-purpose']]);
    expect(plan.changeIdeas?.[0]?.description).to.match(/^A written purpose/);
    expect(safeParseImprovementPlan(plan, builtIn).success).to.equal(true);
  });
});
