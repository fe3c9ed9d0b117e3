import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { Aggregator, createAssessment, parseFramework, readCsv, rollupAssessments, type Assessment, type Framework } from '@sos-kit/core';
import '../define.js';
import type { SosOrganizationActivateEvent } from './system-view.events.js';
import type { SystemRollup } from './system-view.model.js';
import { SosSystemView } from './system-view.js';

function framework(): Framework {
  const element = (id: string, name: string) => ({ id, name, descriptions: { district: `${name} described.` } });
  return parseFramework({
    schemaVersion: 1,
    id: 'system',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'System',
    scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}` })) },
    levels: [{ id: 'district', name: 'District' }],
    conditions: [
      { id: 'trust', name: { en: 'Trust', es: 'Confianza' }, elements: [element('trust.a', 'Alpha'), element('trust.b', 'Bravo')] },
      { id: 'time', name: { en: 'Time', es: 'Tiempo' }, elements: [element('time.c', 'Charlie'), element('time.d', 'Delta')] },
    ],
  });
}

const F = framework();

/** `raters` assessments of `district` in `year`, every item rated `value`. */
function team(district: string, year: string, raters: number, value: (rater: number, item: string) => number): Assessment[] {
  return Array.from({ length: raters }, (_, r) => {
    const a = createAssessment(F, { level: 'district', subject: { name: district, type: 'district' }, now: '2026-01-01T00:00:00Z' });
    a.schoolYear = year;
    a.ratings = Object.fromEntries(['trust.a', 'trust.b', 'time.c', 'time.d'].map((id) => [id, { value: value(r, id) }]));
    return a;
  });
}

function rollup(teams: Assessment[][]): SystemRollup {
  const all = teams.flat();
  const years = [...new Set(all.map((a) => a.schoolYear!))].sort();
  return { years: years.map((schoolYear) => ({ schoolYear, aggregates: rollupAssessments(all.filter((a) => a.schoolYear === schoolYear), F, { by: 'subject', validated: true }) })) };
}

async function view(data: unknown, attributes = ''): Promise<SosSystemView> {
  const el = await fixture<SosSystemView>(`<sos-system-view ${attributes}></sos-system-view>`);
  el.framework = F;
  el.rollup = data as SystemRollup;
  await el.updateComplete;
  return el;
}

const $ = (el: SosSystemView, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: SosSystemView, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
// Sort arrows are hidden from assistive technology (aria-sort says it); leave them out here too.
const headers = (el: SosSystemView) => $$(el, 'thead th').map((th) => text(th).replace(/[▲▼]/g, ''));
const rowNames = (el: SosSystemView) => $$(el, 'tbody th').map(text);
const cellOf = (el: SosSystemView, org: string, column: string) => {
  const row = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')) === org)!;
  return row.children[headers(el).findIndex((h) => h.startsWith(column))] as HTMLElement;
};

/** Aggregate results straight from medians: `{ year: { organization: [trust, time] } }`, five raters each. */
function direct(years: Record<string, Record<string, [number, number]>>): SystemRollup {
  const stats = (id: string, value: number) => ({ id, n: 5, median: value, mean: value, min: value, max: value, agreement: 1 });
  return {
    years: Object.entries(years).map(([schoolYear, orgs]) => ({
      schoolYear,
      aggregates: Object.entries(orgs).map(([key, [trust, time]]) => ({
        schemaVersion: 1,
        kind: 'aggregate',
        key,
        framework: { id: F.id, version: F.version },
        level: 'district',
        respondents: 5,
        scale: { min: 1, max: 5 },
        method: { method: 'weighted-mean', minScoredShare: 0.5, weighted: true, precision: 4 },
        groupScoreResolution: 0.01,
        items: [],
        groups: [
          { ...stats('trust', trust), kind: 'condition', section: 'conditions', insufficient: 0 },
          { ...stats('time', time), kind: 'condition', section: 'conditions', insufficient: 0 },
        ],
        overall: { ...stats('overall', (trust + time) / 2), insufficient: 0 },
      })),
    })),
  } as unknown as SystemRollup;
}

/** Three districts over three school years: Alder improves, Birch declines, Cedar has two raters. */
function threeYears(): SystemRollup {
  return rollup([
    team('Alder USD', '2023-24', 4, () => 2),
    team('Alder USD', '2024-25', 4, () => 3),
    team('Alder USD', '2025-26', 4, () => 4),
    team('Birch USD', '2023-24', 3, () => 5),
    team('Birch USD', '2024-25', 3, () => 4),
    team('Birch USD', '2025-26', 3, (_r, id) => (id.startsWith('trust') ? 2 : 4)),
    team('Cedar USD', '2025-26', 2, () => 5),
  ]);
}

/** A promise with its resolve and reject at hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function clickOn(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

// First in this file: the strings and the trends panel, once loaded, stay loaded for the page, so
// a failed load can only be seen before any other spec loads them.
describe('<sos-system-view> loading on first use', () => {
  const { loadStrings, loadTrends } = SosSystemView;
  afterEach(() => {
    SosSystemView.loadStrings = loadStrings;
    SosSystemView.loadTrends = loadTrends;
  });

  it('shows English when the Spanish strings cannot be loaded, and Spanish from the first render once they can', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      SosSystemView.loadStrings = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const offline = await view(threeYears(), 'lang="es"');
      // The framework's own names are in Spanish whatever happens to the element's strings.
      expect(headers(offline)).to.deep.equal(['Organization', 'Confianza', 'Tiempo']);
      expect(String(warnings[0]?.[0])).to.equal('sos-system-view: could not load the "es" strings; showing English.');
      // Back online: a new Spanish view waits for its strings rather than flashing English.
      const asked: string[] = [];
      SosSystemView.loadStrings = (lang) => (asked.push(lang), loadStrings(lang));
      const wrapper = await fixture<HTMLDivElement>('<div lang="es"></div>');
      const spanish = document.createElement('sos-system-view');
      const rendered: string[] = [];
      spanish.addController({ hostUpdated: () => rendered.push(text(spanish.shadowRoot!.querySelector('[role=status]'))) });
      wrapper.append(spanish);
      await spanish.updateComplete;
      expect(asked).to.deep.equal(['es']);
      expect(rendered).to.deep.equal(['Todavía no hay resultados que mostrar.']);
      // The first view tries again on its next update.
      offline.requestUpdate();
      await offline.updateComplete;
      expect(headers(offline)).to.deep.equal(['Organización', 'Confianza', 'Tiempo']);
    } finally {
      console.warn = warn;
    }
  });

  it('never loads the Spanish strings on an English page', async () => {
    const asked: string[] = [];
    SosSystemView.loadStrings = (lang) => (asked.push(lang), loadStrings(lang));
    const english = await view(threeYears());
    expect(headers(english)).to.deep.equal(['Organization', 'Trust', 'Time']);
    expect(asked).to.deep.equal([]);
  });

  it('says when the trends cannot be loaded, keeps the organization open, and loads them on "Try again"', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      SosSystemView.loadTrends = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await view(threeYears());
      await clickOn($$(el, 'tbody th button').find((b) => text(b) === 'Birch USD')!);
      await el.updateComplete;
      expect(el.trendOrganization).to.equal('Birch USD');
      expect(text($(el, '.trends [role=alert]'))).to.equal('The trends could not be loaded. Check your connection, then try again.');
      await expect(el).to.be.accessible();
      // Back online: the trends arrive after a visible "Loading…".
      const arrival = deferred<Awaited<ReturnType<typeof loadTrends>>>();
      SosSystemView.loadTrends = () => arrival.promise;
      await clickOn($$(el, '.trends button').find((b) => text(b) === 'Try again')!);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(text($(el, '.trends [role=status]'))).to.equal('Loading the trends…');
      arrival.resolve(await loadTrends());
      await el.updateComplete;
      expect(text($(el, '.trends h2'))).to.equal('Trends: Birch USD');
      expect($$(el, '.chart svg')).to.have.length(2);
      // The focus, on the button that went away, moves into the panel that took its place.
      expect(text(el.shadowRoot!.activeElement)).to.equal('Back to the table');
      // The panel's styles came with it.
      expect(getComputedStyle($(el, '.multiples')!).display).to.equal('grid');
    } finally {
      console.warn = warn;
    }
  });

  it('draws the trends panel at once, in Spanish too, once its code is loaded', async () => {
    // Loaded by the spec before: a view opened after it needs no "Loading…".
    const el = await view(threeYears(), 'lang="es" trend-organization="Alder USD"');
    expect(text($(el, '.trends h2'))).to.equal('Tendencias: Alder USD');
  });
});

describe('<sos-system-view>', () => {
  it('says there is nothing to show when it has no rollup, and is accessible', async () => {
    const el = await fixture<SosSystemView>('<sos-system-view></sos-system-view>');
    expect(text($(el, '[role=status]'))).to.equal('No results to show yet.');
    await expect(el).to.be.accessible();
  });

  it('shows one organization with its median and n per condition', async () => {
    const el = await view(rollup([team('Alder USD', '2025-26', 3, (r) => r + 2)]));
    expect(rowNames(el)).to.deep.equal(['Alder USD']);
    expect(headers(el)).to.deep.equal(['Organization', 'Trust', 'Time']);
    expect(text(cellOf(el, 'Alder USD', 'Trust'))).to.equal('3.0 n = 3');
    expect(text($(el, '.caption'))).to.equal('Scores by organization, 2025-26');
    expect($(el, 'table')!.getAttribute('aria-labelledby')).to.equal('grid-caption');
    await expect(el).to.be.accessible();
  });

  it('marks cells with fewer than three ratings as suppressed and never shows their number', async () => {
    const el = await view(threeYears());
    const cedar = cellOf(el, 'Cedar USD', 'Trust');
    expect(cedar.classList.contains('suppressed')).to.equal(true);
    expect(text(cedar)).to.equal('Too few');
    expect(cedar.textContent).not.to.match(/\d/);
    expect(el.toCsv()).to.contain('Cedar USD,Too few,,');
    await expect(el).to.be.accessible();
  });

  it('shows the change since the previous school year as an arrow, a word and its size', async () => {
    const el = await view(threeYears());
    expect(text($(el, '.caption'))).to.equal('Scores by organization, 2025-26, with the change since 2024-25');
    // The size is on screen, not only in words for screen readers.
    const alder = cellOf(el, 'Alder USD', 'Trust');
    expect(text(alder)).to.equal('4.0 n = 4 ▲ up +1.0');
    expect(alder.querySelector('.trend')!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(alder.querySelector('.visually-hidden')).to.equal(null);
    expect(text(cellOf(el, 'Birch USD', 'Trust'))).to.contain('▼ down');
    expect(text(cellOf(el, 'Birch USD', 'Time'))).to.contain('▶ same');
    // An earlier year has its own trends; the first year has none.
    el.schoolYear = '2023-24';
    await el.updateComplete;
    expect(text(cellOf(el, 'Alder USD', 'Trust'))).to.equal('2.0 n = 4');
  });

  it('shows every score to one decimal and calls a change "same" only when the shown score did not change', async () => {
    const el = await view(direct({ '2024-25': { Alder: [3.16, 3.11], Birch: [1.7, 2.5] }, '2025-26': { Alder: [3.1, 3.05], Birch: [1.75, 4.96] } }));
    // 3.16 → 3.1 shows as 3.2 → 3.1: a change of −0.1, not "same" (the raw −0.06 used to hide it).
    expect(text(cellOf(el, 'Alder', 'Trust'))).to.equal('3.1 n = 5 ▼ down -0.1');
    // 3.11 → 3.05 shows as 3.1 → 3.1: no change a person could see, so "same".
    expect(text(cellOf(el, 'Alder', 'Time'))).to.equal('3.1 n = 5 ▶ same');
    for (const value of $$(el, 'td .value')) expect(text(value)).to.match(/^\d\.\d$/);
    expect(text($(el, '.legend'))).to.contain('▲ up, ▼ down: the change since 2024-25; ▶ same: the score shown has not changed.');
  });

  it('has legend ranges that never overlap, and shades each shown score as its range says', async () => {
    const el = await view(direct({ '2025-26': { Alder: [1.7, 1.75], Birch: [2.55, 4.2], Cedar: [4.1, 5] } }));
    expect($$(el, '.legend li').map(text)).to.deep.equal(['1.0–1.7', '1.8–2.5', '2.6–3.3', '3.4–4.1', '4.2–5.0', 'Too few']);
    const shade = (org: string, column: string) => [...cellOf(el, org, column).classList].find((c) => c.startsWith('heat-'));
    // 1.75 shows as 1.8: the second range, as the legend says; 2.55 shows as 2.6: the third.
    expect([shade('Alder', 'Trust'), shade('Alder', 'Time'), shade('Birch', 'Trust'), shade('Birch', 'Time'), shade('Cedar', 'Trust'), shade('Cedar', 'Time')]).to.deep.equal([
      'heat-1',
      'heat-2',
      'heat-3',
      'heat-5',
      'heat-4',
      'heat-5',
    ]);
  });

  it('says with a change event when a person picks another school year, and follows it', async () => {
    const el = await view(threeYears());
    const changes: Event[] = [];
    el.addEventListener('change', (e) => changes.push(e));
    const year = $$(el, '.controls select')[0] as HTMLSelectElement;
    year.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.shownYear).to.equal('2024-25');
    expect(changes).to.have.length(1);
    expect(changes[0]!.composed).to.equal(true);
    expect(text($(el, '.caption'))).to.equal('Scores by organization, 2024-25, with the change since 2023-24');
  });

  it('takes the keyboard back from the trends to the row the person opened', async () => {
    const el = await view(threeYears());
    const birch = $$(el, 'tbody th button').find((b) => text(b) === 'Birch USD')!;
    const box = birch.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    const back = $(el, '.trends button.back')!;
    expect(text(back)).to.equal('Back to the table');
    back.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(el.shadowRoot!.activeElement)).to.equal('Birch USD');
    expect($$(el, 'table [tabindex="0"]')).to.deep.equal([el.shadowRoot!.activeElement]);
  });

  it('shows a table whole when it is taller than its box by less than a row, instead of hiding that last bit', async () => {
    const el = await view(threeYears(), 'style="--sos-system-view-height: none"');
    const box = $(el, '.scroll')!;
    const whole = box.offsetHeight;
    const lastRow = $$(el, 'tbody tr[aria-rowindex]').at(-1)!.offsetHeight;
    el.style.setProperty('--sos-system-view-height', `${whole - Math.round(lastRow / 3)}px`);
    el.requestUpdate();
    await el.updateComplete;
    expect(box.scrollHeight).to.be.at.most(box.clientHeight);
    // Two rows too tall: the box scrolls, and ends on a row's edge.
    el.style.setProperty('--sos-system-view-height', `${whole - 2 * lastRow}px`);
    el.requestUpdate();
    await el.updateComplete;
    expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
    const inner = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
    expect($$(el, 'tbody tr[aria-rowindex]').some((tr) => Math.abs(tr.getBoundingClientRect().bottom - inner) <= 1)).to.equal(true);
  });

  it('ends the scrolling box on a row’s edge, never half a row', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const many = { years: [{ schoolYear: '2025-26', aggregates: rollupAssessments(Array.from({ length: 30 }, (_, d) => team(`District ${d}`, '2025-26', 3, () => 3)).flat(), F, { by: 'subject', validated: true }) }] };
      const el = await view(many);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = $(el, '.scroll')!;
      const inner = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
      const edges = $$(el, 'tbody tr[aria-rowindex]').map((tr) => tr.getBoundingClientRect().bottom);
      expect(edges.some((edge) => Math.abs(edge - inner) <= 1), `a row ends at the box's bottom (${inner}; rows end at ${edges.join(', ')})`).to.equal(true);
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('draws one organization’s trends across school years as charts with a table', async () => {
    const el = await view(threeYears());
    const opened = oneEvent(el, 'sos-organization-activate');
    $$(el, 'tbody th button')[0]!.click();
    const event = (await opened) as unknown as SosOrganizationActivateEvent;
    expect(event.organization).to.equal('Alder USD');
    expect(event.aggregate.respondents).to.equal(4);
    await el.updateComplete;
    expect(text($(el, '.trends h2'))).to.equal('Trends: Alder USD');
    const charts = $$(el, '.chart svg');
    expect(charts).to.have.length(2);
    expect(text(charts[0]!.querySelector('desc'))).to.equal('Trust: 2023-24 2.0; 2024-25 3.0; 2025-26 4.0');
    expect($$(el, '.trend-table tbody tr').map((tr) => [...tr.children].map(text))).to.deep.equal([
      ['Trust', '2.0 n = 4', '3.0 n = 4', '4.0 n = 4'],
      ['Time', '2.0 n = 4', '3.0 n = 4', '4.0 n = 4'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('sorts by a column with a pointer click on its header, highest first, suppressed last', async () => {
    const el = await view(threeYears());
    const header = $$(el, 'thead th button').find((b) => text(b).startsWith('Time'))!;
    const box = header.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Alder USD', 'Birch USD', 'Cedar USD']);
    expect($$(el, 'thead th')[2]!.getAttribute('aria-sort')).to.equal('descending');
    const trust = $$(el, 'thead th button').find((b) => text(b).startsWith('Trust'))!;
    trust.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Alder USD', 'Birch USD', 'Cedar USD']);
    trust.click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Birch USD', 'Alder USD', 'Cedar USD']);
  });

  it('filters organizations by name as the user types, ignoring case and accents', async () => {
    const el = await view(rollup([team('Peña USD', '2025-26', 3, () => 3), team('Alder USD', '2025-26', 3, () => 3)]));
    $(el, 'input[type=search]')!.focus();
    await sendKeys({ type: 'pena' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Peña USD']);
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(text($(el, 'tbody td'))).to.equal('No organization matches this filter.');
  });

  it('expands a condition to its elements', async () => {
    const el = await view(threeYears());
    const box = $$(el, '.parts input')[0]!;
    ($(el, '.parts') as HTMLDetailsElement).open = true;
    box.click();
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Organization', 'Trust', 'Alpha', 'Bravo', 'Time']);
    await expect(el).to.be.accessible();
  });

  it('is a grid with one tab stop: arrow keys move between cells and Enter opens the organization', async () => {
    const el = await view(threeYears());
    const focusables = $$(el, 'table [tabindex="0"]');
    expect(focusables).to.have.length(1);
    $(el, 'input[type=search]')!.focus();
    // Search, year, statistic, columns, parts, download, then the grid's single stop.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    const active = () => el.shadowRoot!.activeElement as HTMLElement;
    expect(text(active())).to.equal('Organization▲');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(active())).to.equal('Alder USD');
    await sendKeys({ press: 'ArrowRight' });
    expect(active().tagName).to.equal('TD');
    expect(text(active())).to.match(/^4\.0 n = 4/);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    // Birch's last cell: the second body row, the third column.
    expect((active() as HTMLTableCellElement).cellIndex).to.equal(2);
    expect(text(active().parentElement!.querySelector('th'))).to.equal('Birch USD');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(text(active())).to.equal('Organization▲');
    await sendKeys({ press: 'PageDown' });
    expect(text(active())).to.equal('Cedar USD');
    await sendKeys({ press: 'ArrowRight' });
    const opened = oneEvent(el, 'sos-organization-activate');
    await sendKeys({ press: 'Enter' });
    const event = (await opened) as unknown as SosOrganizationActivateEvent;
    expect([event.organization, event.column, event.schoolYear]).to.deep.equal(['Cedar USD', 'trust', '2025-26']);
    expect($$(el, 'table [tabindex="0"]')).to.have.length(1);
    // Shift+Tab leaves the grid in one step.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(text(active())).to.equal('Download CSV');
  });

  it('shows the whole cell the keyboard moves to, clear of the sticky organization column', async () => {
    const el = await view(threeYears(), 'expand="all" style="width: 360px"');
    $(el, 'input[type=search]')!.focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    const cell = el.shadowRoot!.activeElement as HTMLElement;
    expect(cell.tagName).to.equal('TD');
    const box = $(el, '.scroll')!.getBoundingClientRect();
    const sticky = cell.parentElement!.querySelector('th')!.getBoundingClientRect();
    const seen = cell.getBoundingClientRect();
    expect(seen.right).to.be.at.most(box.right + 1);
    // Back to the first value cell: it must come out from under the sticky column.
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    const first = (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect();
    expect(first.left).to.be.at.least(sticky.right - 1);
  });

  it('moves the grid tab stop to a value cell clicked with the pointer', async () => {
    const el = await view(threeYears());
    const cell = cellOf(el, 'Birch USD', 'Time');
    const box = cell.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(cell);
    expect($$(el, 'table [tabindex="0"]')).to.deep.equal([cell]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(text(el.shadowRoot!.activeElement)).to.match(/^2\.0 n = 3 ▼ down/);
  });

  it('pages a thousand organizations and sorts all of them', async () => {
    // Built as aggregate states straight from an Aggregator: 1,000 districts, 3–5 raters each.
    const aggregates = Array.from({ length: 1000 }, (_, d) => {
      const name = `District ${String(d).padStart(4, '0')}`;
      const aggregator = new Aggregator(F, 'district', { key: name, validated: true });
      for (const a of team(name, '2025-26', 3 + (d % 3), (r, id) => ((d + r + id.length) % 5) + 1)) aggregator.add(a);
      return aggregator.state();
    });
    const el = await view({ names: { 'District 0999': 'Zeta Unified' }, years: [{ schoolYear: '2025-26', aggregates }] });
    expect(text($(el, '.pager [role=status]'))).to.equal('Organizations 1–50 of 1000');
    expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal('1001');
    // Only the rows near the scrolling box's view are rendered; scrolling brings the others.
    const rendered = () => $$(el, 'tbody tr[aria-rowindex]');
    expect(rendered().length).to.be.within(10, 30);
    // The rows below stand behind a spacer of their height, so the scrollbar tells the page's length.
    expect($(el, 'tbody tr.spacer td')!.getBoundingClientRect().height).to.be.greaterThan(20 * 44);
    const box = $(el, '.scroll')!;
    box.scrollTop = box.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(rowNames(el)).to.include('District 0049');
    expect(rendered().at(-1)!.getAttribute('aria-rowindex')).to.equal('51');
    box.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('District 0000');
    // A new filter (or sort, or page) shows its first rows at the top of the box, never an empty stretch.
    box.scrollTop = box.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    el.filter = 'District 00';
    await el.updateComplete;
    expect(box.scrollTop).to.equal(0);
    expect(rowNames(el)[0]).to.equal('District 0000');
    el.filter = '';
    await el.updateComplete;
    // The keyboard reaches rows outside the window: four Page Downs from the first row.
    ($(el, 'tbody button.org') as HTMLButtonElement).focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'PageDown' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(text(focused)).to.equal('District 0040');
    expect(focused.getBoundingClientRect().bottom).to.be.at.most(box.getBoundingClientRect().bottom + 1);
    const next = $$(el, '.pager button').find((b) => text(b) === 'Next page')!;
    next.click();
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('District 0050');
    // A new sort keeps the page the user is on.
    el.sortDirection = 'descending';
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('District 0949');
    $$(el, '.pager button').find((b) => text(b) === 'Previous page')!.click();
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('Zeta Unified');
    expect(readCsv(el.toCsv()).records).to.have.length(1001);
  });

  it('renders every row of the page when the page lets the table grow (--sos-system-view-height: none)', async () => {
    const many = { years: [{ schoolYear: '2025-26', aggregates: rollupAssessments(Array.from({ length: 40 }, (_, d) => team(`D${d}`, '2025-26', 3, () => 3)).flat(), F, { by: 'subject', validated: true }) }] };
    const el = await view(many, 'style="--sos-system-view-height: none"');
    await el.updateComplete;
    expect($$(el, 'tbody tr[aria-rowindex]')).to.have.length(40);
    expect($$(el, 'tbody tr.spacer')).to.have.length(0);
  });

  it('merges aggregate states of one organization (e.g. from two collection shards) before showing them', async () => {
    const shard = (raters: number, value: number) => {
      const aggregator = new Aggregator(F, 'district', { key: 'Alder USD', validated: true });
      for (const a of team('Alder USD', '2025-26', raters, () => value)) aggregator.add(a);
      return aggregator.state();
    };
    const el = await view({ years: [{ schoolYear: '2025-26', aggregates: [shard(2, 2), shard(3, 4)] }] });
    expect(text(cellOf(el, 'Alder USD', 'Trust'))).to.equal('4.0 n = 5');
  });

  it('writes the CSV of what is shown with formulas guarded', async () => {
    const el = await view(rollup([team('=HYPERLINK("x")', '2025-26', 3, () => 3), team('Alder USD', '2025-26', 3, () => 4)]), 'sort-key="trust" sort-direction="descending"');
    const csv = el.toCsv();
    expect(csv.split('\r\n')[0]).to.equal('Organization,Trust (Median),Trust (n),Time (Median),Time (n)');
    expect(csv).to.contain('Alder USD,4,3,4,3\r\n"\'=HYPERLINK(""x"")",3,3,3,3');
    expect(readCsv(csv).records[2]![0]).to.equal('=HYPERLINK("x")');
  });

  it('prints the whole table without controls or scrolling', async () => {
    const el = await view(threeYears());
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.scroll')!).overflow).to.equal('visible');
      // Every row of the page is printed, not only the rows the screen had rendered.
      const many = await view({ years: [{ schoolYear: '2025-26', aggregates: rollupAssessments(Array.from({ length: 40 }, (_, d) => team(`D${d}`, '2025-26', 3, () => 3)).flat(), F, { by: 'subject', validated: true }) }] });
      await many.updateComplete;
      expect($$(many, 'tbody tr[aria-rowindex]')).to.have.length(40);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks Spanish when an ancestor says so', async () => {
    const wrapper = await fixture<HTMLDivElement>('<div lang="es"><sos-system-view></sos-system-view></div>');
    const el = wrapper.querySelector('sos-system-view')!;
    el.framework = F;
    el.rollup = threeYears();
    await el.updateComplete;
    expect(text($(el, '.caption'))).to.equal('Puntuaciones por organización, 2025-26, con el cambio desde 2024-25');
    expect(headers(el)).to.deep.equal(['Organización', 'Confianza', 'Tiempo']);
    expect(text(cellOf(el, 'Alder USD', 'Confianza'))).to.equal('4,0 n = 4 ▲ sube +1,0');
    expect(text(cellOf(el, 'Cedar USD', 'Confianza'))).to.equal('Muy pocas');
    await expect(el).to.be.accessible();
  });

  it('names what is wrong with a bad rollup', async () => {
    const good = threeYears();
    const broken = JSON.parse(JSON.stringify(good));
    broken.years[1].aggregates[0].groups[0].n = 'many';
    const el = await view(broken);
    expect(text($(el, '[role=alert]'))).to.match(/^The results could not be shown: \$\.years\[1\]\.aggregates\[0\]\.groups\[0\]\.n: expected a count/);
    el.rollup = { years: [{ schoolYear: '2025-26', aggregates: [{ kind: 'sos-kit/aggregate-state' }] }] } as unknown as SystemRollup;
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('$.years[0].aggregates[0].key: expected the organization');
    await expect(el).to.be.accessible();
  });

  it('loads a rollup from src without credentials and says when it is not JSON', async () => {
    const original = window.fetch;
    const seen: RequestInit[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return String(input).endsWith('good.json') ? new Response(JSON.stringify(threeYears())) : new Response('<html>oops</html>');
    };
    try {
      const el = await fixture<SosSystemView>('<sos-system-view src="/results/good.json"></sos-system-view>');
      el.framework = F;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['Alder USD', 'Birch USD', 'Cedar USD']);
      expect(seen[0]!.credentials).to.equal('omit');
      el.src = '/results/bad.json';
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.match(/^The results could not be shown: \/results\/bad\.json is not JSON/);
    } finally {
      window.fetch = original;
    }
  });

  it('fits a 360 px phone: the page does not scroll sideways, the table does', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      // Every element open: the table is wider than the phone, with trend words hidden for sight.
      const el = await view(threeYears(), 'expand="all"');
      expect($(el, 'table')!.getBoundingClientRect().width).to.be.greaterThan(360);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const search = $(el, 'input[type=search]')!.getBoundingClientRect();
      expect(search.width).to.be.at.least(280);
      // The boxes for showing elements: one straight column, their words starting at one edge.
      ($(el, '.parts') as HTMLDetailsElement).open = true;
      const checks = $$(el, '.parts label.check').map((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        const box = label.querySelector('input')!.getBoundingClientRect();
        const words = [...range.getClientRects()].filter((r) => r.width > 0 && r.left > box.right);
        return [Math.round(box.left), Math.round(Math.min(...words.map((r) => r.left)))];
      });
      expect(new Set(checks.map(([box]) => box)).size, JSON.stringify(checks)).to.equal(1);
      expect(new Set(checks.map(([, words]) => words)).size, JSON.stringify(checks)).to.equal(1);
      // The caption is outside the box that scrolls sideways, so it stays in view.
      const caption = $(el, '.caption')!;
      expect(caption.closest('.scroll')).to.equal(null);
      const before = caption.getBoundingClientRect().left;
      $(el, '.scroll')!.scrollLeft = 300;
      expect(caption.getBoundingClientRect().left).to.equal(before);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
