/** The improvement plan document: what it needs, and how problems are reported. */
import { expect } from 'chai';
import {
  improvementPlanIssues,
  isCalendarDate,
  parseFramework,
  parseImprovementPlan,
  safeParseImprovementPlan,
  SosValidationError,
  type ImprovementPlan,
} from '../src/index.js';

const aimOnly = { schemaVersion: 1, aims: [{ id: 'aim-1', what: 'Every grade 3 student reads at grade level by June.' }] };

const framework = parseFramework({
  schemaVersion: 1,
  id: 'fixture-plan',
  version: '1.0.0',
  versionDate: '2026-01-15',
  title: 'Plan fixture',
  scale: { id: 'three', name: 'Three', levels: [1, 2, 3].map((value) => ({ value, label: `Level ${value}` })) },
  levels: [{ id: 'district', name: 'District', roles: [{ id: 'r1', name: 'Role', capacities: [{ id: 'k1', statement: 'Can do it.' }] }] }],
  conditions: [{ id: 'c1', name: 'Condition', elements: [{ id: 'e1', name: 'Element', descriptions: { district: 'Described.' } }] }],
});

/** The plan's problems as `jsonPath code` lines, for readable assertions. */
const problems = (input: unknown, withFramework = false): string[] => {
  const result = safeParseImprovementPlan(input, withFramework ? framework : undefined);
  return result.success ? [] : result.issues.map((i) => `${i.jsonPath} ${i.code}`);
};

const withPlan = (extra: Record<string, unknown>) => ({ ...structuredClone(aimOnly), ...extra });

describe('improvement plan: what a plan needs', () => {
  it('saves with nothing but an aim', () => {
    const plan: ImprovementPlan = parseImprovementPlan(aimOnly);
    expect(plan.aims[0]?.what).to.match(/grade level/);
  });

  it('reads JSON text as well as objects', () => {
    expect(parseImprovementPlan(JSON.stringify(aimOnly))).to.deep.equal(aimOnly);
  });

  it('refuses a plan without an aim, saying what is expected where', () => {
    expect(problems({ schemaVersion: 1 })).to.deep.equal(['$.aims missing']);
    expect(problems({ schemaVersion: 1, aims: [] })).to.deep.equal(['$.aims too_small']);
    const result = safeParseImprovementPlan({ schemaVersion: 1, aims: [{ id: 'aim-1' }] });
    expect(result.success).to.equal(false);
    expect(result.issues[0]).to.deep.include({ jsonPath: '$.aims[0].what', code: 'missing', message: 'is required: expected a string' });
  });

  it('throws one error listing every problem with its path and the source', () => {
    const broken = withPlan({ schoolYear: '2025/26', measures: [{ id: 'm1', name: 'Reading', kind: 'lagging' }] });
    let error: unknown;
    try {
      parseImprovementPlan(broken, undefined, { source: 'plan.json' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SosValidationError);
    const message = (error as SosValidationError).message;
    expect(message).to.contain('Invalid improvement plan (plan.json): 2 problems');
    expect(message).to.contain('$.schoolYear: expected a school year such as "2025-26", got "2025/26"');
    expect(message).to.contain('$.measures[0].kind: expected one of "outcome", "process", "balancing", got "lagging"');
  });

  it('reports bad JSON, a non-object and a newer document format clearly', () => {
    expect(safeParseImprovementPlan('{"aims": [').issues[0]).to.deep.include({ jsonPath: '$', code: 'invalid_json' });
    // Read like every other document: line and column, byte-order mark, a key written twice.
    expect(safeParseImprovementPlan('\uFEFF{\n  "aims": [,]\n}').issues[0]?.message).to.equal(
      'is not valid JSON: expected a value (an object, array, string, number, true, false or null), found "," at line 2, column 12',
    );
    expect(safeParseImprovementPlan('{"schemaVersion": 1, "schemaVersion": 1, "aims": []}').issues.map((i) => [i.jsonPath, i.code])).to.deep.equal([['$.schemaVersion', 'duplicate_key']]);
    expect(safeParseImprovementPlan([aimOnly]).issues[0]?.message).to.equal('expected an improvement plan object, got an array of 1');
    expect(problems({ ...aimOnly, schemaVersion: 2 })).to.deep.equal(['$.schemaVersion future_schema_version']);
  });

  it('names an unknown property so a typo is found', () => {
    expect(problems({ schemaVersion: 1, aims: [{ id: 'aim-1', what: 'x', goal: 'y' }] })).to.deep.equal(['$.aims[0].goal unknown_property']);
  });
});

describe('improvement plan: rules across the whole plan', () => {
  it('finds duplicate ids, naming the first use', () => {
    const result = safeParseImprovementPlan(withPlan({ aims: [{ id: 'a', what: 'x' }, { id: 'a', what: 'y' }] }));
    expect(result.issues.map((i) => [i.jsonPath, i.message])).to.deep.equal([['$.aims[1].id', 'duplicate aim id "a" (first used at $.aims[0].id)']]);
    const cycles = withPlan({ changeIdeas: [{ id: 'i1', description: 'd', cycles: [{ id: 'c1' }] }, { id: 'i2', description: 'e', cycles: [{ id: 'c1' }] }] });
    expect(problems(cycles)).to.deep.equal(['$.changeIdeas[1].cycles[0].id duplicate_id']);
  });

  it('finds references to aims and measures that do not exist', () => {
    const plan = withPlan({
      measures: [{ id: 'm1', name: 'n', kind: 'outcome', aimIds: ['aim-1', 'aim-9'] }],
      changeIdeas: [{ id: 'i1', description: 'd', aimIds: ['aim-2'], cycles: [{ id: 'c1', plan: { measureIds: ['m1', 'm2'] } }] }],
    });
    expect(problems(plan)).to.deep.equal(['$.measures[0].aimIds[1] unknown_aim', '$.changeIdeas[0].aimIds[0] unknown_aim', '$.changeIdeas[0].cycles[0].plan.measureIds[1] unknown_measure']);
  });

  it('finds blank texts, days that do not exist, points out of date order and cycles that end before they start', () => {
    const plan = withPlan({
      title: '  ',
      aims: [{ id: 'aim-1', what: ' \n', byWhen: '2026-02-29' }],
      measures: [{ id: 'm1', name: 'n', kind: 'outcome', dataPoints: [{ date: '2026-02-01', value: 1 }, { date: '2026-01-31', value: 2 }, { date: '2026-04-31', value: 3 }] }],
      changeIdeas: [{ id: 'i1', description: 'd', cycles: [{ id: 'c1', do: { startedOn: '2026-03-10', endedOn: '2026-03-01' } }] }],
      createdAt: '2026-03-10T10:00:00Z',
      updatedAt: '2026-03-10T09:00:00Z',
    });
    expect(problems(plan)).to.deep.equal([
      '$.title blank_text',
      '$.aims[0].what blank_text',
      '$.aims[0].byWhen invalid_date',
      '$.measures[0].dataPoints[1].date points_out_of_order',
      '$.measures[0].dataPoints[2].date invalid_date',
      '$.changeIdeas[0].cycles[0].do.endedOn ends_before_start',
      '$.updatedAt updated_before_created',
    ]);
  });

  it('knows the calendar', () => {
    expect(isCalendarDate('2028-02-29')).to.equal(true);
    expect(isCalendarDate('2026-02-29')).to.equal(false);
    expect(isCalendarDate('2026-13-01')).to.equal(false);
    expect(isCalendarDate('2026-1-01')).to.equal(false);
  });

  it('accepts points on the same day and a sound full plan', () => {
    const plan = withPlan({
      measures: [{ id: 'm1', name: 'n', kind: 'process', dataPoints: [{ date: '2026-01-10', value: 1 }, { date: '2026-01-10', value: 2 }] }],
      changeIdeas: [{ id: 'i1', description: 'd', aimIds: ['aim-1'], cycles: [{ id: 'c1', stage: 'study', plan: { question: 'q', measureIds: ['m1'] }, do: { startedOn: '2026-01-05', endedOn: '2026-01-05' } }] }],
    });
    expect(problems(plan)).to.deep.equal([]);
    expect(improvementPlanIssues(parseImprovementPlan(plan))).to.deep.equal([]);
  });
});

describe('improvement plan: against its framework', () => {
  it('checks that focus ids and gap rows exist, and their kinds', () => {
    const plan = withPlan({
      aims: [{ id: 'aim-1', what: 'x', focus: ['e1', 'nope'] }],
      changeIdeas: [{ id: 'i1', description: 'd', focus: ['k1', 'gone'] }],
      gaps: [
        { comparison: 'current-vs-target', rowId: 'e1', rowKind: 'capacity' },
        { comparison: 'current-vs-target', rowId: 'zzz', rowKind: 'element' },
      ],
    });
    expect(problems(plan, true)).to.deep.equal(['$.aims[0].focus[1] unknown_item', '$.changeIdeas[0].focus[1] unknown_item', '$.gaps[0].rowKind row_kind_mismatch', '$.gaps[1].rowId unknown_item']);
    expect(problems(plan, false)).to.deep.equal([]);
  });

  it('says when the plan names another framework', () => {
    expect(problems(withPlan({ framework: { id: 'other', version: '1.0.0' } }), true)).to.deep.equal(['$.framework.id framework_mismatch']);
  });
});
