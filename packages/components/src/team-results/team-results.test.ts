import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { aggregateAssessments, AggregateResultSchema, createAssessment, parseFramework, readCsv, type Assessment, type Framework } from '@sos-kit/core';
import '../define.js';
import { SosTeamResults } from './team-results.js';

function framework(): Framework {
  const element = (id: string, name: string) => ({ id, name: { en: name, es: `${name} (es)` }, descriptions: { district: `${name} described.` } });
  return parseFramework({
    schemaVersion: 1,
    id: 'team',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'Team',
    scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: `Level ${value}`, es: `Nivel ${value}` } })) },
    levels: [{ id: 'district', name: 'District' }],
    conditions: [
      { id: 'trust', name: { en: 'Trust', es: 'Confianza' }, elements: [element('trust.a', 'Alpha'), element('trust.b', 'Bravo')] },
      // A name a spreadsheet would run as a formula: the CSV must neutralize it.
      { id: 'time', name: { en: 'Time', es: 'Tiempo' }, elements: [element('time.c', '=Charlie'), element('time.d', 'Delta')] },
    ],
  });
}

type Answer = number | 'not-applicable' | 'dont-know' | undefined;

/** One rater's assessment; `answers` in item order a, b, c, d. */
function rater(f: Framework, answers: Answer[], options: { partner?: boolean; evidence?: Partial<Record<string, string>>; role?: string } = {}): Assessment {
  const assessment = createAssessment(f, {
    level: 'district',
    subject: { name: 'Sample Unified', type: 'district' },
    now: '2026-01-01T00:00:00Z',
    ...(options.partner ? { perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } } } : {}),
  });
  if (options.role) assessment.respondent = { role: options.role };
  ['trust.a', 'trust.b', 'time.c', 'time.d'].forEach((id, i) => {
    const value = answers[i];
    const evidence = options.evidence?.[id];
    if (value !== undefined || evidence) assessment.ratings[id] = { ...(value === undefined ? {} : { value }), ...(evidence ? { evidence } : {}) };
  });
  return assessment;
}

/** 30 raters: Alpha all 4; Bravo split 1 / 5 (strong disagreement); Charlie 2–3; Delta 3 with a few "don't know". */
function thirty(f: Framework): Assessment[] {
  return Array.from({ length: 30 }, (_, r) => rater(f, [4, r < 12 ? 1 : 5, 2 + (r % 2), r < 3 ? 'dont-know' : 3], r === 4 ? { evidence: { 'trust.b': 'The spring survey says trust is low.' }, role: 'Principal' } : {}));
}

async function element(data: unknown, attributes = '', extra: Partial<SosTeamResults> = {}): Promise<SosTeamResults> {
  const wrapper = await fixture<HTMLDivElement>(`<div><sos-team-results ${attributes}></sos-team-results></div>`);
  const el = wrapper.querySelector('sos-team-results')!;
  Object.assign(el, { framework: framework(), ...extra, data });
  await el.updateComplete;
  return el;
}

const $ = (el: SosTeamResults, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: SosTeamResults, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** What a sighted reader sees in a node, without decorative shapes. */
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[▲▼■●◆]/g, '').replace(/\s+/g, ' ').trim();
const itemNames = (el: SosTeamResults) => $$(el, '.item .label').map((n) => text(n));
/** An item card's figure by its label (Median, Raters scored, Agreement, Priority). */
const stat = (card: Element, label: string) => text([...card.querySelectorAll('.stats div')].find((d) => text(d.querySelector('dt')) === label)?.querySelector('dd') ?? null);
const card = (el: SosTeamResults, name: string) => $$(el, '.item').find((c) => text(c.querySelector('.label')) === name)!;

/** Clicks the middle of a visible element, as a person with a mouse does. */
async function click(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

function captureDownloads(): { files: string[]; restore: () => void } {
  const files: string[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push(this.download);
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

// First in this file: the Spanish strings, once loaded, stay loaded for the page, so a failed
// load can only be seen before any other spec loads them.
describe('sos-team-results: its Spanish strings load on first use', () => {
  const { loadStrings } = SosTeamResults;
  afterEach(() => (SosTeamResults.loadStrings = loadStrings));

  it('shows English when they cannot be loaded, and Spanish from the first render once they can', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      SosTeamResults.loadStrings = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const offline = await element([rater(framework(), [1, 2, 3, 4])], 'lang="es"');
      // The interface falls back to English; the framework's own words stay Spanish.
      expect(text($(offline, '.meta'))).to.equal('1 rater');
      expect(itemNames(offline)[0]).to.equal('Alpha (es)');
      expect(String(warnings[0]?.[0])).to.equal('sos-team-results: could not load the "es" strings; showing English.');
      // Back online: a new Spanish element waits for its strings rather than flashing English.
      const asked: string[] = [];
      SosTeamResults.loadStrings = (lang) => (asked.push(lang), loadStrings(lang));
      const wrapper = await fixture<HTMLDivElement>('<div lang="es"></div>');
      const spanish = document.createElement('sos-team-results');
      const rendered: string[] = [];
      spanish.addController({ hostUpdated: () => rendered.push(text(spanish.shadowRoot!.querySelector('[role=status]'))) });
      wrapper.append(spanish);
      await spanish.updateComplete;
      expect(asked).to.deep.equal(['es']);
      expect(rendered).to.deep.equal(['Todavía no hay resultados del equipo para mostrar.']);
      // The first element tries again on its next update.
      offline.requestUpdate();
      await offline.updateComplete;
      expect(text($(offline, '.meta'))).to.equal('1 evaluador');
    } finally {
      console.warn = warn;
    }
  });

  it('never loads them on an English page', async () => {
    const asked: string[] = [];
    SosTeamResults.loadStrings = (lang) => (asked.push(lang), loadStrings(lang));
    const el = await element([rater(framework(), [1, 2, 3, 4])]);
    expect(text($(el, '.meta'))).to.equal('1 rater');
    expect(asked).to.deep.equal([]);
  });
});

describe('sos-team-results', () => {
  describe('states', () => {
    it('says there is nothing to show without data, and with an empty list', async () => {
      const none = await fixture<SosTeamResults>(html`<sos-team-results></sos-team-results>`);
      expect(text($(none, '[role=status]'))).to.equal('No team results to show yet.');
      await expect(none).to.be.accessible();
      const empty = await element([]);
      expect(text($(empty, '[role=status]'))).to.equal('No team results to show yet.');
    });

    it('one rater: says so, shows counts, no agreement and no flags', async () => {
      const el = await element([rater(framework(), [1, 3, 'not-applicable', undefined])]);
      expect(text($(el, '.meta'))).to.equal('1 rater');
      expect(text($(el, '.notice'))).to.match(/^Only one rater: too few for percentages/);
      const alpha = card(el, 'Alpha');
      expect(stat(alpha, 'Median')).to.equal('1.0');
      expect(stat(alpha, 'Raters scored')).to.equal('1 of 1');
      expect(stat(alpha, 'Agreement')).to.equal('—');
      expect(text(card(el, '=Charlie').querySelector('.counts'))).to.equal('Not applicable: 1');
      expect(text(card(el, 'Delta').querySelector('.counts'))).to.equal('Unanswered: 1');
      expect($$(el, '.flag')).to.have.length(0);
      expect(el.shadowRoot!.textContent).not.to.contain('%');
      await expect(el).to.be.accessible();
    });

    it('two raters: counts instead of percentages; a wide spread still starts a conversation', async () => {
      const f = framework();
      const el = await element([rater(f, [1, 3, 3, 3]), rater(f, [5, 4, 3, 3])]);
      expect(text($(el, '.notice'))).to.match(/^Only 2 raters/);
      expect(stat(card(el, 'Bravo'), 'Agreement')).to.equal('2 of 2 within a point');
      expect(el.shadowRoot!.textContent).not.to.contain('%');
      const flags = $$(el, '.flag');
      expect(flags).to.have.length(1);
      expect(text(flags[0]!.closest('.item')!.querySelector('.label'))).to.equal('Alpha');
      expect(text(flags[0]!)).to.equal('Conversation starter: ratings spread over 4 scale points');
      await expect(el).to.be.accessible();
    });

    it('twelve raters: one unusual rating starts no conversation for the whole team; a real split does', async () => {
      const f = framework();
      // Alpha: eleven at 4 and one at 1. Bravo: three at 1, three at 5, six at 3.
      const el = await element(Array.from({ length: 12 }, (_, r) => rater(f, [r === 0 ? 1 : 4, r < 3 ? 1 : r < 6 ? 5 : 3, 3, 3])));
      expect(card(el, 'Alpha').querySelector('.flag')).to.equal(null);
      expect(text(card(el, 'Bravo').querySelector('.flag'))).to.equal(
        'Conversation starter: ratings spread over 4 scale points (leaving out the highest and the lowest); only 50% agree within a point of the median',
      );
      el.lang = 'es';
      await el.updateComplete;
      expect(text(card(el, 'Bravo (es)').querySelector('.flag'))).to.contain('las calificaciones abarcan 4 puntos de la escala (sin contar la más alta ni la más baja)');
      await expect(el).to.be.accessible();
    });

    it('thirty raters: percentages, medians, n per item, group and overall rows', async () => {
      const el = await element(thirty(framework()));
      expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
      expect(text($(el, '.meta'))).to.equal('30 raters');
      const alpha = card(el, 'Alpha');
      expect([stat(alpha, 'Median'), stat(alpha, 'Raters scored'), stat(alpha, 'Agreement')]).to.deep.equal(['4.0', '30 of 30', '100%']);
      expect(stat(card(el, 'Delta'), 'Raters scored')).to.equal('27 of 30');
      expect(text(card(el, 'Delta').querySelector('.counts'))).to.equal("3: 27 · Don't know: 3");
      const rows = $$(el, 'table[part=groups] tbody tr').map((tr) => text(tr.querySelector('th')));
      expect(rows).to.deep.equal(['Overall', 'Trust', 'Time']);
      await expect(el).to.be.accessible();
    });

    it('strong disagreement: flagged with the reason, evidence gathered under the item', async () => {
      const el = await element(thirty(framework()));
      const bravo = card(el, 'Bravo');
      expect(bravo.classList.contains('flagged')).to.equal(true);
      expect(text(bravo.querySelector('.flag'))).to.equal('Conversation starter: ratings spread over 4 scale points (leaving out the 3 highest and the 3 lowest)');
      expect(text(bravo.querySelector('.marker'))).to.equal('');
      expect(bravo.querySelector('.marker')!.textContent).to.equal('◆');
      expect(text(bravo.querySelector('summary'))).to.equal('Evidence and notes (1)');
      expect(text($(el, '[role=status]'))).to.equal('Showing 4 of 4 items; 1 conversation starter.');
      await expect(el).to.be.accessible();
    });

    it('condition agreement reads like item agreement: a team split on every item is split on the condition', async () => {
      const f = framework();
      // Rater k rates Alpha 1 + k and Bravo 4 − k: every rater's Trust score is 2.5, yet on each
      // item the four ratings are 1, 2, 3, 4 and only two are within a point of the median.
      const el = await element([0, 1, 2, 3].map((k) => rater(f, [1 + k, 4 - k, 3, 3])));
      expect(stat(card(el, 'Alpha'), 'Agreement')).to.equal('50%');
      expect(stat(card(el, 'Bravo'), 'Agreement')).to.equal('50%');
      const groups = $$(el, 'table[part=groups] tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
      expect(groups.find((row) => row[0] === 'Trust')).to.deep.equal(['Trust', '2.5', '2.5–2.5', '4', '50%']);
      // Overall: 4 of 8 Trust ratings and all 8 Time ratings agree.
      expect(groups.find((row) => row[0] === 'Overall')![4]).to.equal('75%');
      expect(text($(el, 'table[part=groups]')!.closest('section')!.querySelector('.note'))).to.equal("Agreement: the share of ratings within a point of their item's median; for a condition or role, over all its items' ratings.");
      // The flag marks the two split items only.
      expect($$(el, '.item.flagged .label').map((n) => text(n))).to.deep.equal(['Alpha', 'Bravo']);
      // A small team counts ratings, not raters, on a condition.
      const two = await element([rater(f, [1, 4, 3, 3]), rater(f, [4, 1, 3, 3])]);
      const trust = $$(two, 'table[part=groups] tbody tr').find((tr) => text(tr.querySelector('th')) === 'Trust')!;
      expect(text(trust.lastElementChild)).to.equal('0 of 4 ratings within a point');
    });

    it('puts the partner comparison first, right under the summary, with the statistic named', async () => {
      const f = framework();
      const el = await element([rater(f, [2, 3, 4, 3]), rater(f, [2, 3, 4, 3]), rater(f, [2, 3, 4, 3]), rater(f, [5, 3, 3, undefined], { partner: true })]);
      const order = [...el.shadowRoot!.querySelectorAll('section h3')].map((h) => text(h));
      expect(order).to.deep.equal(['By condition and role', 'Where the partner sees it differently', 'Items']);
      expect($$(el, 'table[part=partner] thead th').map((th) => text(th))).to.deep.equal(['Item', 'Team (median)', 'Partner (median)', 'Difference', 'How the partner sees it']);
    });

    it('partner comparison: where the partner sees it higher or lower, largest difference first', async () => {
      const f = framework();
      const team = [rater(f, [2, 3, 4, 3]), rater(f, [2, 3, 4, 3]), rater(f, [2, 3, 4, 3])];
      const el = await element([...team, rater(f, [5, 3, 3.0, undefined], { partner: true })]);
      expect(text($(el, '.meta'))).to.equal('3 raters · partner: 1 rater');
      const rows = $$(el, 'table[part=partner] tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
      expect(rows).to.deep.equal([
        ['Alpha', '2.0', '5.0', '+3.0', 'Higher'],
        ['=Charlie', '4.0', '3.0', '-1.0', 'Lower'],
        ['Bravo', '3.0', '3.0', '0.0', 'The same'],
        ['Delta', '3.0', '—', '—', 'Not compared'],
      ]);
      await expect(el).to.be.accessible();
      // The partner can also come as its own aggregate.
      const separate = await element(team, '', { partner: aggregateAssessments([rater(f, [5, 3, 3, undefined], { partner: true })], f) });
      expect(text($(separate, 'table[part=partner] tbody tr'))).to.equal('Alpha 2.0 5.0 +3.0 Higher');
      // What the element aggregated is itself a valid aggregate document (its method holds no options).
      expect(AggregateResultSchema.safeParse(el.aggregate).success).to.equal(true);
    });

    it('shows an aggregate document the same as the assessments it was made from', async () => {
      const f = framework();
      const fromAssessments = await element(thirty(f));
      const fromAggregate = await element(aggregateAssessments(thirty(f), f));
      // Everything but the evidence, which only assessments carry.
      const view = (el: SosTeamResults) => $$(el, '.item, table[part=groups] tr').map((n) => text(n).replace(text(n.querySelector('details')), '').trim());
      expect(view(fromAggregate)).to.deep.equal(view(fromAssessments));
      // No evidence without assessments.
      expect(fromAggregate.shadowRoot!.querySelector('details')).to.equal(null);
    });
  });

  describe('sorting, filtering and CSV', () => {
    it('sorts by disagreement and by priority, and filters by condition', async () => {
      const el = await element(thirty(framework()));
      expect(itemNames(el)).to.deep.equal(['Alpha', 'Bravo', '=Charlie', 'Delta']);
      el.sort = 'disagreement';
      await el.updateComplete;
      expect(itemNames(el)[0]).to.equal('Bravo');
      el.sort = 'priority';
      await el.updateComplete;
      // Charlie's median 2.5 is furthest below the target 4; Alpha (4) and Bravo (5) are at or above it.
      expect(itemNames(el)).to.deep.equal(['=Charlie', 'Delta', 'Alpha', 'Bravo']);
      el.group = 'time';
      await el.updateComplete;
      expect(itemNames(el)).to.deep.equal(['=Charlie', 'Delta']);
      expect($$(el, 'table[part=groups] tbody th').map((th) => text(th))).to.deep.equal(['Overall', 'Time']);
    });

    it('downloads what is shown as CSV, with formulas in labels neutralized', async () => {
      const el = await element(thirty(framework()), 'filename="team.csv"', { group: 'time' });
      const capture = captureDownloads();
      try {
        const blob = el.downloadCsv()!;
        expect(capture.files).to.deep.equal(['team.csv']);
        const csv = await blob.text();
        expect(csv).to.contain(",'=Charlie,");
        const { records } = readCsv(csv);
        expect(records.map((r) => r[1])).to.deep.equal(['id', 'overall', 'time', 'time.c', 'time.d']);
        const header = records[0]!;
        const charlie = records[3]!;
        expect(charlie[header.indexOf('label')]).to.equal('=Charlie');
        expect(charlie[header.indexOf('median')]).to.equal('2.5');
        expect(charlie[header.indexOf('count_2')]).to.equal('15');
        expect(charlie[header.indexOf('conversation_starter')]).to.equal('no');
      } finally {
        capture.restore();
      }
    });
  });

  describe('pointer and keyboard', () => {
    it('a person with a mouse opens the evidence, switches to the table view and downloads', async () => {
      const el = await element(thirty(framework()));
      const summary = card(el, 'Bravo').querySelector('summary')!;
      const toggled = oneEvent(card(el, 'Bravo').querySelector('details')!, 'toggle');
      await click(summary);
      expect(card(el, 'Bravo').querySelector('details')!.open).to.equal(true);
      await toggled;
      await el.updateComplete;
      expect(text(card(el, 'Bravo').querySelector('details li'))).to.equal('Rater 5 · Principal (1 Level 1) Evidence: The spring survey says trust is low.');
      const changes: Event[] = [];
      el.addEventListener('change', (e) => changes.push(e));
      const toggle = $$(el, '.controls button').find((b) => text(b) === 'Show counts as a table')!;
      await click(toggle);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(changes).to.have.length(1);
      const table = $(el, 'table[part=items]')!;
      expect(text(table.querySelector('caption'))).to.equal('Ratings per item');
      const bravo = [...table.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')).startsWith('Bravo'))!;
      expect([...bravo.querySelectorAll('td')].map((td) => text(td))).to.deep.equal(['12', '0', '0', '0', '18', '0', '0', '0', '5.0', '30', '60%']);
      expect(text(bravo.querySelector('th'))).to.equal('Bravo Conversation starter');
      await expect(el).to.be.accessible();
      const capture = captureDownloads();
      try {
        await click($$(el, '.controls button').find((b) => text(b) === 'Download CSV')!);
        expect(capture.files).to.deep.equal(['team-results.csv']);
      } finally {
        capture.restore();
      }
    });

    it('works by keyboard alone: sort, filter, table view and evidence', async () => {
      const el = await element(thirty(framework()));
      const changes: Event[] = [];
      el.addEventListener('change', (e) => changes.push(e));
      const [sortSelect] = $$(el, 'select');
      sortSelect!.focus();
      await sendKeys({ press: 'ArrowDown' }); // Framework order → Disagreement first
      await el.updateComplete;
      expect(el.sort).to.equal('disagreement');
      expect(itemNames(el)[0]).to.equal('Bravo');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' }); // All → Trust
      await el.updateComplete;
      expect(itemNames(el)).to.deep.equal(['Bravo', 'Alpha']);
      await sendKeys({ press: 'Tab' });
      expect(text(el.shadowRoot!.activeElement)).to.equal('Show counts as a table');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($(el, 'table[part=items]')).not.to.equal(null);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(changes).to.have.length(4);
      // Onwards to Bravo's evidence (after the download button), opened with Enter.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(el.shadowRoot!.activeElement)).to.equal('Evidence and notes (1)');
      await sendKeys({ press: 'Enter' });
      expect(card(el, 'Bravo').querySelector('details')!.open).to.equal(true);
    });
  });

  describe('language', () => {
    it('speaks Spanish: interface, framework labels and number format', async () => {
      const el = await element(thirty(framework()), 'lang="es"');
      expect(text($(el, 'h2'))).to.equal('Resultados del equipo');
      expect(text($(el, '.meta'))).to.equal('30 evaluadores');
      expect(itemNames(el)[0]).to.equal('Alpha (es)');
      expect(stat(card(el, 'Alpha (es)'), 'Acuerdo')).to.equal('100 %');
      expect(text(card(el, 'Bravo (es)').querySelector('.flag'))).to.equal('Tema para conversar: las calificaciones abarcan 4 puntos de la escala (sin contar las 3 más altas ni las 3 más bajas)');
      await expect(el).to.be.accessible();
    });

    it('follows a language change on an ancestor', async () => {
      const el = await element([rater(framework(), [1, 2, 3, 4])]);
      el.parentElement!.setAttribute('lang', 'es');
      await el.updateComplete;
      await el.updateComplete;
      expect(text($(el, '.meta'))).to.equal('1 evaluador');
    });
  });

  describe('loading from src', () => {
    const blobUrl = (value: unknown) => URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));

    it('loads an aggregate or assessments from a URL', async () => {
      const f = framework();
      const el = await element(undefined, `src="${blobUrl(aggregateAssessments(thirty(f), f))}"`);
      expect(text($(el, '.meta'))).to.equal('30 raters');
      const list = await element(undefined, `src="${blobUrl(thirty(f))}"`);
      expect(text(card(list, 'Bravo').querySelector('summary'))).to.equal('Evidence and notes (1)');
    });

    it('sends no credentials unless told to', async () => {
      const original = window.fetch;
      const modes: (RequestCredentials | undefined)[] = [];
      window.fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
        modes.push(init?.credentials);
        return new Response(JSON.stringify([rater(framework(), [1, 2, 3, 4])]));
      }) as typeof fetch;
      try {
        await element(undefined, 'src="/results.json"');
        await element(undefined, 'src="/results.json" credentials="include"');
        expect(modes).to.deep.equal(['omit', 'include']);
      } finally {
        window.fetch = original;
      }
    });

    it('shows a clear error panel naming what was wrong, never a blank', async () => {
      const missing = await element(undefined, 'src="/no-such-results.json"');
      expect(text($(missing, '[role=alert]'))).to.contain('Could not load /no-such-results.json: HTTP 404');
      await expect(missing).to.be.accessible();

      const broken = await element(undefined, `src="${blobUrl('{"kind": "aggregate",')}"`);
      expect(text($(broken, '[role=alert]'))).to.contain('is not valid JSON');

      const f = framework();
      const bad = { ...aggregateAssessments(thirty(f), f), respondents: -1 };
      const invalid = await element(bad);
      expect(text($(invalid, '[role=alert]'))).to.contain('data is not a valid aggregate:');
      expect(text($(invalid, '[role=alert] li'))).to.match(/^\$\.respondents: /);

      const extra = await element({ ...aggregateAssessments(thirty(f), f), method: { method: 'weighted-mean', minScoredShare: 0.5, weighted: true, precision: 4, level: 'district' } });
      expect(text($(extra, '[role=alert] li'))).to.equal('$.method: has keys the aggregate format does not define: "level"');

      const shape = await element({ hello: 'world' });
      expect(text($(shape, '[role=alert]'))).to.contain('Expected an aggregate (an object with "kind": "aggregate") or a list of assessments');

      const wrongRating = thirty(f);
      (wrongRating[2]!.ratings['trust.a'] as { value: unknown }).value = 9;
      const badAssessment = await element(wrongRating);
      expect(text($(badAssessment, '[role=alert] li'))).to.match(/^\$\[2\]\.ratings(\.trust\.a|\["trust\.a"\])/);

      // A district's rater among school raters: the path points at the place in the document.
      const mixed: unknown[] = [rater(f, [5, 5, 5, 5], { partner: true }), ...thirty(f).slice(0, 3)];
      const school = parseFramework({ ...f, levels: [{ id: 'district', name: 'District' }, { id: 'school', name: 'School' }], conditions: f.conditions!.map((c) => ({ ...c, elements: c.elements.map((e) => ({ ...e, descriptions: { district: 'd', school: 's' } })) })) });
      Object.assign(mixed[3] as Assessment, { level: 'school', subject: { name: 'Sample Elementary', type: 'school' } });
      const mixedLevels = await element(mixed, '', { framework: school });
      expect(text($(mixedLevels, '[role=alert] li'))).to.match(/^\$\[3\]\.level: /);

      const unnamed = await element([{ ratings: {}, perspective: { kind: 'self' } }], '', { framework: undefined });
      expect(text($(unnamed, '[role=alert]'))).to.contain('do not say which framework');

      const unknown = await element(aggregateAssessments(thirty(f), f), '', { framework: undefined });
      expect(text($(unknown, '[role=alert]'))).to.contain('made with the framework "team", which is not built in');
      await expect(unknown).to.be.accessible();
    });
  });

  describe('print', () => {
    it('prints without the controls and with every item\'s evidence open', async () => {
      const el = await element(thirty(framework()));
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      try {
        await el.updateComplete;
        expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
        expect($$(el, 'details').every((d) => (d as HTMLDetailsElement).open)).to.equal(true);
        expect(text($(el, 'details li'))).to.contain('The spring survey says trust is low.');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
      await el.updateComplete;
      expect($$(el, 'details').some((d) => (d as HTMLDetailsElement).open)).to.equal(false);
    });
  });

  describe('target', () => {
    it('grades priorities against the target attribute', async () => {
      const el = await element(thirty(framework()), 'target="5"');
      // Alpha's median 4 is a point short of 5: no longer "Low".
      expect(stat(card(el, 'Alpha'), 'Priority')).to.equal('Medium');
      el.target = 4;
      await el.updateComplete;
      expect(stat(card(el, 'Alpha'), 'Priority')).to.equal('Low');
    });
  });

  describe('layout', () => {
    it('fits a 360 px phone: stacked cards and condition rows, no sideways scrolling', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const f = framework();
        const el = await element([...thirty(f), rater(f, [5, 5, 5, 5], { partner: true })]);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        expect(getComputedStyle($(el, 'table[part=groups] tbody tr')!).display).to.equal('grid');
        const item = $(el, '.item')!;
        expect(item.querySelector('.bar')!.getBoundingClientRect().top).to.be.greaterThan(item.querySelector('.name')!.getBoundingClientRect().bottom - 1);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  });
});
