// What keys, focus and pointer do on the radar's points loads with the views' code on first use
// (see SosRadarChart.interact). A file of its own: each spec file is a fresh page, and a page loads
// that code once, so here it has not loaded yet.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../define/radar-chart.js';
import { SosRadarChart } from './radar-chart.js';

const axes = ['Vision', 'Equity', 'Data use', 'Coaching', 'Family partnership', 'Resources'].map((label, i) => ({ id: `a${i}`, label }));
const series = ['Self', 'Partner'].map((label, k) => ({ label, values: Object.fromEntries(axes.map((axis, i) => [axis.id, ((i + k) % 5) + 1])) }));

async function chart(): Promise<SosRadarChart> {
  const wrapper = await fixture<HTMLDivElement>('<div style="width: 600px; margin-top: 40px"><sos-radar-chart heading="Self vs partner"></sos-radar-chart></div>');
  const el = wrapper.querySelector('sos-radar-chart')!;
  el.axes = axes;
  el.series = series;
  el.scale = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) };
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  }
  return el;
}

describe('sos-radar-chart point interaction, loaded on first use', () => {
  it('loads on first focus; says so when that fails, and a hover and keys while it loads again all count, in order', async () => {
    const load = SosRadarChart.loadViews;
    let calls = 0;
    SosRadarChart.loadViews = () => {
      calls++;
      return Promise.reject(new Error('offline'));
    };
    try {
      // The pointer away from the drawing: entering it would load the code.
      await sendMouse({ type: 'move', position: [0, 0] });
      const el = await chart();
      expect(calls, 'nothing loaded for the first draw').to.equal(0);
      const readout = () => el.shadowRoot!.querySelector('.readout')!.textContent!.trim();
      expect(readout()).to.equal('Use the arrow keys to move between points.');
      const first = el.shadowRoot!.querySelector<SVGElement>('.point[tabindex="0"]')!;
      expect(first.getAttribute('aria-label')).to.equal('Self, Vision: 1 Level 1');
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(calls).to.be.greaterThan(0);
      expect(readout()).to.equal('This part of the chart could not be loaded. Check your connection, then try again.');
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await expect(el).to.be.accessible();

      // Back online, on a slow network: a hover and two keys while the code is on its way.
      let arrive = () => {};
      SosRadarChart.loadViews = () => new Promise((resolve) => (arrive = () => resolve(load())));
      // Where the chart draws Self's third point (Data use), on the page.
      const [x, y] = el.geometry(el.drawnWidth).point(2, series[0]!.values['a2']!);
      const hovered = new DOMPoint(x, y).matrixTransform(el.shadowRoot!.querySelector<SVGSVGElement>('svg[part=chart]')!.getScreenCTM()!);
      await sendMouse({ type: 'move', position: [Math.round(hovered.x), Math.round(hovered.y)] });
      const scrolled = window.scrollY;
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      expect(window.scrollY, 'the arrow keys never scroll the page').to.equal(scrolled);
      arrive();
      await el.updateComplete;
      // From the hovered point (Self, Data use): one axis on, then the next series.
      expect(readout()).to.equal('Partner — Coaching: 5 Level 5');
      const active = el.shadowRoot!.activeElement!;
      expect(active.getAttribute('aria-label')).to.equal('Partner, Coaching: 5 Level 5');
      expect(active.hasAttribute('data-active')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.axis-label.active')!.textContent).to.equal('Coaching');
      // The active point is drawn larger once the code (and its styles) are here.
      expect(getComputedStyle(active).transform).not.to.equal('none');
    } finally {
      SosRadarChart.loadViews = load;
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('handles the first key at once once the code is here', async () => {
    const el = await chart();
    el.shadowRoot!.querySelector<SVGElement>('.point[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.readout')!.textContent!.trim()).to.equal('Self — Resources: 1 Level 1');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Self, Vision: 1 Level 1');
  });
});
