import { expect, fixture } from '@open-wc/testing';
import { loadBuiltInFramework, type Framework } from '@sos-kit/core';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { SosRubric } from './rubric.js';

/**
 * A person works through the district rubric section by section, then the page reloads (a
 * closed tab, a dropped connection, a browser restart): every answer and the section they were
 * on come back, with the section's heading where they pick up. Older drafts, which did not keep
 * the section, open at the first one; a draft is never overwritten by paging alone.
 */
const KEY = 'section-spec';
const MAIN = `sos-kit:draft:${KEY}`;
const RECOVERED = `${MAIN}:recovered`;

let framework: Framework;
let spanish: Framework;

async function open(lang: 'en' | 'es' = 'en'): Promise<SosRubric> {
  // A reload leaves focus on the page itself.
  (document.activeElement as HTMLElement | null)?.blur();
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}"><sos-rubric level="district" autosave-key="${KEY}"></sos-rubric></div>`);
  const el = wrapper.querySelector<SosRubric>('sos-rubric')!;
  el.framework = lang === 'es' ? spanish : framework;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visibleSection = (el: SosRubric) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('section[part=group]')].find((s) => !s.hidden)!;
const visibleHeading = (el: SosRubric) => words(visibleSection(el).querySelector('h2'));

async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Presses the visible "Next section" button of the section on screen. */
async function nextSection(el: SosRubric): Promise<void> {
  await clickCentre(visibleSection(el).querySelector('button.next-section')!);
  await el.updateComplete;
}

/** Clicks the words of an answer of the first item of the section on screen. */
async function answerFirstItem(el: SosRubric, answer: string): Promise<string> {
  const fieldset = visibleSection(el).querySelector<HTMLFieldSetElement>('fieldset[data-item]')!;
  const span = [...fieldset.querySelectorAll('label span.word')].find((s) => words(s) === answer)!;
  await clickCentre(span);
  await el.updateComplete;
  return fieldset.dataset['item']!;
}

function storedDraft(section?: unknown): string {
  const assessment = {
    schemaVersion: 1,
    framework: { id: framework.id, version: framework.version },
    level: 'district',
    subject: { name: 'Sample Unified', type: 'district' },
    perspective: { kind: 'self' },
    status: 'draft',
    createdAt: '2026-09-01T16:00:00.000Z',
    updatedAt: '2026-09-02T16:00:00.000Z',
    ratings: { [framework.conditions![0]!.elements[1]!.id]: { value: 3 }, [framework.conditions![1]!.elements[0]!.id]: { value: 2 } },
  };
  return JSON.stringify({ savedAt: '2026-09-02T16:00:00.000Z', assessment, ...(section === undefined ? {} : { section }) });
}

describe('sos-rubric: a reload reopens the section the person was on', () => {
  before(async () => {
    framework = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' });
    spanish = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district', lang: 'es' });
  });
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(async () => {
    localStorage.removeItem(MAIN);
    localStorage.removeItem(RECOVERED);
    window.scrollTo(0, 0);
    await setViewport({ width: 1024, height: 768 });
  });

  it('keeps every answer and the third section after a reload, its heading focused', async () => {
    const first = await open();
    const answered = [await answerFirstItem(first, 'Initial Implementation')];
    await nextSection(first);
    answered.push(await answerFirstItem(first, 'Full Implementation'));
    await nextSection(first);
    const third = visibleHeading(first);
    expect(words(first.shadowRoot!.querySelector('.toggle-where'))).to.match(/^Section 3 of/);
    first.remove();

    const again = await open();
    expect(Object.keys(again.value!.ratings)).to.deep.equal(answered);
    expect(visibleHeading(again)).to.equal(third);
    expect(words(again.shadowRoot!.querySelector('.toggle-where'))).to.match(/^Section 3 of/);
    const heading = visibleSection(again).querySelector('h2')!;
    expect(again.shadowRoot!.activeElement).to.equal(heading);
    const box = heading.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    // From the heading, the keyboard goes on into that section, not back to section 1.
    await sendKeys({ press: 'Tab' });
    expect(again.shadowRoot!.activeElement?.closest('section[part=group]')).to.equal(visibleSection(again));
  });

  it('on a phone in Spanish, too', async () => {
    await setViewport({ width: 360, height: 740 });
    const first = await open('es');
    await answerFirstItem(first, 'Desarrollo inicial');
    await nextSection(first);
    const second = visibleHeading(first);
    first.remove();
    const again = await open('es');
    expect(visibleHeading(again)).to.equal(second);
    expect(words(again.shadowRoot!.querySelector('.toggle-where'))).to.match(/^Sección 2 de/);
  });

  it('opens a draft saved before sections were kept at the first section, with all its answers', async () => {
    localStorage.setItem(MAIN, storedDraft());
    const el = await open();
    expect(Object.keys(el.value!.ratings)).to.have.length(2);
    expect(visibleSection(el).dataset['index']).to.equal('0');
    expect(words(el.shadowRoot!.querySelector('.problems'))).to.equal('');
  });

  it('opens at the first section when the saved section is not one this framework has, losing nothing', async () => {
    for (const section of ['a-role-since-removed', 42, { id: 'collective-responsibility' }]) {
      localStorage.setItem(MAIN, storedDraft(section));
      const el = await open();
      expect(Object.keys(el.value!.ratings), String(section)).to.have.length(2);
      expect(visibleSection(el).dataset['index'], JSON.stringify(section)).to.equal('0');
      expect(words(el.shadowRoot!.querySelector('.problems'))).to.equal('');
      el.remove();
    }
  });

  it('stores nothing when a person only pages through an untouched rubric', async () => {
    const el = await open();
    await nextSection(el);
    await nextSection(el);
    expect(localStorage.getItem(MAIN)).to.equal(null);
  });

  it('never overwrites a kept original when paging: the section goes with the edits beside it', async () => {
    // A draft with an answer the framework no longer has is kept as it was until the person decides.
    const raw = storedDraft().replace('"ratings":{', '"ratings":{"gone.item":{"value":1},');
    localStorage.setItem(MAIN, raw);
    const el = await open();
    expect(words(el.shadowRoot!.querySelector('.problems'))).to.not.equal('');
    await nextSection(el);
    expect(localStorage.getItem(MAIN)).to.equal(raw);
    const side = JSON.parse(localStorage.getItem(RECOVERED)!) as { section: string };
    expect(side.section).to.equal(framework.conditions![1]!.id);
    el.remove();
    const again = await open();
    expect(visibleSection(again).dataset['index']).to.equal('1');
    expect(localStorage.getItem(MAIN)).to.equal(raw);
  });
});
