// Helpers shared by the widget's spec files (this file holds no specs of its own).
import { fixture, waitUntil } from '@open-wc/testing';
import type { Assessment } from '@sos-kit/core';
import { sendMouse } from '@web/test-runner-commands';
import '../define.js';
import type { SosRubric } from '../rubric/rubric.js';
import type { SosSelfAssessment } from './self-assessment.js';

export const FIXTURES = '/packages/core/test/fixtures/framework';

export async function ready(markup: string): Promise<SosSelfAssessment> {
  const wrapper = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const el = wrapper.querySelector('sos-self-assessment')!;
  await waitUntil(() => el.shadowRoot!.querySelector('nav, [part=error]'), 'framework did not load', { timeout: 5000 });
  await el.updateComplete;
  const rubric = el.shadowRoot!.querySelector('sos-rubric');
  if (rubric) await waitUntil(() => rubric.shadowRoot!.querySelector('fieldset'), 'rubric did not render');
  return el;
}

export const root = (el: SosSelfAssessment) => el.shadowRoot!;
export const rubricOf = (el: SosSelfAssessment) => root(el).querySelector<SosRubric>('sos-rubric')!;
export const answer = (el: SosSelfAssessment, item: string, index: number) =>
  rubricOf(el).shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)[index]!.click();
export const stepButton = (el: SosSelfAssessment, index: number) => root(el).querySelectorAll<HTMLButtonElement>('nav button')[index]!;
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** Clicks the middle of an element's box with the real mouse, as a person does. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  // A click at (0, 0) on a hidden element stalls the browser; fail clearly instead.
  if (box.width === 0 || box.height === 0) throw new Error(`cannot click <${element.localName}>: it is not on screen`);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

export async function show(el: SosSelfAssessment, step: 0 | 1 | 2): Promise<void> {
  stepButton(el, step).click();
  await el.updateComplete;
  const chart = root(el).querySelector('sos-radar-chart');
  if (chart) await chart.updateComplete;
}

export const DISTRICT_CONDITION_ITEMS = [
  'shared-purpose.student-centered-purpose',
  'shared-purpose.equity-focus',
  'shared-purpose.differentiated-roles',
  'shared-purpose.sense-of-urgency',
  'shared-purpose.constancy-of-purpose',
];

/** A scripted stand-in for the collection service: records each request, answers in turn. */
export function fakeService(...answers: (Response | Error)[]) {
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
export const created = () => new Response(JSON.stringify({ id: 'sub-1', version: 1, receivedAt: '2026-11-23T10:00:00Z' }), { status: 201, headers: { 'content-type': 'application/json' } });

export async function reviewWithAnswers(markup: string, answers = 1): Promise<SosSelfAssessment> {
  const el = await ready(markup);
  DISTRICT_CONDITION_ITEMS.slice(0, answers).forEach((item, i) => answer(el, item, i % 5));
  await show(el, 2);
  return el;
}
export const submitButton = (el: SosSelfAssessment) => root(el).querySelector<HTMLButtonElement>('.submit-button');
export async function confirmAndSubmit(el: SosSelfAssessment): Promise<void> {
  const box = root(el).querySelector<HTMLInputElement>('#confirm');
  if (box && !box.checked) box.click();
  await el.updateComplete;
  submitButton(el)!.click();
  await waitUntil(() => (el as unknown as { submitState: { state: string } }).submitState.state !== 'submitting', 'submission did not finish', { timeout: 5000 });
  await el.updateComplete;
}

