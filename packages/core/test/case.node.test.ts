/**
 * CASE export at scale and its identifiers against Node's own SHA-1: the portable hash must give
 * exactly what node:crypto gives, and the streamed export exactly what frameworkToCase builds.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { frameworkToCase, frameworkToCaseJson, loadBuiltInFramework, sha1, uuidV5, uuidV5Namespace } from '../src/index.js';
import { sha1Hex } from '../src/interchange/uuid.js';
import { wideFramework } from './support/wide-framework.js';

const nodeSha1 = (bytes: Uint8Array, length: number) => createHash('sha1').update(bytes.subarray(0, length)).digest();
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('UUID v5 and SHA-1', () => {
  it('gives the published UUID v5 values', () => {
    expect(uuidV5('www.example.com', DNS)).to.equal('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('python.org', DNS)).to.equal('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('urn:sos-kit', URL_NS)).to.equal('2999e7d6-ef17-5d52-bcea-71b9aced93fd');
  });

  it('hashes exactly like node:crypto, for any text and at every block boundary', () => {
    for (let length = 0; length <= 200; length++) expect(sha1Hex('a'.repeat(length)), `length ${length}`).to.equal(createHash('sha1').update('a'.repeat(length)).digest('hex'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha1Hex(text)).to.equal(createHash('sha1').update(text, 'utf8').digest('hex'));
        expect(uuidV5(text, DNS)).to.equal(uuidV5(text, DNS, nodeSha1));
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('derives many identifiers from one namespace with reused buffers, long names included', () => {
    const idOf = uuidV5Namespace(DNS);
    const names = ['a', 'b'.repeat(10_000), 'ñ😀', 'a'];
    expect(names.map(idOf)).to.deep.equal(names.map((n) => uuidV5(n, DNS, nodeSha1)));
    expect(sha1(new Uint8Array([1, 2, 3, 4]), 2)).to.deep.equal(new Uint8Array(createHash('sha1').update(new Uint8Array([1, 2])).digest()));
  });
});

describe('CASE export as a stream', () => {
  it('joins to exactly the package frameworkToCase builds, with a host hasher or without', async () => {
    const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
    const pkg = frameworkToCase(framework, { baseUri: 'https://case.example.org/v1p1' });
    for (const hasher of [{}, { sha1: nodeSha1 }]) {
      expect(JSON.parse([...frameworkToCaseJson(framework, { baseUri: 'https://case.example.org/v1p1', ...hasher })].join(''))).to.deep.equal(pkg);
    }
    expect(frameworkToCase(framework, { sha1: nodeSha1 })).to.deep.equal(frameworkToCase(framework));
  });

  it('writes a large framework object by object: no piece larger than one object', () => {
    // 20,000 items here; `npm run bench` times 100,000.
    const framework = wideFramework(20, 1000);
    let pieces = 0;
    let longest = 0;
    let items = 0;
    let criteria = 0;
    for (const piece of frameworkToCaseJson(framework, { sha1: nodeSha1 })) {
      pieces++;
      longest = Math.max(longest, piece.length);
      if (piece.includes('"CFItemType":"Capacity"')) items++;
      if (piece.includes('"CFRubricCriterionLevels"')) criteria++;
    }
    expect([items, criteria]).to.deep.equal([20_000, 20_000]);
    expect(pieces).to.be.greaterThan(60_000);
    expect(longest).to.be.lessThan(4096);
  });
});
