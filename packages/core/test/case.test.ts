/**
 * CASE 1.1 conformance of the export. The rules below restate, per class, what the 1EdTech CASE
 * 1.1 JSON binding (getCFPackage response) requires: required fields, the only properties
 * allowed, identifier pattern, association vocabulary, and value types.
 */
import { expect } from 'chai';
import { frameworkToCase, loadBuiltInFramework, uuidV5, type CasePackage, type Framework } from '../src/index.js';
import { scoringFramework } from './support/scoring-framework.js';

type Kind = 'uuid' | 'uri' | 'datetime' | 'string' | 'int' | 'number' | 'strings' | 'link' | 'genlink' | 'array' | 'object' | 'caseVersion' | 'associationType';
interface ClassRule {
  required: string[];
  properties: Record<string, Kind>;
}

const LINK: ClassRule = { required: ['title', 'identifier', 'uri'], properties: { title: 'string', identifier: 'uuid', uri: 'uri' } };
const GEN_LINK: ClassRule = { required: ['title', 'identifier', 'uri'], properties: { title: 'string', identifier: 'string', uri: 'uri', targetType: 'string' } };
const RULES: Record<string, ClassRule> = {
  CFPackage: { required: ['CFDocument'], properties: { CFDocument: 'object', CFItems: 'array', CFAssociations: 'array', CFDefinitions: 'object', CFRubrics: 'array', extensions: 'object' } },
  CFDocument: {
    required: ['identifier', 'uri', 'creator', 'title', 'lastChangeDateTime'],
    properties: {
      identifier: 'uuid', uri: 'uri', frameworkType: 'string', caseVersion: 'caseVersion', creator: 'string', title: 'string', lastChangeDateTime: 'datetime', officialSourceURL: 'uri',
      publisher: 'string', description: 'string', subject: 'strings', subjectURI: 'array', language: 'string', version: 'string', adoptionStatus: 'string', statusStartDate: 'string',
      statusEndDate: 'string', licenseURI: 'link', notes: 'string', extensions: 'object',
    },
  },
  CFItem: {
    required: ['identifier', 'fullStatement', 'uri', 'lastChangeDateTime'],
    properties: {
      identifier: 'uuid', fullStatement: 'string', alternativeLabel: 'string', CFItemType: 'string', uri: 'uri', humanCodingScheme: 'string', listEnumeration: 'string',
      abbreviatedStatement: 'string', conceptKeywords: 'strings', conceptKeywordsURI: 'link', notes: 'string', subject: 'strings', subjectURI: 'array', language: 'string',
      educationLevel: 'strings', CFItemTypeURI: 'link', licenseURI: 'link', statusStartDate: 'string', statusEndDate: 'string', lastChangeDateTime: 'datetime', extensions: 'object',
    },
  },
  CFAssociation: {
    required: ['identifier', 'associationType', 'uri', 'originNodeURI', 'destinationNodeURI', 'lastChangeDateTime'],
    properties: {
      identifier: 'uuid', associationType: 'associationType', sequenceNumber: 'int', uri: 'uri', originNodeURI: 'genlink', destinationNodeURI: 'genlink', CFAssociationGroupingURI: 'link',
      lastChangeDateTime: 'datetime', notes: 'string', extensions: 'object',
    },
  },
  CFDefinitions: { required: [], properties: { CFConcepts: 'array', CFSubjects: 'array', CFLicenses: 'array', CFItemTypes: 'array', CFAssociationGroupings: 'array', extensions: 'object' } },
  CFItemType: {
    required: ['identifier', 'uri', 'title', 'description', 'hierarchyCode', 'lastChangeDateTime'],
    properties: { identifier: 'uuid', uri: 'uri', title: 'string', description: 'string', hierarchyCode: 'string', typeCode: 'string', lastChangeDateTime: 'datetime', extensions: 'object' },
  },
  CFRubric: {
    required: ['identifier', 'uri', 'lastChangeDateTime'],
    properties: { identifier: 'uuid', uri: 'uri', title: 'string', description: 'string', lastChangeDateTime: 'datetime', CFRubricCriteria: 'array', extensions: 'object' },
  },
  CFRubricCriterion: {
    required: ['identifier', 'uri', 'lastChangeDateTime'],
    properties: {
      identifier: 'uuid', uri: 'uri', category: 'string', description: 'string', CFItemURI: 'link', weight: 'number', position: 'int', rubricId: 'uuid', lastChangeDateTime: 'datetime',
      CFRubricCriterionLevels: 'array', extensions: 'object',
    },
  },
  CFRubricCriterionLevel: {
    required: ['identifier', 'uri', 'lastChangeDateTime'],
    // extensions is an array on this class only.
    properties: { identifier: 'uuid', uri: 'uri', description: 'string', quality: 'string', score: 'number', feedback: 'string', position: 'int', rubricCriterionId: 'uuid', lastChangeDateTime: 'datetime', extensions: 'array' },
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/;
const ASSOCIATIONS = ['isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf', 'precedes', 'isRelatedTo', 'replacedBy', 'exemplar', 'hasSkillLevel', 'isTranslationOf'];

function check(value: unknown, rule: ClassRule, path: string, problems: string[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${path}: not an object`);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const field of rule.required) if (record[field] === undefined) problems.push(`${path}.${field}: required`);
  for (const [field, v] of Object.entries(record)) {
    const kind = rule.properties[field];
    const at = `${path}.${field}`;
    if (!kind) problems.push(`${at}: not allowed on this class`);
    else if (kind === 'uuid' && !(typeof v === 'string' && UUID.test(v))) problems.push(`${at}: not a lowercase UUID`);
    else if (kind === 'uri' && !(typeof v === 'string' && URI.test(v))) problems.push(`${at}: not a URI`);
    else if (kind === 'datetime' && !(typeof v === 'string' && DATE_TIME.test(v))) problems.push(`${at}: not a date-time`);
    else if (kind === 'string' && typeof v !== 'string') problems.push(`${at}: not a string`);
    else if (kind === 'int' && !Number.isInteger(v)) problems.push(`${at}: not an integer`);
    else if (kind === 'number' && typeof v !== 'number') problems.push(`${at}: not a number`);
    else if (kind === 'strings' && !(Array.isArray(v) && v.every((s) => typeof s === 'string'))) problems.push(`${at}: not a list of strings`);
    else if (kind === 'array' && !Array.isArray(v)) problems.push(`${at}: not an array`);
    else if (kind === 'object' && (typeof v !== 'object' || Array.isArray(v))) problems.push(`${at}: not an object`);
    else if (kind === 'caseVersion' && v !== '1.1') problems.push(`${at}: must be "1.1"`);
    else if (kind === 'associationType' && !(typeof v === 'string' && (ASSOCIATIONS.includes(v) || /^ext:[a-zA-Z0-9.\-_]+$/.test(v)))) problems.push(`${at}: not in the association vocabulary`);
    else if (kind === 'link') check(v, LINK, at, problems);
    else if (kind === 'genlink') check(v, GEN_LINK, at, problems);
  }
}

function conformanceProblems(pkg: CasePackage): string[] {
  const problems: string[] = [];
  check(pkg, RULES.CFPackage!, '$', problems);
  check(pkg.CFDocument, RULES.CFDocument!, '$.CFDocument', problems);
  pkg.CFItems.forEach((item, i) => check(item, RULES.CFItem!, `$.CFItems[${i}]`, problems));
  pkg.CFAssociations.forEach((a, i) => check(a, RULES.CFAssociation!, `$.CFAssociations[${i}]`, problems));
  check(pkg.CFDefinitions, RULES.CFDefinitions!, '$.CFDefinitions', problems);
  pkg.CFDefinitions.CFItemTypes.forEach((t, i) => check(t, RULES.CFItemType!, `$.CFDefinitions.CFItemTypes[${i}]`, problems));
  pkg.CFRubrics.forEach((rubric, r) => {
    check(rubric, RULES.CFRubric!, `$.CFRubrics[${r}]`, problems);
    rubric.CFRubricCriteria.forEach((criterion, c) => {
      check(criterion, RULES.CFRubricCriterion!, `$.CFRubrics[${r}].CFRubricCriteria[${c}]`, problems);
      criterion.CFRubricCriterionLevels.forEach((level, l) => check(level, RULES.CFRubricCriterionLevel!, `$.CFRubrics[${r}].CFRubricCriteria[${c}].CFRubricCriterionLevels[${l}]`, problems));
    });
  });
  return problems;
}

describe('CASE 1.1 export', () => {
  let framework: Framework;
  let pkg: CasePackage;
  before(async () => {
    framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
    pkg = frameworkToCase(framework);
  });

  it('derives identifiers as RFC 9562 version 5 UUIDs', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).to.equal('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('conforms to the CASE 1.1 binding: required fields, allowed properties, identifiers, vocabulary', () => {
    expect(conformanceProblems(pkg)).to.deep.equal([]);
  });

  it('the checker itself catches what the binding forbids', () => {
    const broken = JSON.parse(JSON.stringify(pkg)) as CasePackage & { CFItems: Record<string, unknown>[] };
    broken.CFItems[0]!.CFDocumentURI = { title: 'x', identifier: pkg.CFDocument.identifier, uri: 'urn:x' };
    broken.CFItems[1]!.identifier = 'ABC';
    (broken.CFAssociations[0] as unknown as Record<string, unknown>).associationType = 'isParentOf';
    (broken.CFRubrics[0]!.CFRubricCriteria[0]!.CFRubricCriterionLevels[0] as unknown as Record<string, unknown>).extensions = {};
    delete (broken.CFDocument as unknown as Record<string, unknown>).creator;
    expect(conformanceProblems(broken)).to.deep.equal([
      '$.CFDocument.creator: required',
      '$.CFItems[0].CFDocumentURI: not allowed on this class',
      '$.CFItems[1].identifier: not a lowercase UUID',
      '$.CFAssociations[0].associationType: not in the association vocabulary',
      '$.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].extensions: not an array',
    ]);
  });

  it('holds conditions, elements, one description per element and level, levels, roles and capacities', () => {
    const byType = (type: string) => pkg.CFItems.filter((i) => i.CFItemType === type).length;
    expect([byType('Enabling Condition'), byType('Condition Element'), byType('Level Description'), byType('System Level'), byType('Role'), byType('Capacity')]).to.deep.equal([4, 18, 72, 5, 18, 110]);
    expect(pkg.CFDefinitions.CFItemTypes.map((t) => t.title)).to.deep.equal(['Enabling Condition', 'Condition Element', 'Level Description', 'System Level', 'Role', 'Capacity']);
  });

  it('links every item to its parent with isChildOf and a sequence number from 1', () => {
    const ids = new Set([pkg.CFDocument.identifier, ...pkg.CFItems.map((i) => i.identifier)]);
    expect(pkg.CFAssociations).to.have.length(pkg.CFItems.length);
    const byParent = new Map<string, number[]>();
    for (const a of pkg.CFAssociations) {
      expect(a.associationType).to.equal('isChildOf');
      expect(ids.has(a.originNodeURI.identifier) && ids.has(a.destinationNodeURI.identifier)).to.equal(true);
      byParent.set(a.destinationNodeURI.identifier, [...(byParent.get(a.destinationNodeURI.identifier) ?? []), a.sequenceNumber]);
    }
    for (const sequence of byParent.values()) expect(sequence).to.deep.equal(sequence.map((_, i) => i + 1));
    const equity = pkg.CFItems.find((i) => i.humanCodingScheme === 'shared-purpose.equity-focus@district')!;
    expect(equity.fullStatement).to.match(/^District staff are committed and take action/);
  });

  it('has a rubric criterion for every rated item of every level, with the scale as levels', () => {
    const [rubric] = pkg.CFRubrics;
    expect(rubric!.CFRubricCriteria).to.have.length(32 + 45 + 38 + 34 + 51);
    const items = new Set(pkg.CFItems.map((i) => i.identifier));
    for (const criterion of rubric!.CFRubricCriteria) {
      expect(items.has(criterion.CFItemURI.identifier)).to.equal(true);
      expect(criterion.rubricId).to.equal(rubric!.identifier);
      expect(criterion.CFRubricCriterionLevels.map((l) => [l.quality, l.score, l.position])).to.deep.equal([
        ['Exploration and Research Phase', 1, 1],
        ['Beginning Development', 2, 2],
        ['Initial Implementation', 3, 3],
        ['Full Implementation', 4, 4],
        ['Full Implementation and Sustainability', 5, 5],
      ]);
    }
  });

  it('is deterministic: the same framework exports the same bytes, dated by its version date', () => {
    expect(JSON.stringify(frameworkToCase(framework))).to.equal(JSON.stringify(pkg));
    expect(pkg.CFDocument.lastChangeDateTime).to.equal(`${framework.versionDate}T00:00:00Z`);
    const all = [pkg.CFDocument, ...pkg.CFItems, ...pkg.CFAssociations, ...pkg.CFRubrics.flatMap((r) => r.CFRubricCriteria)];
    expect(new Set(all.map((o) => o.identifier)).size).to.equal(all.length);
  });

  it('keeps identifiers stable across framework versions', () => {
    const next = frameworkToCase({ ...framework, version: '1.1.0', versionDate: '2027-01-01' });
    expect(next.CFItems.map((i) => i.identifier)).to.deep.equal(pkg.CFItems.map((i) => i.identifier));
    expect(next.CFDocument.version).to.equal('1.1.0');
  });

  it('uses resolvable URIs under a base when given one', () => {
    const hosted = frameworkToCase(scoringFramework(), { baseUri: 'https://case.example.org/ims/case/v1p1/' });
    expect(hosted.CFItems[0]!.uri).to.equal(`https://case.example.org/ims/case/v1p1/CFItems/${hosted.CFItems[0]!.identifier}`);
    expect(conformanceProblems(hosted)).to.deep.equal([]);
  });
});
