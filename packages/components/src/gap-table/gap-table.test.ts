import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { analyzeGaps, createAssessment, loadBuiltInFramework, parseFramework, type Framework, type GapReport } from '@sos-kit/core';
import '../define.js';
import type { SosRowActivateEvent } from '../shared/events.js';
import type { SosGapTable } from './gap-table.js';

function framework(): Framework {
  const element = (id: string, name: string) => ({ id, name, descriptions: { district: `${name} described.` } });
  return parseFramework({
    schemaVersion: 1,
    id: 'gaps',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'Gaps',
    scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}` })) },
    levels: [{ id: 'district', name: 'District' }],
    conditions: [
      { id: 'trust', name: 'Trust', elements: [element('trust.a', 'Alpha'), element('trust.b', 'Bravo')] },
      { id: 'time', name: 'Time', elements: [element('time.c', 'Charlie'), element('time.d', 'Delta')] },
    ],
  });
}

function report(): GapReport {
  const f = framework();
  const current = createAssessment(f, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-01-01T00:00:00Z' });
  // Target 4: Alpha 1 (gap 3, high), Bravo 3 (1, medium), Charlie 4 (0, low), Delta unanswered.
  current.ratings = { 'trust.a': { value: 1 }, 'trust.b': { value: 3 }, 'time.c': { value: 4 } };
  return analyzeGaps(f, { comparison: 'current-vs-target', current, defaultTarget: 4 });
}

async function table(attributes = ''): Promise<SosGapTable> {
  const wrapper = await fixture<HTMLDivElement>(`<div><sos-gap-table ${attributes}></sos-gap-table></div>`);
  const el = wrapper.querySelector('sos-gap-table')!;
  el.report = report();
  await el.updateComplete;
  return el;
}

/** Text as a screen reader hears it: without the decorative shapes and the cards' column labels (aria-hidden). */
const spoken = (node: Element): string => {
  const walk = (n: Node): string => (n instanceof Element && (n.getAttribute('aria-hidden') === 'true' || getComputedStyle(n).display === 'none') ? '' : n.nodeType === Node.TEXT_NODE ? n.textContent! : [...n.childNodes].map(walk).join(''));
  return walk(node).replace(/\s+/g, ' ').trim();
};

const names = (el: SosGapTable) => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());

/** Clicks the middle of an element as a person does. */
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('sos-gap-table', () => {
  describe('accessibility', () => {
    it('passes axe with rows, empty, filtered and in Spanish', async () => {
      const el = await table();
      await expect(el).to.be.accessible();
      await expect(await fixture(html`<sos-gap-table></sos-gap-table>`)).to.be.accessible();
      el.minimumGap = 5;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.minimumGap = 0;
      el.pageSize = 2;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(await table('lang="es"')).to.be.accessible();
    });

    it('is a real table with a caption, column and row headers, and aria-sort on the sorted column', async () => {
      const el = await table();
      const t = el.shadowRoot!.querySelector('table')!;
      expect(t.caption!.textContent!.trim()).to.equal('Gaps by item: Current / Target (default 4)');
      expect([...t.tHead!.querySelectorAll('th')].map((th) => [th.getAttribute('scope'), th.getAttribute('aria-sort')])).to.deep.equal([
        ['col', 'none'],
        ['col', 'none'],
        ['col', 'none'],
        ['col', 'none'],
        ['col', 'none'],
        ['col', 'descending'],
      ]);
      expect(t.tBodies[0]!.querySelectorAll('th[scope=row]')).to.have.length(4);
    });

    it('shows priority as words and a distinct shape, not by colour alone', async () => {
      const el = await table();
      const cells = [...el.shadowRoot!.querySelectorAll('[part=priority]')];
      expect(cells.map(spoken)).to.deep.equal(['High', 'Medium', 'None']);
      expect(cells.slice(0, 2).map((c) => c.querySelector('.shape')!.textContent)).to.deep.equal(['▲', '■']);
      expect(cells.slice(0, 2).every((c) => c.querySelector('.shape')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
      const low = report();
      low.items = [{ ...low.items[1]!, priority: 'low', priorityScore: 0.1 }];
      el.report = low;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=priority] .shape')!.textContent).to.equal('●');
    });
  });

  describe('properties', () => {
    it('lists rows by priority first, with both values, n and a signed difference', async () => {
      const el = await table();
      expect(names(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
      const first = [...el.shadowRoot!.querySelectorAll('tbody tr')][0]!;
      expect([...first.querySelectorAll('td')].map(spoken)).to.deep.equal(['Trust', '1', '4', '+3', 'High']);
      expect(el.shadowRoot!.querySelector('tbody tr:last-child')!.textContent).to.contain('Not compared');
    });

    it('says "None" where the sides do not differ, not "Low"', async () => {
      const el = await table();
      const charlie = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => spoken(tr.querySelector('th')!) === 'Charlie')!;
      expect(spoken(charlie.querySelectorAll('td')[4]!)).to.equal('None');
      expect(charlie.textContent).not.to.contain('Low');
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(spoken(el.shadowRoot!.querySelectorAll('tbody tr')[2]!.querySelectorAll('td')[4]!)).to.equal('Ninguna');
    });

    it('gives n in the column header, and in a cell only where fewer people answered', async () => {
      const el = await table();
      const pooled = report();
      pooled.a = { ...pooled.a, respondents: 3 };
      pooled.items = pooled.items.map((row, i) => ({ ...row, a: { ...row.a, n: i === 1 ? 2 : 3 } }));
      el.report = pooled;
      await el.updateComplete;
      expect(spoken(el.shadowRoot!.querySelectorAll('thead th')[2]!)).to.equal('Current n = 3');
      expect(spoken(el.shadowRoot!.querySelectorAll('thead th')[3]!)).to.equal('Target (default 4)');
      const cells = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => spoken(tr.querySelectorAll('td')[1]!));
      expect(cells).to.deep.equal(['1', '3 n = 2', '4', '—']);
    });

    it('shows a page of rows at a time, sorted and filtered across all of them', async () => {
      const el = await table('page-size="2"');
      expect(names(el)).to.deep.equal(['Alpha', 'Bravo']);
      expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Showing 2 of 4 items');
      const more = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.more button')];
      expect(more().map((b) => b.textContent)).to.deep.equal(['Show 2 more', 'Show all 4']);
      // Sorting reaches rows that are not on the page yet; rows without a comparison stay last.
      el.sortDirection = 'ascending';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Charlie', 'Bravo']);
      more()[0]!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Charlie', 'Bravo', 'Alpha', 'Delta']);
      expect(more()).to.have.length(0);
      // A new filter starts again from the first page.
      el.minimumGap = 0.5;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Bravo', 'Alpha']);
      el.minimumGap = 0;
      el.pageSize = 0;
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
    });

    it('pages a thousand rows by default', async () => {
      const el = await table();
      const big = report();
      big.items = Array.from({ length: 1000 }, (_, i) => ({ ...big.items[0]!, id: `row.${i}`, label: `Row ${i}` }));
      el.report = big;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(100);
      expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Showing 100 of 1000 items');
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => {};
      try {
        const csv = await el.downloadCsv()!.text();
        expect(csv.split('\n').filter((line) => line.includes(',row.'))).to.have.length(1000);
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });

    it('sorts by any column, toggling direction, and says how it is sorted', async () => {
      const el = await table();
      const button = (i: number) => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')[i]!;
      button(0).click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
      button(0).click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Delta', 'Charlie', 'Bravo', 'Alpha']);
      expect(el.shadowRoot!.querySelector('thead th')!.getAttribute('aria-sort')).to.equal('descending');
      button(4).click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    });

    it('sorts Current lowest first on the first click, with the arrow and aria-sort agreeing', async () => {
      const el = await table();
      const current = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')[2]!;
      await click(current);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
      expect(current.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(current.querySelector('[aria-hidden]')!.textContent).to.equal('▲');
      await click(current);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Charlie', 'Bravo', 'Alpha', 'Delta']);
      expect(current.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    });

    it('lists High first under a Priority arrow that points the same way', async () => {
      const el = await table();
      const priority = el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')[5]!;
      expect(priority.getAttribute('aria-sort')).to.equal('descending');
      expect(priority.querySelector('button [aria-hidden]')!.textContent).to.equal('▼');
      expect(spoken(el.shadowRoot!.querySelector('tbody tr td:last-child')!)).to.equal('High');
      await click(priority.querySelector('button')!);
      await el.updateComplete;
      expect(priority.getAttribute('aria-sort')).to.equal('ascending');
      expect(priority.querySelector('button [aria-hidden]')!.textContent).to.equal('▲');
      expect(names(el)).to.deep.equal(['Charlie', 'Bravo', 'Alpha', 'Delta']);
    });

    it('filters by condition or role and by minimum gap, with an empty state', async () => {
      const el = await table();
      const select = el.shadowRoot!.querySelector('select')!;
      select.value = 'time';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Charlie', 'Delta']);
      expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Showing 2 of 4 items');
      el.group = '';
      el.minimumGap = 1;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Alpha', 'Bravo']);
      el.minimumGap = 4;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('tbody td')!.textContent).to.equal('No gaps match these filters.');
    });

    it('speaks Spanish', async () => {
      const el = await table('lang="es"');
      expect(spoken(el.shadowRoot!.querySelector('[part=priority]')!)).to.equal('Alta');
      expect(el.shadowRoot!.querySelector('.controls button')!.textContent).to.equal('Descargar CSV');
    });
  });

  describe('row activation', () => {
    it('shows item names as plain text, with no tab stops, when nobody acts on a row', async () => {
      const el = await table();
      expect(el.shadowRoot!.querySelectorAll('tbody button')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('tbody [tabindex="0"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.hint')).to.equal(null);
    });

    it('makes names buttons sharing one tab stop once a sos-row-activate listener exists', async () => {
      const el = await table();
      const activated: string[] = [];
      el.addEventListener('sos-row-activate', (event) => activated.push(event.row.id));
      await el.updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button')];
      expect(buttons.map((b) => b.textContent)).to.deep.equal(['Alpha', 'Bravo', 'Charlie', 'Delta']);
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      // A pointer click on the visible name.
      await click(buttons[1]!);
      expect(activated).to.deep.equal(['trust.b']);
      // Keyboard: arrows move the one tab stop, Enter activates.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Charlie');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      expect(activated).to.deep.equal(['trust.b', 'time.d']);
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button')].map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
      expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.equal('Select an item to go to it. Up and down arrow keys move between items.');
      await expect(el).to.be.accessible();
    });

    it('fires a composed sos-row-activate with the row, for listeners on an ancestor with activate-rows', async () => {
      const el = await table('activate-rows');
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!.click());
      const event = (await oneEvent(el.parentElement!, 'sos-row-activate')) as unknown as SosRowActivateEvent;
      expect(event.row.id).to.equal('trust.a');
      expect(event.composed).to.equal(true);
    });

    it('takes the names back to text when the listener is removed', async () => {
      const el = await table();
      const listener = () => {};
      el.addEventListener('sos-row-activate', listener);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tbody button')).to.have.length(4);
      el.removeEventListener('sos-row-activate', listener);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tbody button')).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('moves focus to the first new row after "show more", so the reader keeps their place', async () => {
      const el = await table('page-size="2"');
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more button')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Charlie');
    });
  });

  describe('download', () => {
    it('downloads the report as CSV', async () => {
      const el = await table('filename="district-gaps.csv"');
      const clicked: string[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this.download);
      };
      try {
        const blob = el.downloadCsv()!;
        expect(clicked).to.deep.equal(['district-gaps.csv']);
        expect(blob.type).to.equal('text/csv;charset=utf-8');
        expect(await blob.text()).to.contain('current-vs-target,Current,Target (default 4),element,trust.a,trust,Alpha,1,1,4,1,3,0.75,b-higher,high');
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });

    it('downloads only the filtered rows, and says so on the button and in the file name', async () => {
      const el = await table();
      const clicked: string[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this.download);
      };
      try {
        const select = el.shadowRoot!.querySelector('select')!;
        select.value = 'time';
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.controls > button')!;
        expect(button.textContent!.trim()).to.equal('Download CSV (filtered: 2 of 4 items)');
        await click(button);
        expect(clicked).to.deep.equal(['gaps-filtered.csv']);
        const csv = await el.downloadCsv()!.text();
        const ids = csv.trim().split('\n').slice(1).map((line) => line.split(',')[4]);
        expect(ids).to.deep.equal(['time', 'time.c', 'time.d']);
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });
  });

  describe('phones', () => {
    afterEach(async () => {
      await setViewport({ width: 1024, height: 768 });
    });

    it('shows every column of every row at 360 px as cards, still a table for screen readers', async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await table();
      // The width is measured before the first render: cards from the start.
      const t = el.shadowRoot!.querySelector('table')!;
      expect(t.classList.contains('stacked')).to.equal(true);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const first = t.tBodies[0]!.rows[0]!;
      for (const cell of first.cells) {
        const box = cell.getBoundingClientRect();
        expect(box.width, cell.textContent!).to.be.greaterThan(0);
        expect(box.right).to.be.at.most(360);
      }
      expect([...first.querySelectorAll('.cell-label')].map((l) => l.textContent)).to.deep.equal(['Condition or role', 'Current', 'Target (default 4)', 'Difference', 'Priority']);
      expect(t.getAttribute('role')).to.equal('table');
      expect([...t.tHead!.querySelectorAll('th')].map((th) => th.getAttribute('role'))).to.deep.equal(Array(6).fill('columnheader'));
      // No invisible tab stops: the column sort buttons give way to a sort menu.
      expect([...t.tHead!.querySelectorAll('button')].every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
      const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('.sort select')!;
      sort.value = 'a ascending';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(t.tHead!.querySelectorAll('th')[2]!.getAttribute('aria-sort')).to.equal('ascending');
      await expect(el).to.be.accessible();
    });

    it('is readable in the dark theme at 360 px', async () => {
      await setViewport({ width: 360, height: 740 });
      const wrapper = await fixture<HTMLDivElement>(`<div style="background:#121417; --sos-color-text:#eef1f4; --sos-color-text-muted:#b8c0cc; --sos-color-surface:#1a1d21; --sos-color-border:#7d8896; --sos-color-accent:#7ab8ff; --sos-color-accent-contrast:#0b1520; --sos-color-priority-high:#ff9e9e; --sos-color-priority-medium:#ffd27a; --sos-color-priority-low:#cfd8e3"><sos-gap-table activate-rows></sos-gap-table></div>`);
      const el = wrapper.querySelector('sos-gap-table')!;
      el.report = report();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    /** The words of an element that the layout split across lines (a word's box spans two lines). */
    function brokenWords(node: Element): string[] {
      const out: string[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        for (const match of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(match[0]);
        }
      }
      return out;
    }

    for (const lang of ['en', 'es'] as const) {
      it(`prints every column header in whole words on a page's width (${lang}), the long item names wrapping instead`, async () => {
        const district = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' });
        const self = createAssessment(district, { level: 'district', subject: { name: 'Costa Azul Unified School District', type: 'district' }, now: '2026-01-01T00:00:00Z' });
        const partner = createAssessment(district, {
          level: 'district',
          subject: self.subject,
          perspective: { kind: 'partner', rater: { name: 'Sierra Vista County Office of Education', type: 'coe' } },
          now: '2026-01-01T00:00:00Z',
        });
        for (const [i, { id }] of district.conditions!.flatMap((c) => c.elements).entries()) {
          self.ratings[id] = { value: 1 + (i % 5) };
          partner.ratings[id] = { value: 5 - (i % 5) };
        }
        const gaps = analyzeGaps(district, { comparison: 'self-vs-partner', self, partner });
        // An A4 page less the browser's default margins is about 717 CSS px wide; the report around the table takes some of it.
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size: 680px"><sos-gap-table .report=${gaps} page-size="0"></sos-gap-table></div>`);
        const el = wrapper.querySelector('sos-gap-table')!;
        await el.updateComplete;
        await emulateMedia({ media: 'print' });
        try {
          const headers = [...el.shadowRoot!.querySelectorAll('thead th')];
          expect(headers.map((th) => th.textContent!.replace(/\s+/g, ' ').trim()).join(' | ')).to.match(lang === 'en' ? /Priority/ : /Prioridad/);
          expect(headers.flatMap(brokenWords)).to.deep.equal([]);
          // The table still fits the page: the item names wrap between words instead.
          expect(el.shadowRoot!.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(680);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      });
    }
  });

  describe('layout', () => {
    it('fits a 360 px phone: long group names shrink the filter, the table scrolls in its own box', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await table();
        const long = report();
        long.groups = long.groups.map((g) => ({ ...g, label: `${g.label} — a role described in a whole sentence, as the framework's roles are, much wider than a phone` }));
        el.report = long;
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        expect(el.getBoundingClientRect().right).to.be.at.most(360);
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  });
});
