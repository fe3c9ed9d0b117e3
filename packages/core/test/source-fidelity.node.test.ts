/**
 * Framework statements are data quoted from the research: every condition, element, level
 * description, role and capacity statement must appear word for word in the source text, and
 * every principle cited by the principles instrument must be named in its source.
 *
 * The source texts are not redistributed with sos-kit; they sit beside the repository in
 * `../shared/seeds` (or SOS_SEEDS_DIR). Without them this suite cannot run and says so.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { localize, type Framework } from '../src/index.js';

const seedsDir = process.env.SOS_SEEDS_DIR ?? fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const SEEDS = {
  'pace-wested-conditions-capacities': '000_8592ec76f7004deb.txt',
  'collaborative-2018-always-room': '001_db69942e45be461d.txt',
  'collaborative-2017-meeting-34': '003_d4f899b2180d5489.txt',
} as const;

/** Undoes PDF extraction: words split at line-end hyphens or dashes are rejoined; whitespace collapses. */
function normalise(text: string): string {
  return text
    .replace(/([A-Za-z]-|—)[ \t]*\r?\n\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/ ¡ /g, ' ');
}

const readFramework = (name: string): Framework =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../frameworks/${name}.json`, import.meta.url)), 'utf8')) as Framework;

const available = existsSync(`${seedsDir}/${SEEDS['pace-wested-conditions-capacities']}`);

describe('source fidelity', { skip: available ? false : `source texts not found in ${seedsDir}; set SOS_SEEDS_DIR to check fidelity` }, () => {
  const source = (id: keyof typeof SEEDS) => normalise(readFileSync(`${seedsDir}/${SEEDS[id]}`, 'utf8'));

  it('quotes every statement of the conditions-and-capacities framework verbatim', () => {
    const text = source('pace-wested-conditions-capacities');
    const framework = readFramework('ca-sos-conditions-capacities');
    const statements: string[] = [];
    for (const condition of framework.conditions ?? []) {
      statements.push(localize(condition.name));
      for (const element of condition.elements) {
        statements.push(localize(element.name), ...Object.values(element.descriptions).map((d) => localize(d)));
      }
    }
    for (const level of framework.levels) {
      for (const role of level.roles ?? []) statements.push(localize(role.name), ...role.capacities.map((c) => localize(c.statement)));
    }
    expect(statements).to.have.length(4 + 18 * 5 + 18 + 110);
    const missing = statements.filter((s) => !text.includes(s));
    expect(missing, 'statements not found verbatim in the source').to.deep.equal([]);
  });

  it('names only principles that its sources state', () => {
    const framework = readFramework('ca-sos-effective-support-principles');
    const citations = (framework.conditions ?? []).flatMap((c) => [...(c.citations ?? []), ...c.elements.flatMap((e) => e.citations ?? [])]);
    const missing = citations
      .filter((c) => !source(c.source as keyof typeof SEEDS).toLowerCase().includes(c.locator.replace(/^(Design principle|Principle): /, '').toLowerCase()))
      .map((c) => `${c.source}: ${c.locator}`);
    expect(new Set(citations.map((c) => c.locator)).size).to.equal(13);
    expect(missing).to.deep.equal([]);
  });
});
