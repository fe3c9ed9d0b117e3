import { expect, fixture, html } from '@open-wc/testing';
import { SCHEMA_VERSION, type ImprovementPlan } from '@sos-kit/core';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
// Only the plan, as a page that uses it alone registers it: the run chart and the Spanish strings
// must come on their own, when they are needed. The specs run in order: the first ones see a page
// where nothing was loaded yet.
import '../define/improvement-plan.js';
import { SosImprovementPlan } from './improvement-plan.js';

const $ = <T extends Element = HTMLElement>(el: SosImprovementPlan, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element) => ((node as HTMLElement).innerText ?? node.textContent!).replace(/\s+/g, ' ').trim();
/** Whether the page has fetched a module whose file name contains `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 }));

async function click(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const withValues: ImprovementPlan = {
  schemaVersion: SCHEMA_VERSION,
  aims: [{ id: 'aim-1', what: 'Every grade 3 student reads at grade level' }],
  measures: [{ id: 'reading', name: 'Reading at grade level', kind: 'outcome', unit: '%', aimIds: ['aim-1'], dataPoints: [{ date: '2026-01-05', value: 12 }, { date: '2026-01-12', value: 15 }, { date: '2026-01-19', value: 14 }] }],
};

describe('sos-improvement-plan loads its run chart and Spanish strings when they are needed', () => {
  const realLoader = SosImprovementPlan.loadRunChart;
  afterEach(() => {
    SosImprovementPlan.loadRunChart = realLoader;
  });

  it('opens on the aims without the run chart or the Spanish strings', async () => {
    let loads = 0;
    SosImprovementPlan.loadRunChart = () => (loads++, realLoader());
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan></sos-improvement-plan>`);
    await idle();
    await el.updateComplete;
    expect(text($(el, 'h3'))).to.equal('What are we trying to accomplish?');
    expect(loads, 'no measure yet: no chart to draw').to.equal(0);
    expect(customElements.get('sos-run-chart')).to.equal(undefined);
    expect(fetched('/run-chart/run-chart.'), 'the run chart module').to.equal(false);
    expect(fetched('strings.es'), 'any Spanish strings').to.equal(false);
  });

  it('fetches the chart when idle; a failed load says so in plain words, keeps what was typed, and "Try again" draws it', async () => {
    let loads = 0;
    SosImprovementPlan.loadRunChart = () => (loads++, Promise.reject(new Error('offline')));
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan .plan=${withValues}></sos-improvement-plan>`);
    await idle();
    await el.updateComplete;
    expect(loads, 'measures in the plan: fetched while the person is still on the aims').to.equal(1);

    await click([...el.shadowRoot!.querySelectorAll('nav button')][1]!);
    await el.updateComplete;
    const placeholder = $(el, '.chart-placeholder');
    expect(placeholder.getAttribute('role')).to.equal('alert');
    expect(text(placeholder)).to.equal('The run chart could not be loaded. Your values are kept; check your connection, then try again. Try again');
    // The placeholder keeps the chart's place: at least the chart's smallest height.
    expect(placeholder.getBoundingClientRect().height).to.be.at.least(220);
    expect(text($(el, 'summary'))).to.equal('Values (3)');
    await expect(el).to.be.accessible();

    // The person goes on typing a value meanwhile; retrying must not lose it.
    $(el, '#m-0-note').focus();
    await sendKeys({ type: 'after the book fair' });
    SosImprovementPlan.loadRunChart = () => (loads++, realLoader());
    await click([...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Try again')!);
    await el.updateComplete;
    expect(loads, 'no retry behind the person’s back; one when asked').to.equal(2);
    const chart = $(el, 'sos-run-chart') as HTMLElement & { updateComplete: Promise<unknown>; result?: { count: number } };
    expect(chart, 'the chart in the placeholder’s place').to.exist;
    await chart.updateComplete;
    expect(chart.result?.count).to.equal(3);
    expect(el.shadowRoot!.querySelector('.chart-placeholder')).to.equal(null);
    expect($<HTMLInputElement>(el, '#m-0-note').value).to.equal('after the book fair');
    expect(el.value.measures![0]!.dataPoints).to.have.length(3);
  });

  it('in Spanish, loads the plan’s and the chart’s Spanish strings before showing anything', async () => {
    expect(fetched('improvement-plan.strings.es')).to.equal(false);
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan lang="es" step="1" .plan=${withValues}></sos-improvement-plan>`);
    await el.updateComplete;
    expect(fetched('improvement-plan.strings.es')).to.equal(true);
    expect(text($(el, 'h3'))).to.equal('¿Cómo sabremos que un cambio es una mejora?');
    expect(text($(el, 'summary'))).to.equal('Valores (3)');
    const chart = $(el, 'sos-run-chart') as HTMLElement & { updateComplete: Promise<unknown> };
    await chart.updateComplete;
    expect(fetched('run-chart.strings.es')).to.equal(true);
    expect(text(chart.shadowRoot!.querySelector('figcaption')!)).to.contain('Mediana');
    await expect(el).to.be.accessible();
  });
});
