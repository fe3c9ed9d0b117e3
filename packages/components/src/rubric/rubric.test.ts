import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loadBuiltInFramework, parseFramework, type Assessment, type Framework } from '@sos-kit/core';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { SosCompleteEvent } from '../shared/events.js';
import type { SosRubric } from './rubric.js';

/** Two conditions, one role; descriptors, look-fors and Spanish scale labels. */
function smallFramework(overrides: Partial<Record<'elementName', string>> = {}): Framework {
  return parseFramework({
    schemaVersion: 1,
    id: 'small',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'Small',
    scale: {
      id: 'three',
      name: { en: 'Readiness', es: 'Preparación' },
      levels: [
        { value: 1, label: { en: 'Not yet', es: 'Todavía no' }, descriptor: 'Nothing in place.' },
        { value: 2, label: { en: 'Partly', es: 'En parte' }, descriptor: 'Some of it.' },
        { value: 3, label: { en: 'Ready', es: 'Listo' }, descriptor: 'All of it.' },
      ],
    },
    levels: [{ id: 'district', name: 'District', roles: [{ id: 'r', name: 'Support schools', capacities: [{ id: 'r.01', statement: 'Ability to coach teams.' }] }] }],
    conditions: [
      {
        id: 'c',
        name: 'Trust',
        elements: [{ id: 'c.e', name: overrides.elementName ?? 'Relational trust', descriptions: { district: 'Trust exists among staff.' }, lookFors: ['Commitments are kept.'] }],
      },
    ],
  });
}

async function rubric(framework: Framework, attributes = ''): Promise<SosRubric> {
  const wrapper = await fixture<HTMLDivElement>(`<div><sos-rubric ${attributes}></sos-rubric></div>`);
  const el = wrapper.querySelector('sos-rubric')!;
  el.framework = framework;
  await el.updateComplete;
  return el;
}

const radios = (el: SosRubric, item: string) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)];

describe('sos-rubric', () => {
  describe('accessibility', () => {
    it('passes axe with a full district instrument of the built-in framework', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty, partly answered, in review mode and in Spanish', async () => {
      await expect(await fixture(html`<sos-rubric></sos-rubric>`)).to.be.accessible();
      const partly = await rubric(smallFramework());
      radios(partly, 'c.e')[1]!.click();
      await partly.updateComplete;
      await expect(partly).to.be.accessible();
      const review = await rubric(smallFramework(), 'review');
      await expect(review).to.be.accessible();
      const spanish = await rubric(smallFramework(), 'lang="es"');
      await expect(spanish).to.be.accessible();
    });

    it('names each radio group by its item and links choices to the scale descriptors', async () => {
      const el = await rubric(smallFramework());
      const fieldset = el.shadowRoot!.querySelector('fieldset[data-item="c.e"]')!;
      expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Relational trust');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('desc-c.e');
      const first = radios(el, 'c.e')[0]!;
      expect(el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!.textContent).to.equal('Nothing in place.');
    });

    it('shows progress as text, not only as a bar', async () => {
      const el = await rubric(smallFramework());
      expect(el.shadowRoot!.getElementById('progress-text')!.textContent).to.equal('0 of 2 answered');
    });
  });

  describe('properties', () => {
    it('renders every group and item of the level, with not applicable and don\'t know', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      expect(el.shadowRoot!.querySelectorAll('section[part="group"]')).to.have.length(8);
      expect(el.shadowRoot!.querySelectorAll('fieldset[data-item]')).to.have.length(45);
      const labels = [...el.shadowRoot!.querySelectorAll('fieldset[data-item="shared-purpose.equity-focus"] label.option')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels).to.deep.equal(['1 Exploration and Research Phase', '2 Beginning Development', '3 Initial Implementation', '4 Full Implementation', '5 Full Implementation and Sustainability', 'Not applicable', "Don't know"]);
    });

    it('shows a given assessment and never fires events for programmatic changes', async () => {
      const framework = smallFramework();
      const el = await rubric(framework);
      let events = 0;
      el.addEventListener('change', () => events++);
      el.addEventListener('input', () => events++);
      el.value = { ...el.value!, ratings: { 'c.e': { value: 2, evidence: 'Survey' }, 'r.01': { value: 'dont-know' } } };
      await el.updateComplete;
      expect(radios(el, 'c.e')[1]!.checked).to.equal(true);
      expect(radios(el, 'r.01')[4]!.checked).to.equal(true);
      expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('fieldset[data-item="c.e"] textarea')!.value).to.equal('Survey');
      expect(events).to.equal(0);
    });

    it('keeps look-fors behind a disclosure', async () => {
      const el = await rubric(smallFramework());
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('fieldset[data-item="c.e"] details.look-fors')!;
      expect(details.open).to.equal(false);
      expect(details.textContent).to.contain('Commitments are kept.');
    });

    it('shows answers read-only in review mode', async () => {
      const el = await rubric(smallFramework(), 'review');
      el.value = { ...el.value!, ratings: { 'c.e': { value: 3, evidence: 'Minutes' } } };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('input, textarea')).to.have.length(0);
      expect([...el.shadowRoot!.querySelectorAll('.review-answer')].map((p) => p.textContent)).to.deep.equal(['3 Ready', 'No answer yet']);
    });

    it('says when the framework has no such level', async () => {
      const el = await rubric(smallFramework(), 'level="state"');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('This framework has no "state" level.');
    });
  });

  describe('events', () => {
    it('fires input and change once each, bubbling and composed, when the user picks an answer', async () => {
      const el = await rubric(smallFramework());
      const seen: string[] = [];
      for (const type of ['input', 'change']) el.parentElement!.addEventListener(type, (e) => seen.push(`${e.type}:${e.composed}:${e.target === el}`));
      radios(el, 'c.e')[2]!.click();
      expect(seen).to.deep.equal(['input:true:true', 'change:true:true']);
      expect(el.value!.ratings['c.e']).to.deep.equal({ value: 3 });
    });

    it('fires input while typing evidence and change when leaving the field, without losing the rating', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[0]!.click();
      const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('fieldset[data-item="c.e"] textarea')!;
      const seen: string[] = [];
      for (const type of ['input', 'change']) el.addEventListener(type, (e) => seen.push(e.type));
      textarea.focus();
      await sendKeys({ type: 'Agendas' });
      textarea.blur();
      expect(seen.filter((t) => t === 'input')).to.have.length(7);
      expect(seen.filter((t) => t === 'change')).to.have.length(1);
      expect(el.value!.ratings['c.e']).to.deep.equal({ value: 1, evidence: 'Agendas' });
    });

    it('fires sos-complete when the last item is answered by the user', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[1]!.click();
      setTimeout(() => radios(el, 'r.01')[3]!.click());
      const event = (await oneEvent(el, 'sos-complete')) as unknown as SosCompleteEvent;
      expect(event.assessment.ratings).to.deep.equal({ 'c.e': { value: 2 }, 'r.01': { value: 'not-applicable' } });
    });
  });

  describe('keyboard', () => {
    it('can be completed with the keyboard alone', async () => {
      const el = await rubric(smallFramework());
      let completed = false;
      el.addEventListener('sos-complete', () => (completed = true));
      radios(el, 'c.e')[0]!.focus();
      await sendKeys({ press: 'ArrowRight' }); // 2 Partly
      await sendKeys({ press: 'Tab' }); // evidence
      await sendKeys({ type: 'Observed' });
      await sendKeys({ press: 'Tab' }); // look-fors summary
      await sendKeys({ press: 'Tab' }); // next item's radio group
      await sendKeys({ press: 'Space' }); // 1 Not yet
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' }); // 3 Ready
      expect(el.value!.ratings).to.deep.equal({ 'c.e': { value: 2, evidence: 'Observed' }, 'r.01': { value: 3 } });
      expect(completed).to.equal(true);
    });

    it('moves focus to the next unanswered item', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[0]!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.bar button')!.click();
      expect(el.shadowRoot!.activeElement).to.equal(radios(el, 'r.01')[0]);
    });
  });

  describe('form', () => {
    it('submits the assessment JSON under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sos-rubric name="assessment"></sos-rubric></form>`);
      const el = form.querySelector('sos-rubric')!;
      el.framework = smallFramework();
      await el.updateComplete;
      radios(el, 'c.e')[2]!.click();
      await el.updateComplete;
      const submitted = JSON.parse(new FormData(form).get('assessment') as string) as Assessment;
      expect(submitted.ratings).to.deep.equal({ 'c.e': { value: 3 } });
      expect(el.form).to.equal(form);
    });

    it('is invalid while required items are unanswered, pointing at the first one', async () => {
      const el = await rubric(smallFramework(), 'required');
      expect(el.checkValidity()).to.equal(false);
      radios(el, 'c.e')[0]!.click();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(false);
      radios(el, 'r.01')[0]!.click();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
    });

    it('resets to its first value with the form, and restores saved state', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sos-rubric name="a"></sos-rubric></form>`);
      const el = form.querySelector('sos-rubric')!;
      el.framework = smallFramework();
      await el.updateComplete;
      const saved = { ...el.value!, ratings: { 'c.e': { value: 1 } } };
      radios(el, 'c.e')[2]!.click();
      form.reset();
      await el.updateComplete;
      expect(el.value!.ratings).to.deep.equal({});
      el.formStateRestoreCallback(JSON.stringify(saved));
      await el.updateComplete;
      expect(radios(el, 'c.e')[0]!.checked).to.equal(true);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><sos-rubric></sos-rubric></fieldset></form>`);
      const el = form.querySelector('sos-rubric')!;
      el.framework = smallFramework();
      await el.updateComplete;
      expect(radios(el, 'c.e').every((r) => r.disabled)).to.equal(true);
    });
  });

  describe('autosave', () => {
    const key = 'test-autosave';
    afterEach(() => localStorage.removeItem(`sos-kit:draft:${key}`));
    const text = (el: SosRubric) => el.shadowRoot!.querySelector('.draft')!.textContent!.replace(/\s+/g, ' ').trim();

    it('saves every edit and restores it after a reload, saying so, with a way to discard it', async () => {
      const first = await rubric(smallFramework(), `autosave-key="${key}"`);
      radios(first, 'c.e')[2]!.click();
      first.remove();
      const reloaded = await rubric(smallFramework(), `autosave-key="${key}"`);
      expect(reloaded.value!.ratings).to.deep.equal({ 'c.e': { value: 3 } });
      expect(radios(reloaded, 'c.e')[2]!.checked).to.equal(true);
      expect(text(reloaded)).to.match(/^Restored your saved draft from .+\. Discard draft/);
      await expect(reloaded).to.be.accessible();
      reloaded.shadowRoot!.querySelector<HTMLButtonElement>('.draft .notice button')!.click();
      await reloaded.updateComplete;
      expect(reloaded.value!.ratings).to.deep.equal({});
      expect(localStorage.getItem(`sos-kit:draft:${key}`)).to.equal(null);
      expect(text(reloaded)).to.contain('The saved draft was discarded.');
    });

    it('tells the user when storage is full or off, and keeps their answers on screen', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await rubric(smallFramework(), `autosave-key="${key}"`);
        radios(el, 'c.e')[0]!.click();
        await el.updateComplete;
        expect(el.value!.ratings['c.e']).to.deep.equal({ value: 1 });
        expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain("can't be saved in this browser");
        await expect(el).to.be.accessible();
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('clears saved answers only after the user confirms, for shared computers', async () => {
      const el = await rubric(smallFramework(), `autosave-key="${key}"`);
      radios(el, 'c.e')[1]!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
      await el.updateComplete;
      expect(text(el)).to.contain('Remove all answers from this device?');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.draft [role=group] button.secondary')!.click();
      await el.updateComplete;
      expect(el.value!.ratings['c.e']).to.deep.equal({ value: 2 });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.draft [role=group] button:not(.secondary)')!.click();
      await el.updateComplete;
      expect(el.value!.ratings).to.deep.equal({});
      expect(localStorage.getItem(`sos-kit:draft:${key}`)).to.equal(null);
      expect(text(el)).to.contain('Saved answers were cleared from this device.');
    });
  });

  describe('language', () => {
    it('speaks Spanish from its own or an ancestor\'s lang, including the scale labels', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><sos-rubric></sos-rubric></div>`);
      const el = wrapper.querySelector('sos-rubric')!;
      el.framework = smallFramework();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('progress-text')!.textContent).to.equal('0 de 2 respondidos');
      expect(el.shadowRoot!.querySelector('label.option')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 Todavía no');
      expect(el.shadowRoot!.querySelector('label.option.non-scored')!.textContent!.trim()).to.equal('No aplica');
    });
  });

  describe('security', () => {
    it('renders markup in framework text and user notes as inert text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await rubric(smallFramework({ elementName: hostile }));
      el.value = { ...el.value!, ratings: { 'c.e': { value: 1, evidence: '<script>window.__pwned=2</script>' } } };
      el.review = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('layout', () => {
    it('fits a 360 px wide phone without horizontal scrolling', async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      expect(el.scrollWidth).to.be.at.most(360);
      await setViewport({ width: 1024, height: 768 });
    });
  });
});
