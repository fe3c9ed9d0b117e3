import { expect, fixture, html } from '@open-wc/testing';
import { loadBuiltInFramework, parseFramework, type Framework } from '@sos-kit/core';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { SosRubric } from './rubric.js';

/**
 * A county office rating a district it supports reads every question about that district ("How
 * well does Costa Azul Unified …"): the scale's meanings must speak about the district too, not in
 * the district's own "we". A person picks an answer by clicking its words and reads the meaning
 * shown under it, and the scale key above the questions.
 */
async function rubric(framework: Framework, perspective: 'self' | 'partner', lang: 'en' | 'es' = 'en', width = 1280): Promise<SosRubric> {
  await setViewport({ width, height: width < 500 ? 740 : 800 });
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <sos-rubric level="district" perspective=${perspective} subject-name="Costa Azul Unified" rater-name="Sierra Vista County Office of Education"></sos-rubric>
  </div>`);
  const el = wrapper.querySelector<SosRubric>('sos-rubric')!;
  el.framework = framework;
  await el.updateComplete;
  return el;
}

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks the visible words of an answer of the first item, as a person does. */
async function clickAnswer(el: SosRubric, answer: string): Promise<HTMLFieldSetElement> {
  const fieldset = el.shadowRoot!.querySelector<HTMLFieldSetElement>('section[part=group]:not([hidden]) fieldset[data-item]')!;
  const span = [...fieldset.querySelectorAll('label span.word')].find((s) => words(s) === answer)!;
  span.scrollIntoView({ block: 'center' });
  const box = span.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await el.updateComplete;
  return fieldset;
}

/** What the scale key says a level means (the key is a disclosure a person opens). */
function keyMeaning(el: SosRubric, value: number): string {
  return words(el.shadowRoot!.querySelector(`dd#scale-${value}`));
}

describe('sos-rubric: scale meanings in the voice of whoever rates', () => {
  let framework: Framework;
  before(async () => {
    framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
  });
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 1024, height: 768 });
  });

  it('a partner reads the question and the meaning of its answer about the organization it rates, never "we"', async () => {
    const el = await rubric(framework, 'partner');
    const section = el.shadowRoot!.querySelector('section[part=group]:not([hidden])')!;
    expect(words(section.querySelector('.prompt'))).to.equal('How well does Costa Azul Unified have each of these in place?');
    const fieldset = await clickAnswer(el, 'Beginning Development');
    expect(words(fieldset.querySelector('.meaning'))).to.equal(
      '2 Beginning Development: The organization has started planning or building it, but it is not yet part of how the organization works.',
    );
    expect(keyMeaning(el, 1)).to.equal('The organization is learning what this involves and whether it fits its needs; little or nothing is in place yet.');
    for (const value of [1, 2, 3, 4, 5]) expect(keyMeaning(el, value), `key ${value}`).to.not.match(/\b(we|our|us)\b/i);
    await expect(el).to.be.accessible();
  });

  it('a partner rating in Spanish reads the partner wording in Spanish', async () => {
    const el = await rubric(framework, 'partner', 'es', 360);
    const fieldset = await clickAnswer(el, 'Desarrollo inicial');
    expect(words(fieldset.querySelector('.meaning'))).to.equal(
      '2 Desarrollo inicial: La organización ha comenzado a planificarlo o desarrollarlo, pero aún no forma parte de su manera de trabajar.',
    );
    expect(keyMeaning(el, 1)).to.match(/^La organización está aprendiendo/);
    for (const value of [1, 2, 3, 4, 5]) expect(keyMeaning(el, value), `key ${value}`).to.not.match(/\b(estamos|hemos|seguimos|nuestr\w*)\b/i);
  });

  it('on a 360 px phone the opened scale key fits the screen, each meaning under its level', async () => {
    const el = await rubric(framework, 'partner', 'en', 360);
    const summary = el.shadowRoot!.querySelector('details.scale summary')!;
    summary.scrollIntoView({ block: 'center' });
    const box = summary.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details.scale')!.hasAttribute('open')).to.equal(true);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    for (const value of [1, 2, 3, 4, 5]) {
      const dd = el.shadowRoot!.querySelector(`dd#scale-${value}`)!;
      const dt = dd.previousElementSibling!;
      expect(dd.getBoundingClientRect().right, `meaning ${value}`).to.be.at.most(360);
      expect(dd.getBoundingClientRect().top, `meaning ${value} under its level`).to.be.at.least(dt.getBoundingClientRect().bottom - 1);
    }
  });

  it('an organization rating itself keeps its own voice', async () => {
    const el = await rubric(framework, 'self');
    const fieldset = await clickAnswer(el, 'Beginning Development');
    expect(words(fieldset.querySelector('.meaning'))).to.equal('2 Beginning Development: We have started planning or building it, but it is not yet part of how we work.');
    expect(keyMeaning(el, 1)).to.match(/^We are learning/);
  });

  it('switching an open rating to the partner perspective rewords the meanings already shown', async () => {
    const el = await rubric(framework, 'self');
    const fieldset = await clickAnswer(el, 'Full Implementation');
    expect(words(fieldset.querySelector('.meaning'))).to.match(/routinely work\.$/);
    el.perspective = 'partner';
    await el.updateComplete;
    expect(words(fieldset.querySelector('.meaning'))).to.equal('4 Full Implementation: It is in place across the organization and part of how the organization routinely works.');
  });

  it('falls back to the framework\'s only descriptor when it has no partner wording', async () => {
    const plain = parseFramework({
      schemaVersion: 1,
      id: 'plain',
      version: '1.0.0',
      versionDate: '2026-01-01',
      title: 'Plain',
      scale: {
        id: 'two',
        name: 'Evidence',
        levels: [
          { value: 1, label: 'Rarely', descriptor: 'Little of this shows.' },
          { value: 2, label: 'Often', descriptor: 'Most of this shows.', partnerDescriptor: 'Most of this shows in its work.' },
        ],
      },
      levels: [{ id: 'district', name: 'District', roles: [{ id: 'r', name: 'Support schools', capacities: [{ id: 'r.01', statement: 'Ability to coach teams.' }] }] }],
    });
    const el = await rubric(plain, 'partner');
    expect(keyMeaning(el, 1)).to.equal('Little of this shows.');
    expect(keyMeaning(el, 2)).to.equal('Most of this shows in its work.');
    const fieldset = await clickAnswer(el, 'Rarely');
    expect(words(fieldset.querySelector('.meaning'))).to.equal('1 Rarely: Little of this shows.');
    // Each answer stays linked to the meaning the key shows for it.
    const radio = fieldset.querySelector<HTMLInputElement>('input[data-value="1"]')!;
    expect(radio.getAttribute('aria-describedby')).to.equal('scale-1');
  });
});
