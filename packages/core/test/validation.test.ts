import { expect } from 'chai';
import {
  createAssessment,
  loadBuiltInFramework,
  parseAssessment,
  parseFramework,
  safeParseAssessment,
  safeParseFramework,
  SosValidationError,
  type Assessment,
  type Framework,
  type ValidationIssue,
} from '../src/index.js';

/** A small framework of the kind a county office might publish for itself. */
function countyFramework(): Framework {
  return {
    schemaVersion: 1,
    id: 'sample-coe-da-readiness',
    version: '2.1.0',
    versionDate: '2026-08-01',
    title: { en: 'Differentiated assistance readiness', es: 'Preparación para la asistencia diferenciada' },
    sources: [{ id: 'local', title: 'Sample COE playbook', authors: ['Sample COE'] }],
    scale: {
      id: 'three-step',
      name: 'Readiness',
      levels: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'Partly' },
        { value: 3, label: 'Ready' },
      ],
      nonScored: ['not-applicable'],
    },
    tags: [{ id: 'data', name: 'Data use' }],
    levels: [
      { id: 'district', name: 'District' },
      { id: 'coe', name: 'County office', roles: [{ id: 'coe.da', name: 'Lead DA', capacities: [{ id: 'coe.da.01', statement: 'Runs a root cause analysis.', tags: ['data'] }] }] },
    ],
    conditions: [
      {
        id: 'readiness',
        name: 'Readiness',
        elements: [
          { id: 'readiness.team', name: 'Team', descriptions: { district: 'A team is named.', coe: 'A lead is named.' }, citations: [{ source: 'local', locator: 'p. 3' }] },
          { id: 'readiness.data', name: 'Data', descriptions: { district: 'Data is ready.' }, weight: 2, tags: ['data'] },
        ],
      },
    ],
  };
}

function draftFor(framework: Framework, level: 'district' | 'coe' = 'district'): Assessment {
  return createAssessment(framework, {
    level,
    subject: level === 'district' ? { name: 'Sample Unified', type: 'district', id: '00000000000000', county: 'Sample' } : { name: 'Sample COE', type: 'coe' },
    now: '2026-09-01T16:00:00Z',
  });
}

/** Runs a framework through validation and returns its issues, failing if it was accepted. */
function frameworkIssues(input: unknown): ValidationIssue[] {
  const result = safeParseFramework(input);
  expect(result.success, 'expected the framework to be rejected').to.equal(false);
  return [...result.issues];
}

function assessmentIssues(input: unknown, framework?: Framework): ValidationIssue[] {
  const result = safeParseAssessment(input, framework);
  expect(result.success, 'expected the assessment to be rejected').to.equal(false);
  return [...result.issues];
}

const located = (issues: ValidationIssue[]) => issues.map((i) => `${i.jsonPath} ${i.code}`);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('parseFramework', () => {
  describe('accepts', () => {
    it("a county's own framework, returning it typed", () => {
      const framework = parseFramework(countyFramework());
      expect(framework.id).to.equal('sample-coe-da-readiness');
      expect(framework.conditions?.[0]?.elements[1]?.weight).to.equal(2);
    });

    it('JSON text as well as objects', () => {
      expect(parseFramework(JSON.stringify(countyFramework())).version).to.equal('2.1.0');
    });

    it('without mutating its input', () => {
      const input = deepFreeze(countyFramework());
      const output = parseFramework(input);
      expect(output).to.deep.equal(input);
      expect(output).to.not.equal(input);
    });
  });

  describe('reports with a JSON path', () => {
    it('text that is not JSON at all', () => {
      const issues = frameworkIssues('{ "id": ');
      expect(issues).to.have.length(1);
      expect(issues[0]!.jsonPath).to.equal('$');
      expect(issues[0]!.code).to.equal('invalid_json');
      expect(issues[0]!.message).to.match(/^is not valid JSON: /);
    });

    it('JSON that is not an object', () => {
      expect(frameworkIssues('[1, 2]')[0]!.message).to.equal('expected a framework object, got an array of 2');
      expect(frameworkIssues(null)[0]!.message).to.equal('expected a framework object, got null');
    });

    it('missing required fields, each by name', () => {
      const { id: _id, scale: _scale, ...rest } = countyFramework();
      const issues = frameworkIssues(rest);
      expect(located(issues)).to.deep.equal(['$.id missing', '$.scale missing']);
      expect(issues[0]!.message).to.contain('is required');
    });

    it('wrong types, saying what was expected and what was found', () => {
      const framework = countyFramework() as unknown as { levels: { name: unknown }[]; scale: { levels: { value: unknown }[] } };
      framework.levels[0]!.name = 42;
      framework.scale.levels[1]!.value = '2';
      const issues = frameworkIssues(framework);
      expect(issues.map((i) => [i.jsonPath, i.message])).to.deep.equal([
        ['$.scale.levels[1].value', 'expected a number, got "2"'],
        ['$.levels[0].name', 'expected a string or an object, got number 42'],
      ]);
    });

    it('ids that do not follow the id pattern', () => {
      const framework = countyFramework();
      framework.conditions![0]!.elements[0]!.id = 'Readiness Team';
      const [problem] = frameworkIssues(framework);
      expect(problem!.jsonPath).to.equal('$.conditions[0].elements[0].id');
      expect(problem!.message).to.contain('lowercase letters and digits');
    });

    it('unknown properties, so typos are not silently ignored', () => {
      const framework = { ...countyFramework(), titel: 'oops' };
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.titel unknown_property']);
    });

    it('localised text with an unknown shape, pointing inside it', () => {
      const framework = countyFramework();
      (framework as { title: unknown }).title = { fr: 'Préparation' };
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.title.en missing', '$.title.fr unknown_property']);
    });

    it('duplicate ids anywhere in the item namespace, naming the first use', () => {
      const framework = countyFramework();
      framework.levels[1]!.roles![0]!.capacities[0]!.id = 'readiness.team';
      const issues = frameworkIssues(framework);
      expect(located(issues)).to.deep.equal(['$.levels[1].roles[0].capacities[0].id duplicate_id']);
      expect(issues[0]!.message).to.equal('duplicate item id "readiness.team" (first used at $.conditions[0].elements[0].id)');
    });

    it('undeclared tags and sources', () => {
      const framework = countyFramework();
      framework.conditions![0]!.elements[1]!.tags = ['data', 'equity'];
      framework.conditions![0]!.elements[0]!.citations = [{ source: 'elsewhere', locator: 'p. 1' }];
      expect(located(frameworkIssues(framework))).to.deep.equal([
        '$.conditions[0].elements[0].citations[0].source unknown_source',
        '$.conditions[0].elements[1].tags[1] unknown_tag',
      ]);
    });

    it('a scale whose values do not increase', () => {
      const framework = countyFramework();
      framework.scale.levels[2]!.value = 2;
      const [problem] = frameworkIssues(framework);
      expect(problem!.jsonPath).to.equal('$.scale.levels[2].value');
      expect(problem!.message).to.equal('scale values must increase: 2 follows 2');
    });

    it('a scale with fewer than two levels', () => {
      const framework = countyFramework();
      framework.scale.levels.length = 1;
      expect(frameworkIssues(framework)[0]!.message).to.equal('must have at least 2 entries, got an array of 1');
    });

    it('blank text', () => {
      const framework = countyFramework();
      framework.conditions![0]!.elements[0]!.descriptions.district = '   ';
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.conditions[0].elements[0].descriptions.district blank_text']);
    });

    it('blank partner wording of a scale level', () => {
      const framework = countyFramework();
      framework.scale.levels[0]!.partnerDescriptor = { en: 'The organization has not started.', es: ' ' };
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.scale.levels[0].partnerDescriptor.es blank_text']);
    });

    it('partner wording that is not text', () => {
      const framework = countyFramework() as unknown as { scale: { levels: Record<string, unknown>[] } };
      framework.scale.levels[0]!.partnerDescriptor = 3;
      expect(located(frameworkIssues(framework as unknown as Framework))).to.deep.equal(['$.scale.levels[0].partnerDescriptor invalid_type']);
    });

    it('a level that borrows condition descriptions from a level the framework lacks', () => {
      const framework = countyFramework();
      framework.levels.push({ id: 'geo-lead', name: 'Geo Lead', conditionsFrom: 'state', roles: [{ id: 'geo.r', name: 'R', capacities: [{ id: 'geo.r.01', statement: 'S' }] }] });
      expect(frameworkIssues(framework).map((i) => i.message)).to.deep.equal(['refers to level "state", which the framework does not declare in $.levels']);
    });

    it('a level with nothing to rate', () => {
      const framework = countyFramework();
      framework.levels.push({ id: 'school', name: 'School' });
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.levels[2] empty_level']);
    });

    it('duplicate levels', () => {
      const framework = countyFramework();
      framework.levels.push({ id: 'district', name: 'District again' });
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.levels[2].id duplicate_id']);
    });

    it('a document from a newer version of the format, before anything else', () => {
      const issues = frameworkIssues({ ...countyFramework(), schemaVersion: 2, id: 'Bad Id' });
      expect(located(issues)).to.deep.equal(['$.schemaVersion future_schema_version']);
      expect(issues[0]!.message).to.contain('upgrade @sos-kit/core');
    });

    it('every problem at once, not just the first', () => {
      const framework = countyFramework() as unknown as Record<string, unknown>;
      framework.version = 'two';
      framework.versionDate = '2026-13-01';
      framework.levels = [];
      expect(located(frameworkIssues(framework))).to.deep.equal(['$.version invalid_format', '$.versionDate invalid_format', '$.levels too_small']);
    });
  });

  describe('throws', () => {
    it('one SosValidationError listing every problem with its path', () => {
      const framework = { ...countyFramework(), version: 'two', extra: true };
      let error: unknown;
      try {
        parseFramework(framework, { source: 'county.json' });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(SosValidationError);
      const validation = error as SosValidationError;
      expect(validation.kind).to.equal('framework');
      expect(validation.issues).to.have.length(2);
      expect(validation.message).to.equal(
        [
          'Invalid framework (county.json): 2 problems',
          '  - $.version: expected a semantic version such as "1.0.0", got "two"',
          '  - $.extra: is not a known property here; check its spelling or remove it',
        ].join('\n'),
      );
    });
  });
});

describe('parseAssessment', () => {
  let framework: Framework;
  before(() => {
    framework = parseFramework(countyFramework());
  });

  describe('accepts', () => {
    it('a draft with ratings, non-scored answers, notes without a rating yet, and targets', () => {
      const draft = draftFor(framework);
      draft.ratings = {
        'readiness.team': { value: 3, evidence: 'Team roster, meeting notes' },
        'readiness.data': { value: 'not-applicable' },
      };
      draft.targets = { 'readiness.data': 3, readiness: 3 };
      const parsed = parseAssessment(draft, framework);
      expect(parsed.ratings['readiness.data']!.value).to.equal('not-applicable');
      const withNotesOnly = { ...draft, ratings: { 'readiness.team': { notes: 'Still deciding between 2 and 3' } } };
      expect(parseAssessment(withNotesOnly, framework).ratings['readiness.team']!.notes).to.equal('Still deciding between 2 and 3');
    });

    it('a partner rating, e.g. a COE rating a district it supports', () => {
      const rating: Assessment = {
        ...draftFor(framework),
        perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' }, relationship: 'differentiated-assistance' },
      };
      expect(parseAssessment(rating, framework).perspective.kind).to.equal('partner');
    });

    it('an assessment from an older minor version of the same framework', () => {
      const draft = draftFor(framework);
      draft.framework.version = '2.0.3';
      expect(parseAssessment(draft, framework).framework.version).to.equal('2.0.3');
    });

    it('without a framework, checking shape and self-consistency only', () => {
      const draft = draftFor(framework);
      draft.ratings['not-in-any-framework'] = { value: 99 };
      expect(parseAssessment(draft).ratings['not-in-any-framework']!.value).to.equal(99);
    });

    it('a self-assessment against the built-in framework', async () => {
      const builtIn = await loadBuiltInFramework('ca-sos-conditions-capacities');
      const draft = createAssessment(builtIn, { level: 'geo-lead', subject: { name: 'Sample COE', type: 'coe' }, now: '2026-09-01T16:00:00Z' });
      draft.ratings['shared-purpose.equity-focus'] = { value: 4 };
      draft.ratings['geo-lead.connect-counties.05'] = { value: 'dont-know' };
      expect(Object.keys(parseAssessment(draft, builtIn).ratings)).to.have.length(2);
    });

    it('without mutating its input', () => {
      const draft = deepFreeze(draftFor(framework));
      expect(parseAssessment(draft, framework)).to.deep.equal(draft);
    });
  });

  describe('reports with a JSON path', () => {
    it('text that is not JSON at all', () => {
      expect(located(assessmentIssues('not json', framework))).to.deep.equal(['$ invalid_json']);
    });

    it('rated items that are not in the framework', () => {
      const draft = draftFor(framework);
      draft.ratings['readiness.budget'] = { value: 2 };
      const issues = assessmentIssues(draft, framework);
      expect(issues.map((i) => [i.jsonPath, i.code, i.message])).to.deep.equal([
        ['$.ratings["readiness.budget"]', 'unknown_item', '"readiness.budget" is not an item of framework "sample-coe-da-readiness"'],
      ]);
    });

    it('items that exist, but at another level', () => {
      const draft = draftFor(framework);
      draft.ratings['coe.da.01'] = { value: 2 };
      expect(assessmentIssues(draft, framework).map((i) => i.message)).to.deep.equal(['"coe.da.01" is a coe capacity, not part of the district level']);
      const coeDraft = draftFor(framework, 'coe');
      coeDraft.ratings['readiness.data'] = { value: 2 };
      expect(assessmentIssues(coeDraft, framework).map((i) => i.message)).to.deep.equal(['element "readiness.data" is not described at the coe level']);
    });

    it('values outside the scale, and non-scored answers the scale does not offer', () => {
      const draft = draftFor(framework);
      draft.ratings['readiness.team'] = { value: 4 };
      draft.ratings['readiness.data'] = { value: 'dont-know' };
      const issues = assessmentIssues(draft, framework);
      expect(located(issues)).to.deep.equal(['$.ratings["readiness.team"].value out_of_scale', '$.ratings["readiness.data"].value out_of_scale']);
      expect(issues[0]!.message).to.equal('expected a scale value (1, 2, 3) or "not-applicable", got 4');
    });

    it('ratings between scale points, and words that are not non-scored answers', () => {
      const fractional = draftFor(framework);
      fractional.ratings['readiness.team'] = { value: 2.5 };
      expect(assessmentIssues(fractional, framework).map((i) => [i.jsonPath, i.message])).to.deep.equal([
        ['$.ratings["readiness.team"].value', 'expected a scale value (1, 2, 3) or "not-applicable", got 2.5'],
      ]);
      const worded = draftFor(framework) as unknown as { ratings: Record<string, { value: unknown }> };
      worded.ratings['readiness.data'] = { value: 'n/a' };
      expect(assessmentIssues(worded, framework).map((i) => [i.jsonPath, i.message])).to.deep.equal([
        ['$.ratings["readiness.data"].value', 'expected a number or one of "not-applicable", "dont-know", got "n/a"'],
      ]);
    });

    it('targets on unknown items or off the scale', () => {
      const draft = draftFor(framework);
      draft.targets = { 'readiness.team': 5, nowhere: 2 };
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.targets["readiness.team"] out_of_scale', '$.targets.nowhere unknown_item']);
    });

    it('a level the framework does not have', () => {
      const draft = { ...draftFor(framework), level: 'state' as const, subject: { name: 'CDE', type: 'state-agency' as const } };
      expect(assessmentIssues(draft, framework).map((i) => i.message)).to.deep.equal(['framework "sample-coe-da-readiness" has no "state" level; it has "district", "coe"']);
    });

    it('a level that is not a system level at all', () => {
      const draft = { ...draftFor(framework), level: 'county' };
      expect(assessmentIssues(draft, framework).map((i) => i.message)).to.deep.equal([
        'expected one of "school", "district", "coe", "geo-lead", "state", got "county"',
      ]);
    });

    it('a subject that does not match the level', () => {
      const draft = { ...draftFor(framework), subject: { name: 'Lincoln Elementary', type: 'school' as const } };
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.subject.type subject_level_mismatch']);
    });

    it('another framework', () => {
      const draft = draftFor(framework);
      draft.framework.id = 'ca-sos-conditions-capacities';
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.framework.id framework_mismatch']);
    });

    it('an incompatible (different major) framework version', () => {
      const draft = draftFor(framework);
      draft.framework.version = '1.4.0';
      const [problem] = assessmentIssues(draft, framework);
      expect(problem!.jsonPath).to.equal('$.framework.version');
      expect(problem!.message).to.contain('not compatible with version 2.1.0');
    });

    it('a document from a newer version of the format', () => {
      const draft = { ...draftFor(framework), schemaVersion: 3 };
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.schemaVersion future_schema_version']);
    });

    it('a submitted assessment without its submission time', () => {
      const draft = { ...draftFor(framework), status: 'submitted' as const };
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.submittedAt missing']);
    });

    it('timestamps and school years that cannot be right', () => {
      const draft = { ...draftFor(framework), updatedAt: '2026-08-01T00:00:00Z', schoolYear: '2025-27' };
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.schoolYear invalid_school_year', '$.updatedAt invalid_timestamp']);
      const badFormat = { ...draftFor(framework), createdAt: 'yesterday' };
      expect(assessmentIssues(badFormat).map((i) => i.message)).to.deep.equal([
        'expected a date and time with its offset, such as "2026-03-01T17:30:00Z", got "yesterday"',
      ]);
    });

    it('a partner perspective that does not say who rates', () => {
      const draft = { ...draftFor(framework), perspective: { kind: 'partner' } };
      expect(located(assessmentIssues(draft, framework))).to.deep.equal(['$.perspective.rater missing']);
    });

    it('wrong types and missing fields together', () => {
      const { status: _status, ...draft } = draftFor(framework);
      const broken = { ...draft, subject: { name: 42, type: 'district' }, ratings: [] };
      expect(located(assessmentIssues(broken, framework))).to.deep.equal(['$.subject.name invalid_type', '$.status missing', '$.ratings invalid_type']);
    });
  });

  it('throws a SosValidationError naming the source', () => {
    const draft = draftFor(framework);
    draft.ratings['readiness.team'] = { value: 0 };
    expect(() => parseAssessment(draft, framework, { source: 'upload.json' }))
      .to.throw(SosValidationError)
      .with.property('message')
      .that.contains('Invalid assessment (upload.json): 1 problem');
  });
});
