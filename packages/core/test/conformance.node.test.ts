/**
 * One fixture corpus through the runtime validators (zod) and the published JSON Schemas (ajv):
 * both must make the same accept/reject decision on every document.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  aggregateAssessments,
  AggregateResultSchema,
  analyzeGaps,
  AggregateStateSchema,
  AssessmentSchema,
  FrameworkSchema,
  GapReportSchema,
  ImprovementPlanSchema,
  parseFramework,
  safeParseAggregateState,
  safeParseAssessment,
  safeParseFramework,
  safeParseImprovementPlan,
  scoreAssessment,
  ScoreResultSchema,
  TEXT_FORMATS,
  type Framework,
} from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const schemas = fileURLToPath(new URL('../../../schemas/', import.meta.url));
const frameworks = fileURLToPath(new URL('../frameworks/', import.meta.url));

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function compile(file: string): ValidateFunction {
  // zod measures string length in UTF-16 code units; ajv does the same with unicode: false.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, unicode: false });
  ajv.addVocabulary(['version']);
  return ajv.compile(readJson(`${schemas}${file}`) as object);
}

type Group = 'valid' | 'invalid' | 'semantic-invalid';
const GROUPS: Group[] = ['valid', 'invalid', 'semantic-invalid'];

type Kind = 'framework' | 'assessment' | 'aggregate-state' | 'improvement-plan';

function corpus(kind: Kind, group: Group): [string, unknown][] {
  const dir = `${fixtures}${kind}/${group}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), readJson(dir + f)]);
}

describe('conformance: zod and the published JSON Schemas agree', () => {
  const validateFramework = compile('framework.schema.json');
  const validateAssessment = compile('assessment.schema.json');
  const validateState = compile('aggregate-state.schema.json');
  const fixtureFramework = parseFramework(readJson(`${fixtures}framework/valid/minimal.json`)) as Framework;
  const validatePlan = compile('improvement-plan.schema.json');
  const builtInFramework = parseFramework(readJson(`${frameworks}ca-sos-conditions-capacities.json`));

  it('has a corpus of at least 60 documents in every group', () => {
    const sizes = GROUPS.flatMap((g) => [corpus('framework', g).length, corpus('assessment', g).length]);
    expect(sizes.every((n) => n >= 4), String(sizes)).to.equal(true);
    expect(sizes.reduce((a, b) => a + b)).to.be.at.least(60);
    expect(GROUPS.map((g) => corpus('aggregate-state', g).length).every((n) => n >= 3)).to.equal(true);
  });

  const kinds = [
    { kind: 'framework', zod: FrameworkSchema, ajv: validateFramework, parse: (doc: unknown) => safeParseFramework(doc).success },
    { kind: 'assessment', zod: AssessmentSchema, ajv: validateAssessment, parse: (doc: unknown) => safeParseAssessment(doc, fixtureFramework).success },
    { kind: 'aggregate-state', zod: AggregateStateSchema, ajv: validateState, parse: (doc: unknown) => safeParseAggregateState(doc, fixtureFramework).success },
    { kind: 'improvement-plan', zod: ImprovementPlanSchema, ajv: validatePlan, parse: (doc: unknown) => safeParseImprovementPlan(doc, builtInFramework).success },
  ] as const;

  for (const { kind, zod, ajv, parse } of kinds) {
    for (const group of GROUPS) {
      describe(`${kind} / ${group}`, () => {
        for (const [name, doc] of corpus(kind, group)) {
          it(name, () => {
            const zodAccepts = zod.safeParse(doc).success;
            const ajvAccepts = ajv(doc);
            expect(zodAccepts, `zod ${zodAccepts ? 'accepts' : 'rejects'} but ajv ${ajvAccepts ? 'accepts' : 'rejects'}: ${JSON.stringify(ajv.errors)}`).to.equal(ajvAccepts);
            expect(ajvAccepts).to.equal(group !== 'invalid');
            expect(parse(doc)).to.equal(group === 'valid');
          });
        }
      });
    }
  }

  describe('built-in frameworks against the published schema', () => {
    for (const file of readdirSync(frameworks).filter((f) => f.endsWith('.json'))) {
      it(file, () => {
        const doc = readJson(frameworks + file);
        expect(validateFramework(doc), JSON.stringify(validateFramework.errors)).to.equal(true);
        expect(safeParseFramework(doc).success).to.equal(true);
      });
    }
  });

  describe('result documents', () => {
    const framework = scoringFramework();
    const self = assessmentOf(framework, CASE_A, { targets: { c1: 5 } });
    const sparse = assessmentOf(framework, { e1: 'not-applicable', e2: 'dont-know', k1: 3 });
    const results = [
      ['score-result', ScoreResultSchema, scoreAssessment(self, framework)],
      ['score-result (sparse)', ScoreResultSchema, scoreAssessment(sparse, framework)],
      ['gap-report', GapReportSchema, analyzeGaps(framework, { comparison: 'current-vs-target', current: [self, sparse], defaultTarget: 4 })],
      ['aggregate', AggregateResultSchema, aggregateAssessments([self, sparse], framework)],
    ] as const;
    for (const [name, zod, result] of results) {
      it(`${name}: accepted by zod and by the published schema, and a broken copy rejected by both`, () => {
        const validate = compile(`${name.split(' ')[0]!}.schema.json`);
        expect(zod.safeParse(result).success).to.equal(true);
        expect(validate(result), JSON.stringify(validate.errors)).to.equal(true);
        const broken = { ...JSON.parse(JSON.stringify(result)), schemaVersion: 2 };
        expect(zod.safeParse(broken).success).to.equal(false);
        expect(validate(broken)).to.equal(false);
      });
    }
  });

  it('publishes exactly the text formats the model defines (JSDoc @pattern tags cannot drift from model/patterns.ts)', () => {
    const published = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') published.add(value);
          else collect(value);
        }
      }
    };
    for (const file of readdirSync(schemas).filter((f) => f.endsWith('.schema.json'))) collect(readJson(schemas + file));
    expect([...published].sort()).to.deep.equal(TEXT_FORMATS.map((f) => f.pattern.source).sort());
  });

  it('gives each schema a stable $id and a version', () => {
    for (const file of ['framework.schema.json', 'assessment.schema.json', 'score-result.schema.json', 'gap-report.schema.json', 'aggregate.schema.json', 'aggregate-state.schema.json', 'improvement-plan.schema.json']) {
      const schema = readJson(schemas + file) as { $id: string; version: string };
      expect(schema.$id).to.equal(`urn:sos-kit:schema:v1:${file.replace('.schema.json', '')}`);
      expect(schema.version).to.match(/^1\.\d+\.\d+$/);
    }
  });
});

describe('the @sos-kit/core/zod entry', () => {
  it('has the schema of every part, and the main entry the whole-document schemas only', async () => {
    const parts = await import('../src/zod.js');
    const main = await import('../src/index.js');
    expect(parts.RatingSchema.safeParse({ value: 3 }).success).to.equal(true);
    expect(parts.OrganizationSchema.safeParse({ name: 'Sample Unified', type: 'district' }).success).to.equal(true);
    const mainSchemas = Object.keys(main).filter((name) => name.endsWith('Schema')).sort();
    expect(mainSchemas).to.deep.equal(['AggregateResultSchema', 'AggregateStateSchema', 'AssessmentSchema', 'FrameworkSchema', 'GapReportSchema', 'ImprovementPlanSchema', 'ScoreResultSchema']);
    for (const name of mainSchemas) expect(Object.keys(parts)).to.include(name);
  });
});
