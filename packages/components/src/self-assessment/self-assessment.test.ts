import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { Assessment } from '@sos-kit/core';
import '../define.js';
import type { SosRubric } from '../rubric/rubric.js';
import type { SosSelfAssessment } from './self-assessment.js';

const FIXTURES = '/packages/core/test/fixtures/framework';

async function ready(markup: string): Promise<SosSelfAssessment> {
  const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrapper.querySelector('sos-self-assessment')!;
  await waitUntil(() => el.shadowRoot!.querySelector('nav, [part=error]'), 'framework did not load', { timeout: 5000 });
  await el.updateComplete;
  const rubric = el.shadowRoot!.querySelector('sos-rubric');
  if (rubric) await waitUntil(() => rubric.shadowRoot!.querySelector('fieldset'), 'rubric did not render');
  return el;
}

const rubricOf = (el: SosSelfAssessment) => el.shadowRoot!.querySelector<SosRubric>('sos-rubric')!;
const answer = (el: SosSelfAssessment, item: string, index: number) =>
  rubricOf(el).shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)[index]!.click();
const stepButton = (el: SosSelfAssessment, index: number) => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')[index]!;

async function show(el: SosSelfAssessment, step: 0 | 1 | 2): Promise<void> {
  stepButton(el, step).click();
  await el.updateComplete;
  const chart = el.shadowRoot!.querySelector('sos-radar-chart');
  if (chart) await chart.updateComplete;
}

describe('sos-self-assessment', () => {
  describe('accessibility', () => {
    it('passes axe on every step of the built-in district instrument', async () => {
      const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified"></sos-self-assessment>');
      await expect(el).to.be.accessible();
      answer(el, 'shared-purpose.equity-focus', 2);
      await show(el, 1);
      await expect(el).to.be.accessible();
      await show(el, 2);
      await expect(el).to.be.accessible();
    });

    it('passes axe with an error panel, and marks the current step', async () => {
      const broken = await ready(`<sos-self-assessment src="${FIXTURES}/invalid/version-not-semver.json"></sos-self-assessment>`);
      await expect(broken).to.be.accessible();
      const el = await ready(`<sos-self-assessment src="${FIXTURES}/valid/minimal.json"></sos-self-assessment>`);
      expect(stepButton(el, 0).getAttribute('aria-current')).to.equal('step');
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Steps');
    });
  });

  describe('properties', () => {
    it('loads a built-in framework and gives it to its rubric through context', async () => {
      const el = await ready('<sos-self-assessment level="coe"></sos-self-assessment>');
      expect(el.currentFramework!.id).to.equal('ca-sos-conditions-capacities');
      expect(rubricOf(el).framework).to.equal(el.currentFramework);
      expect(rubricOf(el).shadowRoot!.querySelectorAll('fieldset[data-item]')).to.have.length(38);
    });

    it("loads a county's own framework from src and validates it", async () => {
      const el = await ready(`<sos-self-assessment src="${FIXTURES}/valid/minimal.json"></sos-self-assessment>`);
      expect(el.currentFramework!.id).to.equal('fixture-framework');
      expect(rubricOf(el).shadowRoot!.querySelectorAll('fieldset[data-item]')).to.have.length(2);
    });

    it('shows a readable error panel, with JSON paths, for an invalid framework', async () => {
      const el = await ready(`<sos-self-assessment src="${FIXTURES}/invalid/version-not-semver.json"></sos-self-assessment>`);
      const panel = el.shadowRoot!.querySelector('[part=error]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent!.replace(/\s+/g, ' ')).to.contain('$.version: expected a semantic version such as "1.0.0", got "1.0"');
    });

    it('says when a framework cannot be fetched or is not a built-in id', async () => {
      const missing = await ready('<sos-self-assessment src="/nowhere/framework.json"></sos-self-assessment>');
      expect(missing.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('could not be loaded from /nowhere/framework.json (HTTP 404)');
      const unknown = await ready('<sos-self-assessment framework="ca-sos"></sos-self-assessment>');
      expect(unknown.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('not a built-in framework id');
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await ready('<sos-self-assessment lang="es"></sos-self-assessment>');
      expect([...el.shadowRoot!.querySelectorAll('nav button')].map((b) => b.textContent!.trim())).to.deep.equal(['1. Calificar', '2. Resultados', '3. Guardar y compartir']);
      expect(rubricOf(el).shadowRoot!.getElementById('progress-text')!.textContent).to.equal('0 de 45 respondidos');
    });
  });

  describe('events', () => {
    it('lets the rubric\'s change and input events reach the page, on user action only', async () => {
      const el = await ready('<sos-self-assessment></sos-self-assessment>');
      const seen: string[] = [];
      el.parentElement!.addEventListener('change', (e) => seen.push(`change:${e.composed}`));
      el.parentElement!.addEventListener('input', () => seen.push('input'));
      answer(el, 'shared-purpose.equity-focus', 3);
      expect(seen).to.deep.equal(['input', 'change:true']);
      expect(el.value!.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 4 });
    });
  });

  describe('results', () => {
    it('shows a radar by condition and role, and gaps against the target', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      for (const [item, index] of [
        ['shared-purpose.student-centered-purpose', 0],
        ['shared-purpose.equity-focus', 1],
        ['shared-purpose.differentiated-roles', 2],
      ] as const)
        answer(el, item, index);
      await show(el, 1);
      const chart = el.shadowRoot!.querySelector('sos-radar-chart')!;
      expect(chart.axes).to.have.length(8);
      expect(chart.series.map((x) => x.label)).to.deep.equal(['Self', 'Target (Full Implementation)']);
      expect(chart.series[0]!.values['shared-purpose']).to.equal(2);
      const table = el.shadowRoot!.querySelector('sos-gap-table')!;
      expect(table.report!.comparison).to.equal('current-vs-target');
      const byElement = el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset.view input')[1]!;
      byElement.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('sos-radar-chart')!.axes).to.have.length(18);
    });

    it('compares with a partner rating the user loads, and reports a file it cannot use', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await show(el, 1);
      const partner: Assessment = {
        ...structuredClone(el.value!),
        perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } },
        ratings: { 'shared-purpose.equity-focus': { value: 4 } },
      };
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
      const load = async (text: string, outcome: string) => {
        const files = new DataTransfer();
        files.items.add(new File([text], 'partner.json', { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
        await waitUntil(() => el.shadowRoot!.querySelector(outcome), `no ${outcome} after loading`);
        await el.updateComplete;
      };
      await load(JSON.stringify(partner), '.results [role=status]');
      expect(el.shadowRoot!.querySelector('sos-gap-table')!.report!.comparison).to.equal('self-vs-partner');
      expect(el.shadowRoot!.querySelector('sos-radar-chart')!.series.map((x) => x.label)).to.deep.equal(['Self', 'Sample COE', 'Target (Full Implementation)']);
      await load('{"schemaVersion": 1}', '.results [role=alert]');
      expect(el.shadowRoot!.querySelector('.results [role=alert]')!.textContent).to.contain('$.framework');
    });
  });

  describe('save and submit', () => {
    it('downloads the answers as JSON', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 0);
      await show(el, 2);
      const names: string[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(names).to.deep.equal(['Sample-Unified-district.json']);
    });

    it('POSTs the assessment to submit-url and says it was received', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified" submit-url="/__test__/submit/ok"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 4);
      await show(el, 2);
      expect(await el.submit()).to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.export [role=status]')!.textContent).to.equal('Submitted. Thank you.');
      const received = (await (await fetch('/__test__/submit/last')).json()) as Assessment;
      expect(received).to.deep.include({ status: 'submitted', level: 'district' });
      expect(received.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 5 });
    });

    it('keeps every answer when submitting fails, and offers to try again', async () => {
      const el = await ready('<sos-self-assessment submit-url="/__test__/submit/fail"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 2);
      await show(el, 2);
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('.export [role=alert]')!;
      expect(alert.textContent).to.contain('Submitting failed (HTTP 503). Your answers are still here and nothing was lost.');
      expect(alert.querySelector('button')!.textContent).to.equal('Try again');
      expect(rubricOf(el).value!.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 3 });
    });
  });

  it('fires sos-complete from the inner rubric when everything is answered', async () => {
    const el = await ready(`<sos-self-assessment src="${FIXTURES}/valid/minimal.json"></sos-self-assessment>`);
    answer(el, 'c.e', 0);
    setTimeout(() => answer(el, 'district.r.01', 1));
    const event = await oneEvent(el, 'sos-complete');
    expect(event).to.exist;
  });
});
