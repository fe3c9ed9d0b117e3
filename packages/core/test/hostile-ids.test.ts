/**
 * Ids that collide with JavaScript's own property names. The id grammar (lowercase letters and
 * digits joined by "-" or ".") admits `constructor`; it must work like any other id everywhere.
 * `__proto__`, `toString`, `hasOwnProperty` and `valueOf` are outside the grammar: as framework
 * ids the schema rejects them with a clear message, and as keys under `ratings` or `targets`
 * they are reported as unknown items at their path — never dropped, never mistaken for
 * `Object.prototype`'s members.
 */
import { expect } from 'chai';
import {
  aggregateAssessments,
  analyzeGaps,
  createAssessment,
  parseFramework,
  safeParseAssessment,
  safeParseFramework,
  scoreAssessment,
  type Assessment,
  type Framework,
} from '../src/index.js';

const JS_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** A framework whose element, condition, role and capacity ids are JavaScript names. */
function hostileFramework(): Framework {
  return parseFramework({
    schemaVersion: 1,
    id: 'constructor',
    version: '1.0.0',
    versionDate: '2026-01-15',
    title: 'Hostile ids',
    scale: { id: 'constructor', name: 'Scale', levels: [1, 2, 3].map((value) => ({ value, label: `L${value}` })) },
    levels: [{ id: 'district', name: 'District', roles: [{ id: 'valueof', name: 'Role', capacities: [{ id: 'tostring', statement: 'K' }] }] }],
    conditions: [{ id: 'hasownproperty', name: 'Condition', elements: [{ id: 'constructor', name: 'E', descriptions: { district: 'D' } }, { id: 'proto', name: 'F', descriptions: { district: 'D' } }] }],
  });
}

function draft(framework: Framework, ratings: Assessment['ratings'], targets?: Assessment['targets']): Assessment {
  const assessment = createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z' });
  return { ...assessment, ratings, ...(targets ? { targets } : {}) };
}

describe('ids that collide with JavaScript property names', () => {
  const framework = hostileFramework();

  it('accepts "constructor" as a framework, scale and element id', () => {
    expect(framework.conditions![0]!.elements[0]!.id).to.equal('constructor');
  });

  it('rejects the ids outside the id grammar with a message naming the grammar', () => {
    for (const id of ['__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const result = safeParseFramework({ ...JSON.parse(JSON.stringify(framework)), id });
      expect(result.success, id).to.equal(false);
      expect(result.issues[0]).to.include({ jsonPath: '$.id', code: 'invalid_format' });
      expect(result.issues[0]!.message).to.match(/^expected an id of lowercase letters and digits/);
    }
  });

  it('scores an item called "constructor" against its own target, not Object\'s constructor', () => {
    const result = scoreAssessment(draft(framework, { constructor: { value: 1 } }), framework);
    const item = result.items.find((i) => i.id === 'constructor')!;
    expect(item).to.include({ score: 1 });
    expect(item.target).to.equal(undefined);
    const withTarget = scoreAssessment(draft(framework, { constructor: { value: 1 } }, { constructor: 3 }), framework);
    expect(withTarget.items.find((i) => i.id === 'constructor')!.target).to.equal(3);
  });

  it('gives a real gap for "constructor" rated 1 against a target of 3', () => {
    const report = analyzeGaps(framework, { comparison: 'current-vs-target', current: draft(framework, { constructor: { value: 1 } }, { constructor: 3 }) });
    const row = report.items.find((r) => r.id === 'constructor')!;
    expect(row).to.deep.include({ a: { value: 1, n: 1 }, b: { value: 3, n: 1 }, direction: 'b-higher', priority: 'high' });
    // An item without a target has nothing to compare: Object.prototype must not supply one.
    expect(report.items.find((r) => r.id === 'proto')!.b).to.deep.equal({ n: 0 });
    const untargeted = analyzeGaps(framework, { comparison: 'current-vs-target', current: draft(framework, { constructor: { value: 1 } }) });
    expect(untargeted.items.find((r) => r.id === 'constructor')).to.deep.include({ b: { n: 0 }, reason: 'side b has no scored answer to compare' });
  });

  it('aggregates an item called "constructor"', () => {
    const result = aggregateAssessments([draft(framework, { constructor: { value: 2 } }), draft(framework, { constructor: { value: 3 } })], framework);
    expect(result.items.find((i) => i.id === 'constructor')).to.include({ n: 2, mean: 2.5 });
  });

  for (const key of JS_NAMES.filter((k) => k !== 'constructor')) {
    it(`reports "${key}" under ratings as an unknown item, even with a garbage value`, () => {
      const text = `{"ratings":{"${key}":{"value":"garbage"}}}`;
      const input = { ...JSON.parse(JSON.stringify(draft(framework, {}))), ratings: JSON.parse(text).ratings };
      const result = safeParseAssessment(input, framework);
      expect(result.success).to.equal(false);
      expect(result.issues.map((i) => i.path.slice(0, 2))).to.deep.include(['ratings', key]);
    });

    it(`reports "${key}" under targets as an unknown item`, () => {
      const input = { ...JSON.parse(JSON.stringify(draft(framework, {}))), targets: JSON.parse(`{"${key}": 2}`) };
      const result = safeParseAssessment(input, framework);
      expect(result.success).to.equal(false);
      expect(result.issues.map((i) => i.jsonPath)).to.deep.equal([`$.targets.${key}`]);
      expect(result.issues[0]!.code).to.equal('unknown_item');
    });
  }

  it('validates the value under a "__proto__" rating key even without a framework', () => {
    const input = { ...JSON.parse(JSON.stringify(draft(framework, {}))), ratings: JSON.parse('{"__proto__": {"value": true}}') };
    const result = safeParseAssessment(input);
    expect(result.success).to.equal(false);
    expect(result.issues[0]!.jsonPath).to.equal('$.ratings.__proto__.value');
  });

  it('keeps a "__proto__" rating as an own property when no framework is given', () => {
    const input = { ...JSON.parse(JSON.stringify(draft(framework, {}))), ratings: JSON.parse('{"__proto__": {"value": 2}}') };
    const result = safeParseAssessment(input);
    expect(result.success).to.equal(true);
    if (!result.success) return;
    expect(Object.keys(result.data.ratings)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(result.data.ratings)).to.equal(Object.prototype);
    expect(JSON.parse(JSON.stringify(result.data)).ratings).to.deep.equal(JSON.parse('{"__proto__": {"value": 2}}'));
  });

  it('reads JSON text with a "__proto__" key without losing it', () => {
    const text = JSON.stringify(draft(framework, {})).replace('"ratings":{}', '"ratings":{"__proto__":{"value":1}}');
    const result = safeParseAssessment(text, framework);
    expect(result.success).to.equal(false);
    expect(result.issues.map((i) => i.jsonPath)).to.deep.equal(['$.ratings.__proto__']);
  });

  it('never names a JavaScript function in a message when a path walks through "constructor"', () => {
    const input = { ...JSON.parse(JSON.stringify(draft(framework, {}))), ratings: { constructor: 'x' } };
    const result = safeParseAssessment(input, framework);
    expect(result.success).to.equal(false);
    for (const i of result.issues) expect(i.message).not.to.match(/function/);
  });
});
