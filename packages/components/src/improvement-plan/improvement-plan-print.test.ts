import { expect, fixture, html } from '@open-wc/testing';
import { SCHEMA_VERSION, type ImprovementPlan } from '@sos-kit/core';
import { sendMouse } from '@web/test-runner-commands';
// Only the plan: its run chart has to come before the report is printed (a page of its own, so
// nothing loaded it before).
import '../define/improvement-plan.js';
import { SosImprovementPlan } from './improvement-plan.js';

const plan: ImprovementPlan = {
  schemaVersion: SCHEMA_VERSION,
  aims: [{ id: 'aim-1', what: 'Every grade 3 student reads at grade level' }],
  measures: [{ id: 'reading', name: 'Reading at grade level', kind: 'outcome', unit: '%', aimIds: ['aim-1'], dataPoints: [{ date: '2026-01-05', value: 12 }, { date: '2026-01-12', value: 15 }] }],
};

describe('sos-improvement-plan printing before its run chart has loaded', () => {
  it('"Print" waits for the run chart, so the printed report has its charts', async () => {
    const realLoader = SosImprovementPlan.loadRunChart;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    SosImprovementPlan.loadRunChart = () => gate.then(realLoader);
    const printed: number[] = [];
    const print = window.print;
    window.print = () => void printed.push(document.querySelector('sos-improvement-plan')!.shadowRoot!.querySelectorAll('.print-report sos-run-chart').length);
    try {
      const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan .plan=${plan}></sos-improvement-plan>`);
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Print')!;
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(printed, 'not printed while the chart is on its way').to.deep.equal([]);
      release();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(printed, 'printed once, with the measure’s chart').to.deep.equal([1]);
    } finally {
      window.print = print;
      SosImprovementPlan.loadRunChart = realLoader;
    }
  });
});
