import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { Assessment } from '@sos-kit/core';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import '../define.js';
import type { SosGapTable } from '../gap-table/gap-table.js';
import { SosRowActivateEvent } from '../shared/events.js';
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

const root = (el: SosSelfAssessment) => el.shadowRoot!;
const rubricOf = (el: SosSelfAssessment) => root(el).querySelector<SosRubric>('sos-rubric')!;
const answer = (el: SosSelfAssessment, item: string, index: number) =>
  rubricOf(el).shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)[index]!.click();
const stepButton = (el: SosSelfAssessment, index: number) => root(el).querySelectorAll<HTMLButtonElement>('nav button')[index]!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** Clicks the middle of an element's box with the real mouse, as a person does. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  // A click at (0, 0) on a hidden element stalls the browser; fail clearly instead.
  if (box.width === 0 || box.height === 0) throw new Error(`cannot click <${element.localName}>: it is not on screen`);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

async function show(el: SosSelfAssessment, step: 0 | 1 | 2): Promise<void> {
  stepButton(el, step).click();
  await el.updateComplete;
  const chart = root(el).querySelector('sos-radar-chart');
  if (chart) await chart.updateComplete;
}

const DISTRICT_CONDITION_ITEMS = [
  'shared-purpose.student-centered-purpose',
  'shared-purpose.equity-focus',
  'shared-purpose.differentiated-roles',
  'shared-purpose.sense-of-urgency',
  'shared-purpose.constancy-of-purpose',
];

/** A scripted stand-in for the collection service: records each request, answers in turn. */
function fakeService(...answers: (Response | Error)[]) {
  const calls: { url: string; key: string | null; body: Assessment }[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (!url.includes('/collect')) return original(input, init);
    calls.push({ url, key: new Headers(init?.headers).get('idempotency-key'), body: JSON.parse(String(init?.body)) as Assessment });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (next instanceof Error) throw next;
    return next.clone();
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}
const created = () => new Response(JSON.stringify({ id: 'sub-1', version: 1, receivedAt: '2026-11-23T10:00:00Z' }), { status: 201, headers: { 'content-type': 'application/json' } });

async function reviewWithAnswers(markup: string, answers = 1): Promise<SosSelfAssessment> {
  const el = await ready(markup);
  DISTRICT_CONDITION_ITEMS.slice(0, answers).forEach((item, i) => answer(el, item, i % 5));
  await show(el, 2);
  return el;
}
const submitButton = (el: SosSelfAssessment) => root(el).querySelector<HTMLButtonElement>('.submit-button');
async function confirmAndSubmit(el: SosSelfAssessment): Promise<void> {
  const box = root(el).querySelector<HTMLInputElement>('#confirm');
  if (box && !box.checked) box.click();
  await el.updateComplete;
  submitButton(el)!.click();
  await waitUntil(() => (el as unknown as { submitState: { state: string } }).submitState.state !== 'submitting', 'submission did not finish', { timeout: 5000 });
  await el.updateComplete;
}

// axe walks the whole 45-item rubric on every run (about 10 s each on a loaded machine), so these
// checks have their own file and generous timeouts.
describe('sos-self-assessment: accessibility', () => {
  it('passes axe on the rating step', async function () {
    this.timeout(60000);
    const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
    await expect(el).to.be.accessible();
  });

  it('passes axe on the results step, with a summary, missing-score notes and a comparison control', async function () {
    this.timeout(60000);
    const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 2);
    await show(el, 1);
    await expect(el).to.be.accessible();
  });

  it('passes axe on the review step, with its questions and a submit error', async function () {
    this.timeout(60000);
    const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 2);
    await show(el, 2);
    root(el).querySelector<HTMLButtonElement>('.submit-button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe with an error panel, and marks the current step', async function () {
    this.timeout(30000);
    const broken = await ready(`<sos-self-assessment src="${FIXTURES}/invalid/version-not-semver.json"></sos-self-assessment>`);
    await expect(broken).to.be.accessible();
    const el = await ready(`<sos-self-assessment src="${FIXTURES}/valid/minimal.json"></sos-self-assessment>`);
    expect(stepButton(el, 0).getAttribute('aria-current')).to.equal('step');
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Steps');
  });
});
