/**
 * JSON text as people and tools write it: byte-order marks, syntax errors that must be found by
 * line and column, and keys written twice (which JSON.parse resolves by silently keeping one).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { Aggregator, createAssessment, safeParseAggregateState, safeParseAssessment, safeParseFramework, type Framework } from '../src/index.js';
import { scoringFramework } from './support/scoring-framework.js';
import { decodeJsonText } from '../src/validate/json-text.js';

const framework: Framework = scoringFramework();
const draftText = (): string => JSON.stringify(createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z' }), null, 2);

describe('reading JSON text', () => {
  it('accepts a UTF-8 byte-order mark before any document', () => {
    expect(safeParseAssessment(`\uFEFF${draftText()}`, framework).success).to.equal(true);
    expect(safeParseFramework(`\uFEFF${JSON.stringify(framework)}`).success).to.equal(true);
    expect(safeParseAggregateState(`\uFEFF${JSON.stringify(new Aggregator(framework, 'district').state())}`, framework).success).to.equal(true);
  });

  it('gives the line and column of a syntax error', () => {
    const text = draftText().replace('"status": "draft",', '"status": "draft"');
    const result = safeParseAssessment(text, framework);
    expect(result.success).to.equal(false);
    const line = text.split('\n').findIndex((l) => l.includes('"createdAt"')) + 1;
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]).to.include({ jsonPath: '$', code: 'invalid_json' });
    expect(result.issues[0]!.message).to.equal(`is not valid JSON: expected "," or "}", found a double quote at line ${line}, column 3`);
  });

  it('counts lines and columns after a byte-order mark the same way an editor does', () => {
    const result = safeParseAssessment('\uFEFF{\n  "a": tru\n}');
    expect(result.issues[0]!.message).to.equal('is not valid JSON: expected a value (an object, array, string, number, true, false or null), found "t" at line 2, column 8');
    expect(safeParseAssessment('\uFEFF{"a": 1, "a": 2}').issues[0]!.message).to.match(/\(line 1, column 2 and line 1, column 10\)/);
    expect(safeParseAssessment('\uFEFF{"a" 1}').issues[0]!.message).to.equal('is not valid JSON: expected ":" after the property name "a", found "1" at line 1, column 6');
  });

  it('describes truncated text, stray text and bad escapes', () => {
    const message = (text: string) => safeParseFramework(text).issues[0]!.message;
    expect(message('')).to.equal('is not valid JSON: expected a value, found the end of the text at line 1, column 1');
    expect(message('{"id": "x"')).to.equal('is not valid JSON: expected "," or "}", found the end of the text at line 1, column 11');
    expect(message('{} {}')).to.equal('is not valid JSON: expected the end of the text after the JSON value, found "{" at line 1, column 4');
    expect(message('{"id": "a\\qb"}')).to.equal('is not valid JSON: expected an escape such as \\n, \\" or \\u00e9 after a backslash, found "q" at line 1, column 11');
    expect(message('{id: 1}')).to.equal('is not valid JSON: expected a property name in double quotes, found "i" at line 1, column 2');
    expect(message('{"id": "x\ny"}')).to.equal('is not valid JSON: expected an escape such as \\n instead of a control character inside a string, found character U+000A at line 1, column 10');
    expect(message('{"id": "\\u12g4"}')).to.equal('is not valid JSON: expected four hexadecimal digits after "\\u", found "g" at line 1, column 13');
    expect(message('{"id": "never closed')).to.equal('is not valid JSON: expected a double quote closing the string, found the end of the text at line 1, column 21');
  });

  it('says what was expected where a trailing comma or single quotes break the text', () => {
    const message = (text: string) => safeParseFramework(text).issues[0]!.message;
    expect(message('{"id": "x",}')).to.equal('is not valid JSON: expected a property name in double quotes (remove the comma before "}"), found "}" at line 1, column 12');
    expect(message('{"levels": [1, 2,]}')).to.equal(
      'is not valid JSON: expected a value (an object, array, string, number, true, false or null) (remove the comma before "]"), found "]" at line 1, column 18',
    );
    expect(message("{'id': 1}")).to.equal('is not valid JSON: expected a property name in double quotes, found "\'" at line 1, column 2');
    expect(message('{"id": \'x\'}')).to.equal('is not valid JSON: expected a string in double quotes, found "\'" at line 1, column 8');
  });

  it('reports a key written twice, at its path, with both places', () => {
    const text = draftText().replace('"ratings": {}', '"ratings": {\n    "e1": {"value": 1},\n    "e1": {"value": 5}\n  }');
    const result = safeParseAssessment(text, framework);
    expect(result.success).to.equal(false);
    expect(result.issues.map((i) => [i.jsonPath, i.code])).to.deep.equal([['$.ratings.e1', 'duplicate_key']]);
    expect(result.issues[0]!.message).to.match(/^appears twice in one object \(line \d+, column 5 and line \d+, column 5\); JSON readers keep only the last value, so remove one$/);
  });

  it('finds duplicates written with different escapes, and at any depth', () => {
    const result = safeParseFramework('{"levels": [{"id": "district", "roles": [{"i\\u0064": "a", "id": "b"}]}]}');
    expect(result.issues.map((i) => i.jsonPath)).to.deep.equal(['$.levels[0].roles[0].id']);
  });

  it('treats "__proto__" written twice like any other duplicate', () => {
    const text = draftText().replace('"ratings": {}', '"ratings": {"__proto__": {"value": 1}, "__proto__": {"value": 2}}');
    expect(safeParseAssessment(text).issues.map((i) => i.jsonPath)).to.deep.equal(['$.ratings.__proto__']);
  });

  it('finds every duplicate in generated text, whatever the strings hold and however keys are written', () => {
    // Keys and strings full of what could confuse a reader of the text: quotes, backslashes,
    // colons, braces; each key written plainly or with every character escaped, and space before
    // the colon. The text's duplicates are known from how it was made.
    const tricky = fc.constantFrom('a', 'b', 'a"', 'a\\', ':', '":', '{"x": 1}', '__proto__', 'é', '\u2028');
    const write = (key: string, escaped: boolean) =>
      escaped ? `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(key);
    type Made = { text: string; duplicates: number };
    const { value } = fc.letrec<{ value: Made; object: Made; array: Made }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tricky.map((t) => ({ text: JSON.stringify(t), duplicates: 0 })), fc.constant({ text: '12.5', duplicates: 0 }), tie('object'), tie('array')),
      array: fc.array(tie('value'), { maxLength: 4 }).map((items) => ({ text: `[${items.map((i) => i.text).join(',')}]`, duplicates: items.reduce((n, i) => n + i.duplicates, 0) })),
      object: fc.array(fc.tuple(tricky, fc.boolean(), fc.constantFrom('', ' ', '\n\t '), tie('value')), { maxLength: 5 }).map((members) => {
        const seen = new Set<string>();
        let duplicates = 0;
        for (const [key, , , member] of members) {
          if (seen.has(key)) duplicates++;
          seen.add(key);
          duplicates += member.duplicates;
        }
        return { text: `{${members.map(([key, escaped, space, member]) => `${write(key, escaped)}${space}:${member.text}`).join(',')}}`, duplicates };
      }),
    }));
    fc.assert(
      fc.property(value, ({ text, duplicates }) => {
        const { issues } = decodeJsonText(text);
        expect(issues.map((i) => i.code)).to.deep.equal(Array(duplicates).fill('duplicate_key'), text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads text nested 100,000 levels deep without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = safeParseAssessment(deep);
    expect(result.issues[0]!.message).to.equal('expected an assessment object, got an array of 1');
    expect(safeParseAssessment(`${'['.repeat(100_000)}`).issues[0]!.code).to.equal('invalid_json');
  });
});

describe('message wording', () => {
  it('names the allowed values of a discriminator', () => {
    const doc = { ...JSON.parse(draftText()), perspective: { kind: 'x' } };
    const result = safeParseAssessment(doc);
    expect(result.issues.map((i) => [i.jsonPath, i.message])).to.deep.equal([['$.perspective.kind', 'expected one of "self", "partner", got "x"']]);
  });

  it('uses the right article for every kind of document', () => {
    expect(safeParseAssessment(3).issues[0]!.message).to.equal('expected an assessment object, got number 3');
    expect(safeParseFramework(null).issues[0]!.message).to.equal('expected a framework object, got null');
    expect(safeParseAggregateState([]).issues[0]!.message).to.equal('expected an aggregate state object, got an array of 0');
  });

  it('never prints an empty list, "undefined" or an object dump', () => {
    const docs: unknown[] = [
      { ...JSON.parse(draftText()), perspective: { kind: 'partner' } },
      { ...JSON.parse(draftText()), perspective: 'self' },
      { ...JSON.parse(draftText()), perspective: {} },
      { ...JSON.parse(draftText()), ratings: { e1: { value: {} } } },
      { ...JSON.parse(draftText()), subject: { name: '', type: 'moon' } },
      { ...JSON.parse(draftText()), targets: { e1: 'high' } },
      {},
    ];
    for (const doc of docs) {
      for (const found of safeParseAssessment(doc, framework).issues) {
        expect(found.message, found.message).not.to.match(/expected ,|expected\s*$|undefined|\[object|function|\ba [aeiou]/);
      }
    }
  });
});
