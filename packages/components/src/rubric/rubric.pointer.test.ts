import { expect, fixture, html } from '@open-wc/testing';
import { loadBuiltInFramework } from '@sos-kit/core';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { SosRubric } from './rubric.js';

/**
 * A person clicks the words of an answer, not the radio circle, on a page that is scrolled so the
 * item sits mid-screen, often after focus went somewhere else on the page. Real pointer events at
 * the text's coordinates, so focus delegation and label activation behave as in a browser.
 */
async function page(width = 1280): Promise<{ el: SosRubric; heading: HTMLElement }> {
  await setViewport({ width, height: width < 500 ? 740 : 800 });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <h1 style="margin:0;padding:1rem">District self-assessment</h1>
    <p style="height:600px">Introduction</p>
    <sos-rubric></sos-rubric>
    <p style="height:1200px">After the rubric</p>
  </div>`);
  const el = wrapper.querySelector<SosRubric>('sos-rubric')!;
  el.framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
  await el.updateComplete;
  return { el, heading: wrapper.querySelector('h1')! };
}

/** The visible words of an answer choice: the label's last text, away from the radio circle. */
function wordsOf(el: SosRubric, item: string, answer: string): { x: number; y: number; input: HTMLInputElement } {
  const input = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)].find((i) => i.closest('label')!.textContent!.includes(answer))!;
  const label = input.closest('label')!;
  const range = document.createRange();
  const words = [...label.querySelectorAll('span')].find((s) => s.textContent!.trim() === answer || s.textContent!.includes(answer)) ?? label;
  range.selectNodeContents(words);
  const box = [...range.getClientRects()].at(-1)!;
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2), input };
}

/** Scrolls so the item is in the middle of the viewport, as after reading down the page. */
function scrollToMiddle(el: SosRubric, item: string): number {
  const fieldset = el.shadowRoot!.querySelector(`fieldset[data-item="${item}"]`)!;
  fieldset.scrollIntoView({ block: 'center' });
  return window.scrollY;
}

async function clickCentre(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('sos-rubric under a real pointer', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 1024, height: 768 });
  });

  it('records a tap on the first item\'s words on a 360 px phone without moving the page', async () => {
    const { el } = await page(360);
    const item = 'shared-purpose.student-centered-purpose';
    const before = scrollToMiddle(el, item);
    const { x, y, input } = wordsOf(el, item, 'Full Implementation');
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(el.value!.ratings[item]?.value).to.equal(4);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(Math.abs(window.scrollY - before)).to.be.at.most(2);
  });

  it('"Next unanswered" moves on each time it is clicked, though the click focuses the button itself', async () => {
    const { el } = await page();
    const next = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Next unanswered')!;
    const focusedItem = () => el.shadowRoot!.activeElement?.closest('fieldset')?.dataset['item'];
    next().scrollIntoView({ block: 'center' });
    await clickCentre(next());
    await el.updateComplete;
    expect(focusedItem()).to.equal('shared-purpose.student-centered-purpose');
    next().scrollIntoView({ block: 'center' });
    await clickCentre(next());
    await el.updateComplete;
    expect(focusedItem()).to.equal('shared-purpose.equity-focus');
  });

  it('records a click on an answer\'s words, focuses that answer and keeps the scroll position', async () => {
    const { el } = await page();
    const item = 'shared-purpose.equity-focus';
    const before = scrollToMiddle(el, item);
    expect(before).to.be.greaterThan(300);
    const { x, y, input } = wordsOf(el, item, 'Beginning Development');
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(el.value!.ratings[item]?.value).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(Math.abs(window.scrollY - before)).to.be.at.most(2);
  });

  it('records the click when focus had moved outside the rubric (the page heading was clicked)', async () => {
    const { el, heading } = await page();
    const item = 'shared-purpose.equity-focus';
    const first = wordsOf(el, item, 'Beginning Development');
    // Answer once, then click the page heading so focus leaves the rubric.
    first.input.scrollIntoView({ block: 'center' });
    const at = wordsOf(el, item, 'Beginning Development');
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    heading.scrollIntoView({ block: 'start' });
    const h = heading.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(h.left + 20), Math.round(h.top + h.height / 2)] });
    expect(document.activeElement).to.not.equal(el);
    const second = 'shared-purpose.sense-of-urgency';
    const before = scrollToMiddle(el, second);
    const target = wordsOf(el, second, 'Initial Implementation');
    await sendMouse({ type: 'click', position: [target.x, target.y] });
    await el.updateComplete;
    expect(el.value!.ratings[second]?.value).to.equal(3);
    expect(el.shadowRoot!.activeElement).to.equal(target.input);
    expect(Math.abs(window.scrollY - before)).to.be.at.most(2);
  });
});
