import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { analyzeGaps, createAssessment, parseFramework, type Framework, type GapReport } from '@sos-kit/core';
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

/** Visible text without the decorative (aria-hidden) priority shape. */
const spoken = (node: Element) => node.textContent!.replace(/[▲■●]/g, '').replace(/\s+/g, ' ').trim();

const names = (el: SosGapTable) => [...el.shadowRoot!.querySelectorAll('tbody th button')].map((b) => b.textContent!.trim());

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
        ['col', 'ascending'],
      ]);
      expect(t.tBodies[0]!.querySelectorAll('th[scope=row]')).to.have.length(4);
    });

    it('shows priority as words and a distinct shape, not by colour alone', async () => {
      const el = await table();
      const cells = [...el.shadowRoot!.querySelectorAll('[part=priority]')];
      expect(cells.map(spoken)).to.deep.equal(['High', 'Medium', 'Low']);
      expect(cells.map((c) => c.querySelector('.shape')!.textContent)).to.deep.equal(['▲', '■', '●']);
      expect(cells.every((c) => c.querySelector('.shape')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
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
      // Sorting reaches rows that are not on the page yet.
      el.sortDirection = 'descending';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Delta', 'Charlie']);
      more()[0]!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Delta', 'Charlie', 'Bravo', 'Alpha']);
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

  describe('events', () => {
    it('fires sos-row-activate with the row when the user activates an item', async () => {
      const el = await table();
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!.click());
      const event = (await oneEvent(el, 'sos-row-activate')) as unknown as SosRowActivateEvent;
      expect(event.row.id).to.equal('trust.a');
      expect(event.composed).to.equal(true);
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
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Charlie');
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
