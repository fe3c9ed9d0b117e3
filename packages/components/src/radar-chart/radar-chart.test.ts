import { expect, fixture, html } from '@open-wc/testing';
import { loadBuiltInFramework, localize } from '@sos-kit/core';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import { stringsFor } from '../i18n/strings.js';
import { distinctLabels, wrapLabel, type RadarAxis, type RadarText, type RadarSeries, SosRadarChart } from './radar-chart.js';
import { RADAR_STRINGS_EN } from './radar-chart.strings.js';
import { RADAR_VIEW_STRINGS } from './radar-chart.views.strings.js';

async function elementAxes(): Promise<RadarAxis[]> {
  const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
  return framework.conditions!.flatMap((c) => c.elements.map((e) => ({ id: e.id, label: localize(e.name), group: localize(c.name) })));
}

function seriesFor(axes: RadarAxis[], count = 3): RadarSeries[] {
  const labels = ['Self', 'Partner: Sample COE', 'Target', 'Baseline 2024-25', 'Extra'];
  return Array.from({ length: count }, (_, k) => ({
    label: labels[k]!,
    values: Object.fromEntries(axes.map((a, i) => [a.id, ((i + k) % 5) + 1])),
  }));
}

/** A table cell's text as a screen reader hears it (without the card layout's column label). */
const cellText = (cell: Element) => [...cell.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && !n.classList.contains('cell-label'))).map((n) => n.textContent).join('').trim();

/** The text of the elements an aria-labelledby / aria-describedby refers to. */
const label = (el: SosRadarChart, ids: string) => ids.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');

/** Clicks a control in the middle of its box, as a person does. */
async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Opens the data table with a click on "Show data table" (or its Spanish label) and returns it. */
async function openTable(el: SosRadarChart): Promise<HTMLTableElement> {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button[aria-controls=data]')!;
  toggle.scrollIntoView({ block: 'center' });
  await click(toggle);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('table')!;
}

/** Waits for the resize observer's report and the redraw it schedules on the next frame. */
async function settled(el: SosRadarChart): Promise<void> {
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  }
}

/**
 * The box of each drawn marker, series by series: a series' markers are one path, so each of its
 * subpaths is drawn on its own for a moment to be measured.
 */
function markerBoxes(el: SosRadarChart): DOMRect[][] {
  return [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.series .marks')].map((marks) =>
    marks
      .getAttribute('d')!
      .split(/(?=M)/)
      .filter(Boolean)
      .map((d) => {
        const one = marks.cloneNode() as SVGPathElement;
        one.setAttribute('d', d);
        marks.after(one);
        const box = one.getBoundingClientRect();
        one.remove();
        return box;
      }),
  );
}

async function chart(count = 3, width = 600, attributes = ''): Promise<SosRadarChart> {
  const axes = await elementAxes();
  const wrapper = await fixture<HTMLDivElement>(`<div style="width: ${width}px" class="${attributes.includes('dark') ? 'dark' : ''}"><sos-radar-chart heading="District self vs partner" ${attributes.replace('dark', '')}></sos-radar-chart></div>`);
  const el = wrapper.querySelector('sos-radar-chart')!;
  el.axes = axes;
  el.series = seriesFor(axes, count);
  el.scale = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) };
  await settled(el);
  return el;
}

describe('sos-radar-chart', () => {
  describe('first draw', () => {
    it('says so when the bar view cannot be loaded, and loads it when the person asks for the table again', async () => {
      // First in this file, before anything has loaded the bar view's code (a page loads it once).
      await setViewport({ width: 360, height: 740 });
      const axes = (await elementAxes()).slice(0, 8);
      const load = SosRadarChart.loadViews;
      SosRadarChart.loadViews = () => Promise.reject(new Error('offline'));
      try {
        const el = document.createElement('sos-radar-chart');
        el.axes = axes;
        el.series = seriesFor(axes, 2);
        const wrapper = await fixture<HTMLDivElement>('<div style="width: 328px"></div>');
        wrapper.append(el);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('This part of the chart could not be loaded');
        SosRadarChart.loadViews = load;
        const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === 'Show data table')!;
        const box = toggle.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await settled(el);
        expect(el.shadowRoot!.querySelectorAll('.bar-label')).to.have.length(8);
        expect(el.shadowRoot!.querySelector('table')!.tBodies[0]!.rows).to.have.length(8);
      } finally {
        SosRadarChart.loadViews = load;
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('draws bars at once when its data is set before it is connected, as a Lit template does', async () => {
      // The first width is measured during the first update, after the element has decided what
      // to load: the bar view's code must still be fetched for that first draw. (The spec before
      // this one also fails when no load is asked for at the first draw.)
      await setViewport({ width: 360, height: 740 });
      const axes = (await elementAxes()).slice(0, 8);
      const el = document.createElement('sos-radar-chart');
      el.axes = axes;
      el.series = seriesFor(axes, 2);
      const wrapper = await fixture<HTMLDivElement>('<div style="width: 328px"></div>');
      wrapper.append(el);
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('.bar-label')).to.have.length(8);
      expect(el.shadowRoot!.querySelector('table')!.tBodies[0]!.rows).to.have.length(8);
      await setViewport({ width: 800, height: 600 });
    });
  });

  describe('print', () => {
    it('prints the chart, its title and legend without the buttons or the keyboard readout', async () => {
      const el = await chart(2, 600);
      await emulateMedia({ media: 'print' });
      try {
        const shown = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
        expect(shown('.actions')).to.equal(false);
        expect(shown('.readout')).to.equal(false);
        expect(shown('svg[part=chart]')).to.equal(true);
        expect(shown('.legend')).to.equal(true);
        expect(shown('.title')).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
    it('prints each of its words once, its title still bold: no stroke drawn as a second copy of a text in the PDF', async () => {
      // Chromium writes a stroked text into a PDF as a text of its own: the title (made bold by a
      // stroke on screen) and the scale's values (a halo) read twice when the report is copied,
      // searched or read aloud.
      const el = await chart(2, 600);
      await emulateMedia({ media: 'print' });
      try {
        const title = getComputedStyle(el.shadowRoot!.querySelector('.title')!);
        expect(title.webkitTextStrokeWidth).to.equal('0px');
        expect(Number(title.fontWeight)).to.be.at.least(700);
        const ticks = [...el.shadowRoot!.querySelectorAll('.tick')];
        expect(ticks).to.have.length(5);
        for (const tick of ticks) expect(getComputedStyle(tick).stroke, tick.textContent!).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('prints every shortened axis label in full, inside the drawing (paper has no tooltip)', async () => {
      for (const lang of ['en', 'es']) {
        const el = await chart(3, 700);
        if (lang === 'es') {
          // Spanish names are longer: the longest must still fit.
          const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
          el.axes = framework.conditions!.flatMap((c) => c.elements.map((e) => ({ id: e.id, label: e.name as RadarText, group: c.name as RadarText })));
          el.setAttribute('lang', 'es');
          await settled(el);
        }
        await emulateMedia({ media: 'print' });
        try {
          const drawing = el.shadowRoot!.querySelector('.axis-labels')!.getBoundingClientRect();
          const shortened = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.axis-label[title]')];
          expect(shortened.length, lang).to.be.greaterThan(0);
          for (const label of shortened) {
            // The full name is what prints; the short form takes no room.
            expect(getComputedStyle(label, '::after').content).to.equal(JSON.stringify(label.title));
            expect(getComputedStyle(label).fontSize).to.equal('0px');
            const box = label.getBoundingClientRect();
            expect(box.height, label.title).to.be.greaterThan(20);
            expect(box.top >= drawing.top && box.bottom <= drawing.bottom && box.left >= drawing.left && box.right <= drawing.right, `${label.title} inside the drawing`).to.equal(true);
          }
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe with 18 axes and 3 series, empty, with the table shown, and in Spanish', async () => {
      const el = await chart();
      await expect(el).to.be.accessible();
      await expect(await fixture(html`<sos-radar-chart></sos-radar-chart>`)).to.be.accessible();
      el.showTable = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.getElementById('chart-desc')!.textContent).to.match(/^Gráfico radial de 18 ejes/);
    });

    it('has a meaningful text alternative, and the same data as a real table on "Show data table"', async () => {
      const el = await chart();
      const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
      expect(svg.getAttribute('role')).to.equal('group');
      expect(label(el, svg.getAttribute('aria-labelledby')!)).to.equal('District self vs partner');
      expect(label(el, svg.getAttribute('aria-describedby')!)).to.equal('Radar chart of 18 axes comparing Self, Partner: Sample COE, and Target. The arrow keys move between its points; "Show data table" gives the same data as a table.');
      // The table is drawn when asked for (the points carry every value until then), so the
      // chart's first draw does not pay for it.
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      const table = await openTable(el);
      expect(table.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      expect([...table.tHead!.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['Axis', 'Self', 'Partner: Sample COE', 'Target']);
      expect(table.tBodies[0]!.rows).to.have.length(18);
      expect([...table.tBodies[0]!.rows[0]!.cells].map(cellText)).to.deep.equal(['Shared Purpose: Student-Centered purpose', '1', '2', '3']);
    });

    it('tells series apart by dash pattern and marker shape, not only colour', async () => {
      const el = await chart(4);
      const dashes = [...el.shadowRoot!.querySelectorAll('.series .outline')].map((p) => p.getAttribute('stroke-dasharray'));
      expect(new Set(dashes).size).to.equal(4);
      const shapes = [...el.shadowRoot!.querySelectorAll('.series')].map((g) => {
        const first = g.querySelector('.marks')?.getAttribute('d')!.split(/(?=M)/)[0];
        return first?.replace(/[-\d.\s]+/g, ' ');
      });
      expect(new Set(shapes).size).to.equal(4);
      expect(el.shadowRoot!.querySelectorAll('.legend li')).to.have.length(4);
    });
  });

  describe('properties', () => {
    it('draws a ring per scale value, a spoke per axis, and marks where condition groups begin', async () => {
      const el = await chart();
      expect(el.shadowRoot!.querySelectorAll('.ring')).to.have.length(5);
      expect(el.shadowRoot!.querySelectorAll('.spoke')).to.have.length(18);
      expect(el.shadowRoot!.querySelectorAll('.spoke.group-start')).to.have.length(3);
      expect([...el.shadowRoot!.querySelectorAll('.tick')].map((t) => t.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    });

    it('wraps or shortens long labels and keeps the full text for hover', async () => {
      expect(wrapLabel('Identification of the set of knowledge and skills for improvement', 16)).to.deep.equal(['Identification', 'of the set of…']);
      expect(wrapLabel('Equity focus', 16)).to.deep.equal(['Equity focus']);
      const el = await chart();
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.axis-label')];
      const longest = labels.find((t) => t.textContent!.startsWith('Identification'))!;
      expect(longest.title).to.equal('Identification of the set of knowledge and skills for improvement');
      expect(longest.innerText.split('\n')).to.deep.equal(['Identification', 'of the set of', 'knowledge and…']);
      // A label shown in full needs no tooltip.
      expect(labels.find((t) => t.textContent === 'Equity focus')!.hasAttribute('title')).to.equal(false);
    });

    it('hangs each label just outside the outer ring, growing away from the chart', async () => {
      const el = await chart();
      const box = (e: Element) => e.getBoundingClientRect();
      const spokes = [...el.shadowRoot!.querySelectorAll('.spoke')].map(box);
      const labels = [...el.shadowRoot!.querySelectorAll('.axis-label')].map(box);
      // The top label sits above the top spoke's end, centred on it; the right one (a quarter of
      // the way round) starts right of its spoke's end, the left one ends left of it.
      expect(labels[0]!.bottom).to.be.at.most(spokes[0]!.top);
      expect(Math.abs(labels[0]!.left + labels[0]!.width / 2 - spokes[0]!.left)).to.be.below(2);
      const right = 4; // 18 axes: axis 4 is 80° clockwise from the top
      expect(labels[right]!.left).to.be.at.least(spokes[right]!.right);
      expect(labels[18 - right]!.right).to.be.at.most(spokes[18 - right]!.left);
      // The labels box is the drawing's own, so the labels move with it.
      const svg = box(el.shadowRoot!.querySelector('svg[part=chart]')!);
      const layer = box(el.shadowRoot!.querySelector('.axis-labels')!);
      expect([layer.left, layer.top, layer.width, layer.height]).to.deep.equal([svg.left, svg.top, svg.width, svg.height]);
    });

    it('leaves a gap where a series has no value, and says so in the table', async () => {
      const el = await chart(1);
      const axes = el.axes;
      el.series = [{ label: 'Self', values: { ...el.series[0]!.values, [axes[2]!.id]: undefined } }];
      await el.updateComplete;
      await openTable(el);
      expect(markerBoxes(el).map((series) => series.length)).to.deep.equal([17]);
      expect(el.shadowRoot!.querySelector('.series .outline')!.getAttribute('d')!.endsWith('Z')).to.equal(false);
      expect(cellText(el.shadowRoot!.querySelector('tbody tr:nth-child(3) td')!)).to.equal('no value');
    });

    it('draws at most four series, keeping any others in the table', async () => {
      const el = await chart(5);
      await openTable(el);
      expect(el.shadowRoot!.querySelectorAll('.series')).to.have.length(4);
      expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(6);
    });

    it('redraws for the width of its container', async () => {
      const el = await chart(2, 600);
      const before = el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('width');
      el.parentElement!.style.width = '700px';
      await settled(el);
      const after = el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('width');
      expect(before).to.equal('600');
      expect(after).to.equal('700');
    });

    it('takes axis names per language, as frameworks give them, and shows the element\'s language', async () => {
      const el = await chart(1);
      el.axes = [
        { id: 'a', label: { en: 'Shared Purpose', es: 'Propósito compartido' }, group: { en: 'Conditions', es: 'Condiciones' } },
        { id: 'b', label: { en: 'Mutual Trust', es: 'Confianza mutua' }, group: { en: 'Conditions', es: 'Condiciones' } },
        { id: 'c', label: 'Only English', group: { en: 'Conditions', es: 'Condiciones' } },
      ];
      el.series = [{ label: 'Self', values: { a: 1, b: 2, c: 3 } }];
      el.showTable = true;
      await el.updateComplete;
      const rowHeaders = () => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
      expect(rowHeaders()).to.deep.equal(['Conditions: Shared Purpose', 'Conditions: Mutual Trust', 'Conditions: Only English']);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(rowHeaders()).to.deep.equal(['Condiciones: Propósito compartido', 'Condiciones: Confianza mutua', 'Condiciones: Only English']);
    });

    it('renders label markup as inert text', async () => {
      const el = await chart(1);
      el.axes = [{ id: 'x', label: '<img src=x onerror="window.__radar=1">' }, ...el.axes.slice(1)];
      el.series = [{ label: '<b>Self</b>', values: { x: 3 } }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __radar?: number }).__radar).to.equal(undefined);
    });
  });


  describe('drawing once, at the right size', () => {
    it('measures its container before the first render: the first draw is final', async () => {
      const axes = await elementAxes();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('sos-radar-chart');
      el.axes = axes;
      el.series = seriesFor(axes, 3);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('width')).to.equal('600');
      // Nothing is redrawn in the frames that follow.
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      await settled(el);
      observer.disconnect();
      expect(changes).to.have.length(0);
    });

    it('shows every label whole inside its drawing, and never sticks out of a container that narrows before the redraw', async () => {
      const el = await chart(3, 600);
      const wrapper = el.parentElement!;
      wrapper.style.overflow = 'auto';
      // Drawn for its width, the chart keeps every label whole inside the drawing.
      const plot = el.shadowRoot!.querySelector('.axis-labels')!.getBoundingClientRect();
      for (const label of el.shadowRoot!.querySelectorAll('.axis-label')) {
        const box = label.getBoundingClientRect();
        expect(box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5 && box.top >= plot.top - 0.5 && box.bottom <= plot.bottom + 0.5, `"${label.textContent}" lies inside the drawing`).to.equal(true);
      }
      // The container narrows (a phone turned, a sidebar opened): until the chart is redrawn for
      // the new width, its drawing is scaled by CSS but its labels are not.
      wrapper.style.width = '300px';
      expect(wrapper.scrollWidth, 'the container scrolls sideways before the redraw').to.equal(300);
      await settled(el);
      expect(wrapper.scrollWidth, 'nor after it').to.equal(300);
    });
  });

  describe('phones', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('draws 18 axes as bars at 360 px, every name in full, without sideways scrolling', async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await chart(3, 328);
      expect(el.shadowRoot!.querySelector('svg[part=chart]')).to.equal(null);
      const names = [...el.shadowRoot!.querySelectorAll('.bar-label')].map((p) => p.textContent);
      expect(names).to.have.length(18);
      expect(names).to.include('Identification of the set of knowledge and skills for improvement');
      expect([...el.shadowRoot!.querySelectorAll('.bar-group')].map((p) => p.textContent)).to.have.length(4);
      // Each axis shows every series' value in words beside its bar.
      expect([...el.shadowRoot!.querySelectorAll('.bar-axis')][0]!.querySelectorAll('.bar-value')).to.have.length(3);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      // The bars are hidden from assistive technology: the table, there without asking, reads them.
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.tBodies[0]!.rows).to.have.length(18);
      expect(el.shadowRoot!.getElementById('data')!.classList.contains('visually-hidden')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the radar for a few axes on a phone, bars from seven, and the radar when asked to', async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await chart(2, 328);
      const all = el.axes;
      el.axes = all.slice(0, 6);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part=chart]')).not.to.equal(null);
      // Eight axes (conditions and roles, as the widget shows them) no longer fit as a radar.
      el.axes = all.slice(0, 8);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part=chart]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('.bar-label')).to.have.length(8);
      el.axes = await elementAxes();
      el.layout = 'radar';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg[part=chart]')).not.to.equal(null);
    });

    it('"Show data table" fits 360 px as one card per axis, readable in the dark theme', async () => {
      await setViewport({ width: 360, height: 740 });
      const style = document.createElement('style');
      style.textContent = `.dark { background: #121417; --sos-color-text: #eef1f4; --sos-color-text-muted: #b8c0cc; --sos-color-surface: #1a1d21; --sos-color-border: #7d8896; --sos-color-accent: #7ab8ff; --sos-color-accent-contrast: #0b1520; }`;
      document.head.append(style);
      try {
        const el = await chart(4, 328, 'dark');
        const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === 'Show data table')!;
        const box = toggle.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await el.updateComplete;
        const table = el.shadowRoot!.querySelector('table')!;
        expect(table.classList.contains('stacked')).to.equal(true);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        expect(table.getBoundingClientRect().right).to.be.at.most(360);
        const firstCard = table.tBodies[0]!.rows[0]!;
        // Each card names the column beside the value, on screen only.
        expect(firstCard.cells[1]!.querySelector('.cell-label')!.textContent).to.equal('Self');
        expect(cellText(firstCard.cells[1]!)).to.equal('1');
        expect(firstCard.cells[1]!.querySelector('.cell-label')!.getBoundingClientRect().width).to.be.greaterThan(0);
        // Still a table for screen readers, with its headers.
        expect(table.getAttribute('role')).to.equal('table');
        expect(firstCard.cells[0]!.getAttribute('role')).to.equal('rowheader');
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });

  describe('reading the chart', () => {
    it('shows its title above the chart', async () => {
      const el = await chart();
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part=title]')!;
      expect(title.textContent).to.equal('District self vs partner');
      expect(title.getBoundingClientRect().bottom).to.be.at.most(el.shadowRoot!.querySelector('svg[part=chart]')!.getBoundingClientRect().top);
    });

    it('sets every text of its first draw in two fonts, its title drawn bold by a stroke', async () => {
      // Each other size or weight is one more font looked up before the first layout, the
      // largest part of its time on a fresh page.
      const el = await chart();
      const fonts = new Set<string>();
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim()) continue;
        const style = getComputedStyle(node.parentElement!);
        if (style.display !== 'none') fonts.add(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`);
      }
      expect([...fonts].map((font) => font.split(' ', 2).join(' ')).sort()).to.deep.equal(['400 12px', '400 16px']);
      const title = getComputedStyle(el.shadowRoot!.querySelector('[part=title]')!);
      expect(parseFloat(title.webkitTextStrokeWidth)).to.be.greaterThan(0.5);
      expect(title.webkitTextStrokeColor).to.equal(title.color);
    });

    it('gives labels that share their opening words distinct short forms, with the full name on hover', async () => {
      const statements = ['Ability to take a relational approach to support for schools.', 'Ability to take a relational approach to engagement with students, families, and community members.', 'Ability to take a relational approach to improvement work with the COE and other support providers.'];
      expect(statements.map((l) => wrapLabel(l, 16, 2).join(' '))).to.deep.equal(Array(3).fill('Ability to take a relational…'));
      const short = distinctLabels(statements, 16, 3).map((lines) => lines.join(' '));
      expect(new Set(short).size).to.equal(3);
      expect(short[0]).to.equal('Ability to take… …support for schools.');
      const el = await chart(1);
      el.axes = statements.map((label, i) => ({ id: `k${i}`, label }));
      el.series = [{ label: 'Self', values: { k0: 2, k1: 3, k2: 4 } }];
      await el.updateComplete;
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.axis-label')];
      expect(new Set(labels.map((t) => t.innerText)).size).to.equal(3);
      expect(labels.map((t) => t.title)).to.deep.equal(statements);
    });

    it('draws the lowest rating on a ring of its own, away from the centre', async () => {
      const el = await chart(1);
      el.series = [{ label: 'Self', values: Object.fromEntries(el.axes.map((a) => [a.id, 1])) }];
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('svg[part=chart]')!.getBoundingClientRect();
      const centre = [svg.x + svg.width / 2, svg.y + svg.height / 2];
      const innerRing = el.shadowRoot!.querySelector<SVGGraphicsElement>('.ring')!.getBoundingClientRect();
      expect(innerRing.width).to.be.greaterThan(30);
      expect(markerBoxes(el)[0]).to.have.length(18);
      for (const box of markerBoxes(el)[0]!) {
        expect(Math.hypot(box.x + box.width / 2 - centre[0]!, box.y + box.height / 2 - centre[1]!)).to.be.greaterThan(15);
      }
    });

    it('keeps tick values clear of every point', async () => {
      const el = await chart(4);
      const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const points = markerBoxes(el).flat();
      expect(points).to.have.length(72);
      const ticks = [...el.shadowRoot!.querySelectorAll('.tick')];
      expect(ticks).to.have.length(5);
      for (const tick of ticks) expect(points.some((p) => overlaps(p, tick.getBoundingClientRect())), `tick ${tick.textContent}`).to.equal(false);
    });

    it('explains the thick spokes in the legend', async () => {
      const el = await chart();
      expect(el.shadowRoot!.querySelector('.groups-note')!.textContent).to.equal('Thick spokes mark where each group begins, clockwise from the top: Shared Purpose, Culture of Mutual Trust, Structures and Resources that Foster Collaborative Work, and Preparation and Mobilization of Improvement Capacities.');
    });

    it('keeps a series in the look it asked for when another series is added before it', async () => {
      const el = await chart(1);
      const target: RadarSeries = { label: 'Target', style: 4, values: Object.fromEntries(el.axes.map((a) => [a.id, 4])) };
      const self = el.series[0]!;
      el.series = [self, target];
      await el.updateComplete;
      const lookOf = (label: string) => [...el.shadowRoot!.querySelectorAll('.legend li')].find((li) => li.textContent!.trim() === label)!.querySelector('svg')!.getAttribute('class');
      const before = lookOf('Target');
      const dashBefore = el.shadowRoot!.querySelectorAll('.series .outline')[1]!.getAttribute('stroke-dasharray');
      el.series = [self, { label: 'Partner', values: self.values }, target];
      await el.updateComplete;
      expect(lookOf('Target')).to.equal(before);
      expect(el.shadowRoot!.querySelectorAll('.series .outline')[2]!.getAttribute('stroke-dasharray')).to.equal(dashBefore);
      expect(lookOf('Partner')).not.to.equal(before);
    });

    it('speaks Spanish in every label, including what screen readers hear', async () => {
      const el = await chart(2, 600, 'lang="es"');
      expect(el.shadowRoot!.querySelector('.point')!.getAttribute('aria-label')).to.equal('Self, Student-Centered purpose: 1 Level 1');
      expect(el.shadowRoot!.querySelector('.groups-note')!.textContent).to.match(/^Los radios gruesos marcan/);
      expect(el.shadowRoot!.querySelector('.legend ul')!.getAttribute('aria-label')).to.equal('Leyenda');
      expect([...el.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.textContent!.trim())).to.deep.equal(['Mostrar tabla de datos', 'Descargar SVG', 'Descargar PNG']);
      expect(label(el, 'chart-desc')).to.match(/«Mostrar tabla de datos» da los mismos datos en una tabla\.$/);
      await openTable(el);
      expect(el.shadowRoot!.querySelector('thead th')!.textContent).to.equal('Eje');
    });
  });

  describe('data table', () => {
    /** Self-ratings averaged over a team (2.8) beside whole levels (3), and a partner's quarters. */
    async function averaged(lang = 'en'): Promise<SosRadarChart> {
      const el = await chart(3, 1240);
      if (lang !== 'en') el.setAttribute('lang', lang);
      const words = ['Exploration and Research Phase', 'Beginning Development', 'Initial Implementation', 'Full Implementation', 'Full Implementation and Sustainability'];
      el.scale = { min: 1, max: 5, ticks: words.map((label, i) => ({ value: i + 1, label })) };
      el.series = [
        { label: 'Self-rating', values: Object.fromEntries(el.axes.map((a, i) => [a.id, i % 3 === 0 ? 2.8 : (i % 4) + 1])) },
        { label: 'Partner: Sample County Office of Education', values: Object.fromEntries(el.axes.map((a, i) => [a.id, ((i + 2) % 4) + 1.5])) },
        { label: 'Target: Full Implementation', values: Object.fromEntries(el.axes.map((a) => [a.id, 4])) },
      ];
      await settled(el);
      return el;
    }

    it('shows every value at one precision, and the scale\'s words once under its title', async () => {
      const el = await averaged();
      const table = await openTable(el);
      const column = (k: number) => [...table.tBodies[0]!.rows].map((row) => cellText(row.cells[k]!));
      expect(column(1).slice(0, 4)).to.deep.equal(['2.8', '2.0', '3.0', '2.8']);
      expect(column(2).slice(0, 2)).to.deep.equal(['3.5', '4.5']);
      expect(column(3)[0]).to.equal('4.0');
      expect(table.caption!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'District self vs partner Scale: 1 = Exploration and Research Phase; 2 = Beginning Development; 3 = Initial Implementation; 4 = Full Implementation; 5 = Full Implementation and Sustainability.',
      );
      // A point, read on its own, still names its level in words.
      const point = el.shadowRoot!.querySelector<SVGElement>('.point[tabindex="0"]')!;
      point.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(point);
      expect(point.getAttribute('aria-label')).to.equal('Self-rating, Differentiated roles: 3.0 Initial Implementation');
    });

    it('uses the Spanish decimal comma and words for the scale', async () => {
      const el = await averaged('es');
      const table = await openTable(el);
      expect([...table.tBodies[0]!.rows].slice(0, 3).map((row) => cellText(row.cells[1]!))).to.deep.equal(['2,8', '2,0', '3,0']);
      expect(table.caption!.textContent).to.contain('Escala: 1 = Exploration and Research Phase;');
    });

    it('wraps its words whole at 1280 px, never splitting one across lines', async () => {
      await setViewport({ width: 1280, height: 900 });
      try {
        const el = await averaged();
        const table = await openTable(el);
        const split: string[] = [];
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if ((node.parentElement as HTMLElement).offsetParent === null) continue; // hidden column labels
          for (const match of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            // A word on one line has one box per line it spans ("Self-rating" may break at its hyphen).
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > match[0].split('-').length) split.push(match[0]);
          }
        }
        expect(split).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('keyboard', () => {
    it('takes Tab from the control before it straight to its one point, never to the drawing itself', async () => {
      const el = await chart();
      const button = document.createElement('button');
      button.textContent = 'before';
      el.before(button);
      button.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('point')).to.equal(true);
      button.remove();
    });

    it('reaches every point with one tab stop and the arrow keys, announcing each value', async () => {
      const el = await chart();
      const points = el.shadowRoot!.querySelectorAll('.point[tabindex="0"]');
      expect(points).to.have.length(1);
      (points[0] as SVGElement).focus();
      await el.updateComplete;
      const readout = () => el.shadowRoot!.querySelector('.readout')!.textContent!.trim();
      expect(readout()).to.equal('Self — Student-Centered purpose: 1 Level 1');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(readout()).to.equal('Self — Equity focus: 2 Level 2');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(readout()).to.equal('Partner: Sample COE — Equity focus: 3 Level 3');
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Partner: Sample COE, Equity focus: 3 Level 3');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(readout()).to.match(/^Partner: Sample COE — Professional learning:/);
    });

    it('rings the focused point in a colour unlike its own on every series (the default focus orange is series 2\'s colour)', async () => {
      const el = await chart();
      const button = document.createElement('button');
      el.before(button);
      button.focus();
      await sendKeys({ press: 'Tab' });
      for (const key of [undefined, 'ArrowDown', 'ArrowDown']) {
        if (key) await sendKeys({ press: key });
        await el.updateComplete;
        const point = el.shadowRoot!.activeElement as SVGElement;
        const style = getComputedStyle(point);
        expect(point.matches(':focus-visible')).to.equal(true);
        expect(style.stroke, point.getAttribute('aria-label')!).not.to.equal(style.fill);
        expect(style.stroke).to.equal(getComputedStyle(el.shadowRoot!.querySelector('h2, .title, figcaption') ?? el).color);
      }
      button.remove();
    });

    it('shows and hides the data table with a button that says its state, from the keyboard', async () => {
      const el = await chart();
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Hide data table');
      expect(el.shadowRoot!.querySelector('table')!.checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent!.trim()).to.equal('Show data table');
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('keeps the keyboard on the same point when the chart is redrawn for a new width', async () => {
      const el = await chart();
      (el.shadowRoot!.querySelector('.point[tabindex="0"]') as SVGElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      el.parentElement!.style.width = '700px';
      await settled(el);
      expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('width')).to.equal('700');
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.getAttribute('aria-label')).to.equal('Partner: Sample COE, Equity focus: 3 Level 3');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Partner: Sample COE, Differentiated roles: 4 Level 4');
    });

    it('keeps the keyboard on its point when the window narrows to a phone\'s bars and widens back', async () => {
      await setViewport({ width: 1280, height: 800 });
      try {
        // A chart as wide as the page, as it sits in most pages: the window's width decides its view.
        const axes = await elementAxes();
        const wrapper = await fixture<HTMLDivElement>('<div><button>before</button><sos-radar-chart heading="District self vs partner"></sos-radar-chart><button>after</button></div>');
        const el = wrapper.querySelector('sos-radar-chart')!;
        el.axes = axes;
        el.series = seriesFor(axes, 3);
        el.scale = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) };
        await settled(el);
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown']) await sendKeys({ press: key });
        await el.updateComplete;
        const onPoint = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
        expect(onPoint()).to.equal('Partner: Sample COE, Sense of urgency: 5 Level 5');

        await setViewport({ width: 360, height: 740 });
        await settled(el);
        expect(el.barsShown).to.equal(true);
        // Still on the same point, now its bar: never dropped to the page's start. (Booleans: a
        // failed comparison of two elements would print both, which takes chai minutes.)
        expect(document.activeElement === el, `focus is on ${document.activeElement?.tagName}`).to.equal(true);
        const bar = el.shadowRoot!.activeElement as HTMLElement;
        expect(bar.closest('.bars') !== null).to.equal(true);
        expect(onPoint()).to.equal('Partner: Sample COE, Sense of urgency: 5 Level 5');
        expect(bar.matches(':focus-visible')).to.equal(true);
        expect(getComputedStyle(bar).outlineStyle).to.equal('solid');
        // The bar in the row of that axis and series, the one tab stop of the bars.
        expect(bar.closest('.bar-axis')!.querySelector('.bar-label')!.textContent).to.equal('Sense of urgency');
        expect(bar.querySelector('.bar-value')!.textContent).to.equal('5');
        const stops = [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')];
        expect(stops.length === 1 && stops[0] === bar).to.equal(true);
        await expect(el).to.be.accessible();
        // The same keys move it here.
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(onPoint()).to.equal('Partner: Sample COE, Constancy of purpose: 1 Level 1');
        expect(el.shadowRoot!.activeElement!.querySelector('.bar-value')!.textContent).to.equal('1');

        await setViewport({ width: 1280, height: 800 });
        await settled(el);
        expect(el.barsShown).to.equal(false);
        expect(document.activeElement === el, `focus is on ${document.activeElement?.tagName}`).to.equal(true);
        expect(onPoint()).to.equal('Partner: Sample COE, Constancy of purpose: 1 Level 1');
        expect(el.shadowRoot!.activeElement!.matches('svg .point[data-active]')).to.equal(true);
        expect(el.shadowRoot!.querySelector('.readout')!.textContent!.trim()).to.equal('Partner: Sample COE — Constancy of purpose: 1 Level 1');
        // Tab goes on to the chart's buttons, as it would have before the resize.
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Show data table');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('takes Tab into the bars of a phone to one point, which names its value and moves with the arrow keys', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await chart(3, 328);
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Self, Student-Centered purpose: 1 Level 1');
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Partner: Sample COE, Student-Centered purpose: 2 Level 2');
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        before.remove();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('enlarges the point under the pointer, bolds its axis name and keeps it the same node', async () => {
      const el = await chart();
      const point = el.shadowRoot!.querySelector<SVGPathElement>('.point')!;
      // The second series' third point.
      const before = markerBoxes(el)[1]![2]!;
      await sendMouse({ type: 'move', position: [Math.round(before.x + before.width / 2), Math.round(before.y + before.height / 2)] });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.point')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('.point')).to.equal(point);
      expect(point.hasAttribute('data-active')).to.equal(true);
      expect(point.getAttribute('aria-label')).to.equal('Partner: Sample COE, Differentiated roles: 4 Level 4');
      const box = point.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(before.width * 1.2);
      expect(Math.abs(box.x + box.width / 2 - (before.x + before.width / 2))).to.be.below(1);
      expect(Math.abs(box.y + box.height / 2 - (before.y + before.height / 2))).to.be.below(1);
      expect(el.shadowRoot!.querySelectorAll('[data-active]')).to.have.length(1);
      // The one tab stop is the active point.
      expect([...el.shadowRoot!.querySelectorAll('[tabindex="0"]')]).to.deep.equal([point]);
      const bold = el.shadowRoot!.querySelectorAll('.axis-label.active');
      expect(bold).to.have.length(1);
      expect(bold[0]!.getAttribute('data-axis')).to.equal('2');
      expect(el.shadowRoot!.querySelector('.readout')!.textContent!.trim()).to.equal(point.getAttribute('aria-label')!.replace(', ', ' — '));
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('pointer', () => {
    afterEach(async () => {
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('names the marker nearest the pointer on every series, also under another series\' area', async () => {
      const el = await chart();
      const readout = () => el.shadowRoot!.querySelector('.readout')!.textContent!.trim();
      const boxes = markerBoxes(el);
      for (const [k, i] of [[0, 0], [0, 7], [1, 3], [1, 12], [2, 5], [2, 17], [0, 16]] as const) {
        const box = boxes[k]![i]!;
        // From a little way off, in steps, as a hand moves a mouse.
        await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2 + 25), Math.round(box.y + box.height / 2 + 25)] });
        await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2 + 1), Math.round(box.y + box.height / 2)] });
        await el.updateComplete;
        const series = el.series[k]!;
        const axis = el.shownAxes[i]!;
        expect(readout()).to.equal(`${series.label} — ${axis.label}: ${series.values[axis.id]} Level ${series.values[axis.id]}`);
      }
    });

    it('names every series whose marker is on the spot under the pointer, where they share a value', async () => {
      const el = await chart();
      const [self, partner, target] = el.series;
      // Self and the target share a value on the third axis: their markers lie on one spot.
      const third = el.axes[2]!.id;
      el.series = [{ ...self!, values: { ...self!.values, [third]: 4 } }, { ...partner!, values: { ...partner!.values, [third]: 2 } }, { ...target!, values: { ...target!.values, [third]: 4 } }];
      await settled(el);
      const box = markerBoxes(el)[2]![2]!;
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.readout')!.textContent!.trim()).to.equal('Self and Target — Differentiated roles: 4 Level 4');
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.readout')!.textContent!.trim()).to.equal('Self y Target — Differentiated roles: 4 Level 4');
    });
  });

  describe('download', () => {
    it('downloads a standalone SVG with resolved colours, and a PNG', async () => {
      const el = await chart();
      const names: string[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        const focusable = el.shadowRoot!.querySelector<SVGElement>('.point[tabindex="0"]')!;
        focusable.focus();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.point[data-active]')).to.equal(focusable);
        const svgBlob = await el.downloadSvg();
        const text = await svgBlob.text();
        expect(text).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(text).to.contain('stroke: rgb(0, 90, 156)');
        expect(text).not.to.contain('var(--');
        // The file carries the title and the legend, and no point is enlarged by earlier focus.
        expect(text).to.contain('>District self vs partner</text>');
        for (const series of ['Self', 'Partner: Sample COE', 'Target']) expect(text).to.contain(`>${series}</text>`);
        // The axis names are in the file as SVG text (the element draws them as HTML).
        expect(text).to.match(/<text class="axis-label"[^>]*font-size: 12px;[^>]*fill: rgb\(27, 31, 36\)|<text class="axis-label"[^>]*fill: rgb\(27, 31, 36\)[^>]*font-size: 12px;/);
        expect(text).to.contain('>Equity focus</tspan>');
        expect(text).to.contain('>Identification of the set of knowledge and skills for improvement</title>');
        expect(text).not.to.contain('data-active');
        expect(text).not.to.contain('class="point"');
        expect(new Set([...text.matchAll(/a(\d+) \d+ 0 1 0/g)].map((m) => m[1]))).to.deep.equal(new Set(['5']));
        const png = await el.downloadPng();
        expect(png.type).to.equal('image/png');
        expect(png.size).to.be.greaterThan(1000);
        expect(names).to.deep.equal(['radar.svg', 'radar.png']);
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });
  });

  describe('strings', () => {
    it('keeps every word of the chart and of its lazily loaded views in the all-strings table, in both languages', () => {
      const keys = [...Object.keys(RADAR_STRINGS_EN), ...Object.keys(RADAR_VIEW_STRINGS.en)];
      expect(Object.keys(RADAR_VIEW_STRINGS.es).sort()).to.deep.equal(Object.keys(RADAR_VIEW_STRINGS.en).sort());
      for (const lang of ['en', 'es'] as const) {
        const all = stringsFor(lang) as unknown as Record<string, unknown>;
        for (const key of keys) expect(all[key], `${lang}.${key}`).to.not.equal(undefined);
      }
      expect(stringsFor('es').axis).to.equal('Eje');
      expect(stringsFor('es').barsSummary(8, ['Yo', 'Socio', 'Meta'])).to.equal('Gráfico de barras de 8 ejes que compara Yo, Socio y Meta. Los mismos datos están en la tabla que sigue.');
      expect(stringsFor('en').scaleLevels([{ value: '1', label: 'Not yet' }])).to.equal('Scale: 1 = Not yet.');
    });
  });
});
