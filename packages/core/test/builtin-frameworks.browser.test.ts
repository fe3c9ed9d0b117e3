/**
 * What a page downloads, seen as the browser sees it: English pages never fetch Spanish text
 * (nor the code that merges it), and a Spanish page fetches its level's Spanish texts only when
 * it asks for them. Browser only:
 * resource timing is where the downloads are visible.
 */
import { expect } from 'chai';
import { loadBuiltInFramework, localize } from '../src/index.js';

/** Paths of everything this page has fetched so far. */
const fetchedPaths = (): string[] => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** The framework data files this page has fetched so far, by file name. */
const fetchedFrameworkFiles = (): string[] =>
  fetchedPaths()
    .filter((path) => path.includes('/frameworks/') && path.endsWith('.json'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1));

/** Whether the code that merges a translation into English has been fetched. */
const translationCodeFetched = (): boolean => fetchedPaths().some((path) => path.endsWith('/frameworks/translation.ts'));

describe('downloads of built-in framework text', () => {
  it('fetches only the English of a level for an English page, and its Spanish only when asked', async () => {
    expect(fetchedFrameworkFiles()).to.deep.equal([]);
    const english = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' });
    expect(english.conditions![0]!.name).to.equal('Shared Purpose');
    expect(fetchedFrameworkFiles()).to.deep.equal(['ca-sos-conditions-capacities.district.json']);

    await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district', lang: 'en' });
    expect(fetchedFrameworkFiles().filter((file) => file.includes('.es.'))).to.deep.equal([]);
    expect(translationCodeFetched(), 'merging code fetched by an English page').to.equal(false);

    const spanish = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district', lang: 'es' });
    expect(localize(spanish.conditions![0]!.name, 'es')).to.equal('Propósito compartido');
    expect(fetchedFrameworkFiles()).to.deep.equal(['ca-sos-conditions-capacities.district.json', 'ca-sos-conditions-capacities.district.es.json']);
    expect(translationCodeFetched()).to.equal(true);
    // Only the level asked for: no other level, no whole document, no other framework.
    await loadBuiltInFramework('ca-sos-effective-support-principles', { level: 'coe' });
    expect(fetchedFrameworkFiles().filter((file) => file.includes('.es.'))).to.deep.equal(['ca-sos-conditions-capacities.district.es.json']);
  });
});
