import { expect } from 'chai';
import {
  BUILT_IN_FRAMEWORKS,
  createAssessment,
  frameworkForLevel,
  instrumentFor,
  parseAssessment,
  scoreAssessment,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
  localize,
  type Framework,
  type SystemLevel,
} from '../src/index.js';

const CONDITIONS_FRAMEWORK = 'ca-sos-conditions-capacities';
const PRINCIPLES_FRAMEWORK = 'ca-sos-effective-support-principles';

describe('built-in framework: Enabling Conditions and Capacities', () => {
  let framework: Framework;
  before(async () => {
    framework = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
  });

  describe('conditions', () => {
    it('has the 4 enabling conditions with 18 elements in the report order', () => {
      expect(framework.conditions?.map((c) => localize(c.name))).to.deep.equal([
        'Shared Purpose',
        'Culture of Mutual Trust',
        'Structures and Resources that Foster Collaborative Work',
        'Preparation and Mobilization of Improvement Capacities',
      ]);
      expect(framework.conditions?.map((c) => c.elements.length)).to.deep.equal([5, 5, 5, 3]);
    });

    it('describes every element at school, district, COE and state level (18 × 4)', () => {
      const elements = framework.conditions!.flatMap((c) => c.elements);
      expect(elements).to.have.length(18);
      for (const element of elements) {
        expect(Object.keys(element.descriptions).sort(), element.id).to.deep.equal(['coe', 'district', 'school', 'state']);
      }
    });

    it('keeps level-specific wording from Appendices A–D', () => {
      const trust = framework.conditions![1]!.elements.find((e) => e.id === 'mutual-trust.relational-trust')!;
      expect(trust.descriptions.school).to.equal('Relational trust exists between and among staff, leaders, students, and families.');
      expect(trust.descriptions.coe).to.equal('Trust exists among COE staff and between the COE and districts.');
      const time = framework.conditions![2]!.elements.find((e) => e.id === 'collaborative-structures.protected-time')!;
      expect(time.descriptions.district).to.equal(
        'Collective bargaining agreements support effective school-level improvement efforts as well as districtwide collaboration and shared learning.',
      );
    });

    it('gives every element at least three look-fors and a citation', () => {
      for (const element of framework.conditions!.flatMap((c) => c.elements)) {
        expect(element.lookFors?.length ?? 0, element.id).to.be.at.least(3);
        expect(element.citations?.[0]?.source, element.id).to.equal('pace-wested-conditions-capacities');
      }
    });
  });

  describe('capacities', () => {
    const expected: Record<SystemLevel, { appendix: string; perRole: number[] }> = {
      school: { appendix: 'Appendix A', perRole: [5, 5, 4] },
      district: { appendix: 'Appendix B', perRole: [9, 13, 2, 3] },
      coe: { appendix: 'Appendix C', perRole: [6, 14] },
      'geo-lead': { appendix: 'Appendix C', perRole: [7, 5, 4] },
      state: { appendix: 'Appendix D', perRole: [7, 13, 2, 3, 4, 4] },
    };

    for (const [level, { appendix, perRole }] of Object.entries(expected) as [SystemLevel, (typeof expected)[SystemLevel]][]) {
      it(`${level}: ${perRole.reduce((a, b) => a + b)} capacities in roles of ${perRole.join(', ')}, cited to ${appendix}`, () => {
        const roles = framework.levels.find((l) => l.id === level)!.roles!;
        expect(roles.map((r) => r.capacities.length)).to.deep.equal(perRole);
        for (const role of roles) {
          expect(role.citations?.[0]?.locator).to.equal(appendix);
          for (const capacity of role.capacities) expect(capacity.citations?.[0]?.locator, capacity.id).to.equal(appendix);
        }
      });
    }

    it('has 110 capacities in all', () => {
      const total = framework.levels.flatMap((l) => l.roles ?? []).reduce((n, r) => n + r.capacities.length, 0);
      expect(total).to.equal(110);
    });

    it('tags every capacity with at least one of the five cross-cutting categories', () => {
      expect(framework.tags?.map((t) => t.id)).to.deep.equal([
        'apply-continuous-improvement',
        'support-others',
        'resources-for-local-needs',
        'relational-approach',
        'engage-to-improve-support',
      ]);
      for (const capacity of framework.levels.flatMap((l) => l.roles ?? []).flatMap((r) => r.capacities)) {
        expect(capacity.tags?.length ?? 0, capacity.id).to.be.at.least(1);
      }
    });

    it('numbers capacity ids within their role, so they never shift when another role changes', () => {
      const role = framework.levels.find((l) => l.id === 'district')!.roles![3]!;
      expect(role.id).to.equal('district.community-engagement');
      expect(role.capacities.map((c) => c.id)).to.deep.equal([
        'district.community-engagement.01',
        'district.community-engagement.02',
        'district.community-engagement.03',
      ]);
    });
  });

  describe('levels', () => {
    it('lets Geographic Lead Agencies share the COE conditions and add their own roles', () => {
      const geo = instrumentFor(framework, 'geo-lead')!;
      const coe = instrumentFor(framework, 'coe')!;
      const elementsOf = (i: typeof geo) => i.items.filter((item) => item.kind === 'element');
      expect(elementsOf(geo).map((i) => i.description)).to.deep.equal(elementsOf(coe).map((i) => i.description));
      expect(geo.groups.filter((g) => g.kind === 'role').map((g) => g.id)).to.deep.equal([
        'geo-lead.build-coe-capacity',
        'geo-lead.connect-counties',
        'geo-lead.communicate-needs',
      ]);
    });

    it('gives each level an instrument of 18 elements plus its capacities', () => {
      const sizes = Object.fromEntries(framework.levels.map((l) => [l.id, instrumentFor(framework, l.id)!.items.length]));
      expect(sizes).to.deep.equal({ school: 32, district: 45, coe: 38, 'geo-lead': 34, state: 51 });
    });
  });

  it('uses the CDE local-indicator scale with non-scored answers as words, not numbers', () => {
    expect(framework.scale.levels.map((l) => [l.value, localize(l.label)])).to.deep.equal([
      [1, 'Exploration and Research Phase'],
      [2, 'Beginning Development'],
      [3, 'Initial Implementation'],
      [4, 'Full Implementation'],
      [5, 'Full Implementation and Sustainability'],
    ]);
    expect(framework.scale.nonScored).to.deep.equal(['not-applicable', 'dont-know']);
    expect(localize(framework.scale.levels[2]!.label, 'es')).to.equal('Implementación inicial');
  });
});

describe('built-in framework: Principles of Effective Support', () => {
  let framework: Framework;
  before(async () => {
    framework = await loadBuiltInFramework(PRINCIPLES_FRAMEWORK);
  });

  it('is rated by districts (support received) and county offices (support provided)', () => {
    expect(framework.levels.map((l) => l.id)).to.deep.equal(['district', 'coe']);
    for (const element of framework.conditions!.flatMap((c) => c.elements)) {
      // Each perspective gets its own wording: the same sentence cannot describe receiving and providing.
      expect(element.descriptions.district, element.id).to.be.a('string');
      expect(element.descriptions.coe, element.id).to.be.a('string');
      expect(element.descriptions.district, element.id).to.not.equal(element.descriptions.coe);
    }
  });

  it('covers all five principles of the 2018 brief and all eight design principles of the 2017 meeting', () => {
    const cited = (source: string) =>
      new Set(framework.conditions!.flatMap((c) => [...(c.citations ?? []), ...c.elements.flatMap((e) => e.citations ?? [])]).filter((c) => c.source === source).map((c) => c.locator));
    expect(cited('collaborative-2018-always-room').size).to.equal(5);
    expect(cited('collaborative-2017-meeting-34').size).to.equal(8);
  });

  it('documents the source principle of every item', () => {
    for (const element of framework.conditions!.flatMap((c) => c.elements)) {
      expect(element.citations?.length ?? 0, element.id).to.be.at.least(1);
    }
  });

  it('uses its own four-point scale, showing that scales are data', () => {
    expect(framework.scale.id).to.equal('evidence-4');
    expect(framework.scale.levels.map((l) => l.value)).to.deep.equal([1, 2, 3, 4]);
  });
});

describe('loading built-in frameworks', () => {
  it('lists what ships and recognises its ids', () => {
    expect(BUILT_IN_FRAMEWORKS.map((f) => f.id)).to.deep.equal([CONDITIONS_FRAMEWORK, PRINCIPLES_FRAMEWORK]);
    expect(isBuiltInFrameworkId(CONDITIONS_FRAMEWORK)).to.equal(true);
    expect(isBuiltInFrameworkId('ca-sos')).to.equal(false);
  });

  it('returns an independent copy on every call', async () => {
    const first = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
    first.conditions!.length = 0;
    const second = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
    expect(second.conditions).to.have.length(4);
  });

  it('rejects an unknown id with the list of known ids', async () => {
    let error: unknown;
    try {
      await loadBuiltInFramework('nope' as never);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.contain('"ca-sos-conditions-capacities"');
  });
});

describe('built-in frameworks, one level at a time', () => {
  const ORGANIZATION_TYPE = { school: 'school', district: 'district', coe: 'coe', 'geo-lead': 'coe', state: 'state-agency' } as const;
  for (const { id, levels } of BUILT_IN_FRAMEWORKS) {
    for (const level of levels) {
      it(`${id} at ${level}: the committed slice is frameworkForLevel of the whole (else run "npm run frameworks:slices")`, async () => {
        const whole = await loadBuiltInFramework(id);
        const slice = await loadBuiltInFramework(id, { level });
        const { $schema: _where, ...expected } = frameworkForLevel(whole, level)!;
        const { $schema: _whereSlice, ...actual } = slice;
        expect(actual).to.deep.equal(expected);
      });

      it(`${id} at ${level}: rates, validates and scores exactly as the whole framework`, async () => {
        const whole = await loadBuiltInFramework(id);
        const slice = await loadBuiltInFramework(id, { level });
        expect(slice.levels.map((l) => l.id)).to.deep.equal([level]);
        // The same items in the same groups; only the level's conditionsFrom is folded in.
        expect(instrumentFor(slice, level)!.items).to.deep.equal(instrumentFor(whole, level)!.items);
        expect(instrumentFor(slice, level)!.groups).to.deep.equal(instrumentFor(whole, level)!.groups);
        const assessment = createAssessment(slice, { level, subject: { name: 'Sample', type: ORGANIZATION_TYPE[level] }, now: '2026-01-01T00:00:00Z' });
        const items = instrumentFor(slice, level)!.items;
        items.forEach((item, i) => (assessment.ratings[item.id] = i % 5 === 4 ? { value: 'not-applicable' } : { value: (i % 4) + 1 }));
        expect(() => parseAssessment(assessment, whole)).not.to.throw();
        expect(scoreAssessment(assessment, slice)).to.deep.equal(scoreAssessment(assessment, whole));
      });
    }
  }

  it('gives the borrowed county-office descriptions to Geographic Lead Agencies under their own id', async () => {
    const whole = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
    const geoLead = frameworkForLevel(whole, 'geo-lead')!;
    expect(geoLead.levels[0]!.conditionsFrom).to.equal(undefined);
    const element = geoLead.conditions![0]!.elements[0]!;
    expect(Object.keys(element.descriptions)).to.deep.equal(['geo-lead']);
    expect(element.descriptions['geo-lead']).to.equal(whole.conditions![0]!.elements[0]!.descriptions.coe);
  });

  it('leaves the input alone and answers undefined for a level the framework lacks', async () => {
    const whole = await loadBuiltInFramework(PRINCIPLES_FRAMEWORK);
    const before = JSON.stringify(whole);
    frameworkForLevel(whole, 'district')!.conditions!.length = 0;
    expect(JSON.stringify(whole)).to.equal(before);
    expect(frameworkForLevel(whole, 'state')).to.equal(undefined);
  });

  it('rejects a level the built-in framework does not have, naming the ones it has', async () => {
    let error: unknown;
    try {
      await loadBuiltInFramework(PRINCIPLES_FRAMEWORK, { level: 'school' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.equal('Built-in framework "ca-sos-effective-support-principles" has no level "school"; expected one of "district", "coe"');
  });
});
