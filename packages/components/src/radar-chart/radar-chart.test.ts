import { expect, fixture, html } from '@open-wc/testing';
import { loadBuiltInFramework, localize } from '@sos-kit/core';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { wrapLabel, type RadarAxis, type RadarSeries, type SosRadarChart } from './radar-chart.js';

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

/** Waits for the resize observer's report and the redraw it schedules on the next frame. */
async function settled(el: SosRadarChart): Promise<void> {
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  }
}

async function chart(count = 3, width = 600): Promise<SosRadarChart> {
  const axes = await elementAxes();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><sos-radar-chart heading="District self vs partner"></sos-radar-chart></div>`);
  const el = wrapper.querySelector('sos-radar-chart')!;
  el.axes = axes;
  el.series = seriesFor(axes, count);
  el.scale = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) };
  await settled(el);
  return el;
}

describe('sos-radar-chart', () => {
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
      expect(el.shadowRoot!.querySelector('desc')!.textContent).to.match(/^Gráfico radial de 18 ejes/);
    });

    it('has a meaningful text alternative and the same data as a real table', async () => {
      const el = await chart();
      const svg = el.shadowRoot!.querySelector('svg[part=chart]')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(el.shadowRoot!.querySelector('title')!.textContent).to.equal('District self vs partner');
      expect(el.shadowRoot!.querySelector('desc')!.textContent).to.equal('Radar chart of 18 axes comparing Self, Partner: Sample COE, Target. The same data is in the table that follows.');
      const table = el.shadowRoot!.querySelector('table')!;
      expect([...table.tHead!.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['Axis', 'Self', 'Partner: Sample COE', 'Target']);
      expect(table.tBodies[0]!.rows).to.have.length(18);
      expect([...table.tBodies[0]!.rows[0]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Shared Purpose: Student-Centered purpose', '1 Level 1', '2 Level 2', '3 Level 3']);
    });

    it('tells series apart by dash pattern and marker shape, not only colour', async () => {
      const el = await chart(4);
      const dashes = [...el.shadowRoot!.querySelectorAll('.series .outline')].map((p) => p.getAttribute('stroke-dasharray'));
      expect(new Set(dashes).size).to.equal(4);
      const shapes = [...el.shadowRoot!.querySelectorAll('.series')].map((g) => {
        const first = g.querySelector('.point')!;
        return first.tagName + (first.getAttribute('d')?.split('L').length ?? '');
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
      const longest = [...el.shadowRoot!.querySelectorAll('.axis-label')].find((t) => t.querySelector('title')!.textContent!.startsWith('Identification'))!;
      expect(longest.querySelector('title')!.textContent).to.equal('Identification of the set of knowledge and skills for improvement');
      expect(longest.querySelectorAll('tspan').length).to.be.at.most(2);
    });

    it('leaves a gap where a series has no value, and says so in the table', async () => {
      const el = await chart(1);
      const axes = el.axes;
      el.series = [{ label: 'Self', values: { ...el.series[0]!.values, [axes[2]!.id]: undefined } }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.series .point')).to.have.length(17);
      expect(el.shadowRoot!.querySelector('.series .outline')!.getAttribute('d')!.endsWith('Z')).to.equal(false);
      expect(el.shadowRoot!.querySelector('tbody tr:nth-child(3) td')!.textContent).to.equal('no value');
    });

    it('draws at most four series, keeping any others in the table', async () => {
      const el = await chart(5);
      expect(el.shadowRoot!.querySelectorAll('.series')).to.have.length(4);
      expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(6);
    });

    it('redraws for the width of its container', async () => {
      const el = await chart(2, 600);
      const before = el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('viewBox');
      el.parentElement!.style.width = '340px';
      await settled(el);
      const after = el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('viewBox');
      expect(before).to.equal('0 0 600 600');
      expect(after).to.equal('0 0 340 340');
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

  describe('keyboard', () => {
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

    it('shows and hides the data table with a button that says its state', async () => {
      const el = await chart();
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
      expect(el.shadowRoot!.getElementById('data')!.classList.contains('visually-hidden')).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.getElementById('data')!.classList.contains('visually-hidden')).to.equal(false);
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
        const svgBlob = el.downloadSvg();
        const text = await svgBlob.text();
        expect(text).to.match(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(text).to.contain('stroke: rgb(0, 90, 156)');
        expect(text).not.to.contain('var(--');
        const png = await el.downloadPng();
        expect(png.type).to.equal('image/png');
        expect(png.size).to.be.greaterThan(1000);
        expect(names).to.deep.equal(['radar.svg', 'radar.png']);
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });
  });
});
