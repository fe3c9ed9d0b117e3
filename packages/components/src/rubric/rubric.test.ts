import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loadBuiltInFramework, parseFramework, RATING_TEXT_MAX_LENGTH, type Assessment, type Framework } from '@sos-kit/core';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { SosCompleteEvent } from '../shared/events.js';
import type { SosRubric } from './rubric.js';

/** Two conditions, one role; descriptors, look-fors and Spanish text for part of the framework. */
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
    levels: [
      { id: 'school', name: 'School', roles: [{ id: 's', name: 'Lead learning', capacities: [{ id: 's.01', statement: 'Ability to lead.' }] }] },
      { id: 'district', name: 'District', roles: [{ id: 'r', name: 'Support schools', capacities: [{ id: 'r.01', statement: 'Ability to coach teams.' }] }] },
    ],
    conditions: [
      {
        id: 'c',
        name: { en: 'Trust', es: 'Confianza' },
        elements: [
          {
            id: 'c.e',
            name: overrides.elementName ?? { en: 'Relational trust', es: 'Confianza relacional' },
            descriptions: { district: { en: 'Trust exists among staff.', es: 'Existe confianza entre el personal.' } },
            lookFors: [{ en: 'Commitments are kept.', es: 'Se cumplen los compromisos.' }],
          },
        ],
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

const $ = <T extends Element = HTMLElement>(el: SosRubric, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SosRubric, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const radios = (el: SosRubric, item: string) => $$<HTMLInputElement>(el, `fieldset[data-item="${item}"] input[type=radio]`);
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
const visibleSection = (el: SosRubric) => $$(el, 'section[part=group]').find((s) => !s.hidden)!;
const button = (el: SosRubric, label: string | RegExp, within = 'button') => {
  const found = $$<HTMLButtonElement>(el, within).find((b) => (typeof label === 'string' ? words(b) === label : label.test(words(b))));
  if (!found) throw new Error(`no button "${label}" among ${$$(el, within).map(words).join(' | ')}`);
  return found;
};
const active = (el: SosRubric) => el.shadowRoot!.activeElement;

describe('sos-rubric', () => {
  describe('accessibility', () => {
    it('passes axe with a full district instrument of the built-in framework', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty, partly answered, with panels open, in review mode, as a partner and in Spanish', async () => {
      await expect(await fixture(html`<sos-rubric></sos-rubric>`)).to.be.accessible();
      const partly = await rubric(smallFramework());
      radios(partly, 'c.e')[1]!.click();
      button(partly, /Add evidence/).click();
      button(partly, /What to look for/).click();
      await partly.updateComplete;
      await expect(partly).to.be.accessible();
      await expect(await rubric(smallFramework(), 'review')).to.be.accessible();
      await expect(await rubric(smallFramework(), 'perspective="partner" subject-name="Sample Unified" rater-name="Sample County Office"')).to.be.accessible();
      const spanish = await rubric(smallFramework(), 'lang="es"');
      button(spanish, /Ver original en inglés/).click();
      await spanish.updateComplete;
      await expect(spanish).to.be.accessible();
    });

    it('passes axe on a 360 px phone with the section list open', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
        $<HTMLButtonElement>(el, '.sections-toggle')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });

    it('names each radio group by its item and links choices to the scale descriptors', async () => {
      const el = await rubric(smallFramework());
      const fieldset = $(el, 'fieldset[data-item="c.e"]')!;
      expect(words(fieldset.querySelector('legend'))).to.equal('Relational trust');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('desc-c.e');
      const first = radios(el, 'c.e')[0]!;
      expect(el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!.textContent).to.equal('Nothing in place.');
    });

    it('shows progress as text, overall and per section', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[0]!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('progress-text')!.textContent).to.equal('1 of 2 answered');
      expect($$(el, 'button.step').map(words)).to.deep.equal(['✓ Trust 1/1, complete', '2 Support schools 0/1, 0 of 1 answered']);
    });

    it('keeps every control at least 24 px in both directions (WCAG 2.2 target size)', async () => {
      for (const width of [1280, 360]) {
        await setViewport({ width, height: 800 });
        const el = await rubric(smallFramework(), 'autosave-key="target-size"');
        button(el, /Add evidence/).click();
        await el.updateComplete;
        const controls = $$(el, 'button, label.option, summary').filter((c) => c.getClientRects().length > 0);
        expect(controls.length).to.be.greaterThan(8);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${width} px: ${words(control)}`).to.be.at.least(24);
        }
        localStorage.removeItem('sos-kit:draft:target-size');
      }
      await setViewport({ width: 1024, height: 768 });
    });
  });

  describe('paging by section', () => {
    it('shows one condition or role per screen, with every item of the level in the form', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      const sections = $$(el, 'section[part="group"]');
      expect(sections).to.have.length(8);
      expect(sections.filter((s) => !s.hidden)).to.have.length(1);
      expect($$(el, 'fieldset[data-item]')).to.have.length(45);
      expect(words(visibleSection(el).querySelector('h2'))).to.equal('Shared Purpose');
      expect(words(visibleSection(el).querySelector('.kicker'))).to.equal('Enabling conditions · Section 1 of 8');
      const labels = [...visibleSection(el).querySelectorAll('fieldset[data-item="shared-purpose.equity-focus"] label.option')].map(words);
      expect(labels).to.deep.equal(['1 Exploration and Research Phase', '2 Beginning Development', '3 Initial Implementation', '4 Full Implementation', '5 Full Implementation and Sustainability', 'Not applicable', "Don't know"]);
    });

    it('keeps "Not applicable" and "Don\'t know" apart from the scale, never beside its top value', async () => {
      const el = await rubric(smallFramework());
      const fieldset = $(el, 'fieldset[data-item="c.e"]')!;
      expect([...fieldset.querySelectorAll('.scale-options label')].map(words)).to.deep.equal(['1 Not yet', '2 Partly', '3 Ready']);
      expect([...fieldset.querySelectorAll('.others > *')].map(words)).to.deep.equal(['Or, if you cannot rate it:', 'Not applicable', "Don't know"]);
      const scaleRow = fieldset.querySelector('.scale-options')!.getBoundingClientRect();
      const others = fieldset.querySelector('.others')!.getBoundingClientRect();
      expect(others.top).to.be.at.least(scaleRow.bottom);
    });

    it('puts the 1–5 scale on one row on a desktop and stacks it on a phone', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      const tops = () => [...$(el, 'fieldset[data-item="shared-purpose.equity-focus"] .scale-options')!.children].map((c) => Math.round(c.getBoundingClientRect().top));
      await setViewport({ width: 1280, height: 800 });
      expect(new Set(tops()).size).to.equal(1);
      await setViewport({ width: 360, height: 740 });
      expect(new Set(tops()).size).to.equal(5);
      expect(el.scrollWidth).to.be.at.most(360);
      await setViewport({ width: 1024, height: 768 });
    });

    it('moves between sections from the stepper and the buttons under a section, focusing its heading', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      button(el, /^3 Structures and Resources/).click();
      await el.updateComplete;
      expect(words(visibleSection(el).querySelector('h2'))).to.equal('Structures and Resources that Foster Collaborative Work');
      expect(active(el)).to.equal(visibleSection(el).querySelector('h2'));
      expect($(el, 'button.step[aria-current="step"]')!.textContent).to.contain('Structures and Resources');
      button(el, /^Next section Preparation and Mobilization/).click();
      await el.updateComplete;
      expect(words(visibleSection(el).querySelector('.kicker'))).to.equal('Enabling conditions · Section 4 of 8');
      button(el, /^Previous section Structures/).click();
      await el.updateComplete;
      expect(words(visibleSection(el).querySelector('.kicker'))).to.equal('Enabling conditions · Section 3 of 8');
    });

    it('reveals an item on request: pages to its section, scrolls it into view and focuses its answer', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      const item = el.unansweredItems.at(-1)!.id;
      await el.revealItem(item);
      const fieldset = $(el, `fieldset[data-item="${item}"]`)!;
      expect(fieldset.closest('section')!.hidden).to.equal(false);
      expect(active(el)).to.equal(radios(el, item)[0]);
      const box = fieldset.getBoundingClientRect();
      expect(box.top).to.be.lessThan(window.innerHeight);
      expect(box.bottom).to.be.greaterThan(0);
    });
  });

  describe('next unanswered', () => {
    it('moves on to the next unanswered item each time it is clicked, across sections', async () => {
      const el = await rubric(smallFramework());
      const next = () => button(el, 'Next unanswered').click();
      next();
      await el.updateComplete;
      expect(active(el)).to.equal(radios(el, 'c.e')[0]);
      next();
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(radios(el, 'r.01')[0]);
      expect(visibleSection(el).querySelector('fieldset[data-item="r.01"]')).to.not.equal(null);
    });

    it('gives way to "Every item is answered" once all are answered', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[0]!.click();
      radios(el, 'r.01')[0]!.click();
      await el.updateComplete;
      expect($$(el, 'button').some((b) => words(b) === 'Next unanswered')).to.equal(false);
      expect(words($(el, '.done'))).to.equal('✓ Every item is answered.');
    });
  });

  describe('items', () => {
    it('renders every group and item of the level, with not applicable and don\'t know', async () => {
      const el = await rubric(smallFramework());
      expect(radios(el, 'c.e')).to.have.length(5);
      expect(radios(el, 'r.01')).to.have.length(5);
    });

    it('shows a given assessment and never fires events for programmatic changes', async () => {
      const el = await rubric(smallFramework());
      let events = 0;
      el.addEventListener('change', () => events++);
      el.addEventListener('input', () => events++);
      el.value = { ...el.value!, ratings: { 'c.e': { value: 2, evidence: 'Survey' }, 'r.01': { value: 'dont-know' } } };
      await el.updateComplete;
      expect(radios(el, 'c.e')[1]!.checked).to.equal(true);
      expect(radios(el, 'r.01')[4]!.checked).to.equal(true);
      // Evidence with text is open, without a click.
      expect($<HTMLTextAreaElement>(el, 'fieldset[data-item="c.e"] textarea')!.value).to.equal('Survey');
      expect(events).to.equal(0);
    });

    it('shows what the chosen level means under the scale', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[1]!.click();
      await el.updateComplete;
      expect(words($(el, 'fieldset[data-item="c.e"] .meaning'))).to.equal('2 Partly: Some of it.');
    });

    it('keeps look-fors one click away', async () => {
      const el = await rubric(smallFramework());
      const toggle = button(el, /What to look for/);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'fieldset[data-item="c.e"] ul.look-fors')!.getClientRects()).to.have.length(0);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const list = $(el, 'fieldset[data-item="c.e"] ul.look-fors')!;
      expect(list.getClientRects().length).to.be.greaterThan(0);
      expect(words(list)).to.equal('Commitments are kept.');
    });

    it('keeps evidence behind "Add evidence", in normal-weight text, limited to the schema with a visible counter', async () => {
      const el = await rubric(smallFramework());
      expect($(el, 'fieldset[data-item="c.e"] textarea')).to.equal(null);
      button(el, /Add evidence/, 'fieldset[data-item="c.e"] button').click();
      await el.updateComplete;
      const textarea = $<HTMLTextAreaElement>(el, 'fieldset[data-item="c.e"] textarea')!;
      expect(textarea.maxLength).to.equal(RATING_TEXT_MAX_LENGTH);
      expect(getComputedStyle(textarea).fontWeight).to.equal('400');
      expect(words($(el, 'fieldset[data-item="c.e"] .counter'))).to.equal('0 of 10,000 characters');
      textarea.focus();
      await sendKeys({ type: 'Agendas' });
      await el.updateComplete;
      expect(words($(el, 'fieldset[data-item="c.e"] .counter'))).to.equal('7 of 10,000 characters');
      // A paste longer than the limit is cut by the field itself, so the document always validates.
      textarea.value = 'x'.repeat(RATING_TEXT_MAX_LENGTH + 50);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      expect(el.value!.ratings['c.e']!.evidence).to.have.length(RATING_TEXT_MAX_LENGTH);
    });

    it('shows answers read-only in review mode, every section on one page', async () => {
      const el = await rubric(smallFramework(), 'review');
      el.value = { ...el.value!, ratings: { 'c.e': { value: 3, evidence: 'Minutes' } } };
      await el.updateComplete;
      expect($$(el, 'input, textarea')).to.have.length(0);
      expect($$(el, '.review-answer').map((p) => p.textContent)).to.deep.equal(['3 Ready', 'No answer yet']);
    });

    it('says when the framework has no such level', async () => {
      const el = await rubric(smallFramework(), 'level="state"');
      expect($(el, '[role=alert]')!.textContent).to.equal('This framework has no "state" level.');
    });
  });

  describe('partner rating', () => {
    it('words questions about the rated organization and records the partner perspective', async () => {
      const el = await rubric(smallFramework(), 'perspective="partner" subject-name="Sample Unified" rater-name="Sample County Office" relationship="differentiated-assistance"');
      expect(words($(el, 'section[data-index="0"] .prompt'))).to.equal('How well does Sample Unified have each of these in place?');
      expect(words($(el, 'section[data-index="1"] .prompt'))).to.equal('How well does Sample Unified show each of these capacities?');
      expect(words($(el, '.who'))).to.equal('Partner rating of Sample Unified by Sample County Office');
      expect(el.value!.perspective).to.deep.equal({ kind: 'partner', rater: { name: 'Sample County Office', type: 'coe' }, relationship: 'differentiated-assistance' });
    });

    it('names "the organization" when a partner rating has no subject name', async () => {
      const el = await rubric(smallFramework(), 'perspective="partner"');
      expect(words($(el, 'section[data-index="1"] .prompt'))).to.equal('How well does the organization show each of these capacities?');
      const es = await rubric(smallFramework(), 'perspective="partner" lang="es"');
      expect(words($(es, 'section[data-index="1"] .prompt'))).to.equal('¿En qué medida demuestra la organización cada una de estas capacidades?');
    });

    it('asks "How well do we …" in a self-rating', async () => {
      const el = await rubric(smallFramework(), 'subject-name="Sample Unified"');
      expect(words($(el, 'section[data-index="0"] .prompt'))).to.equal('How well do we have each of these in place?');
      expect(el.value!.perspective).to.deep.equal({ kind: 'self' });
    });

    it('follows a perspective set after the rubric rendered', async () => {
      const el = await rubric(smallFramework(), 'subject-name="Sample Unified"');
      el.setAttribute('perspective', 'partner');
      el.setAttribute('rater-name', 'Geo Lead');
      await el.updateComplete;
      expect(el.value!.perspective).to.deep.equal({ kind: 'partner', rater: { name: 'Geo Lead', type: 'coe' } });
      expect(words($(el, 'section[data-index="1"] .prompt'))).to.equal('How well does Sample Unified show each of these capacities?');
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
      button(el, /Add evidence/, 'fieldset[data-item="c.e"] button').click();
      await el.updateComplete;
      const textarea = $<HTMLTextAreaElement>(el, 'fieldset[data-item="c.e"] textarea')!;
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
    it('rates with a digit and moves to the next item with Enter, across sections', async () => {
      const el = await rubric(smallFramework());
      let completed = false;
      el.addEventListener('sos-complete', () => (completed = true));
      radios(el, 'c.e')[0]!.focus();
      await sendKeys({ press: '2' });
      await el.updateComplete;
      expect(active(el)).to.equal(radios(el, 'c.e')[1]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(radios(el, 'r.01')[0]);
      expect(visibleSection(el).dataset['index']).to.equal('1');
      // A screen reader hears that a new section began.
      expect(words($(el, '[role=status][aria-live]'))).to.equal('Section 2 of 2: Support schools.');
      await sendKeys({ press: 'ArrowRight' }); // arrow keys choose within the group too
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value!.ratings).to.deep.equal({ 'c.e': { value: 2 }, 'r.01': { value: 3 } });
      expect(completed).to.equal(true);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(radios(el, 'c.e')[1]);
    });

    it('goes on from the last item to what is still unanswered with Enter', async () => {
      const el = await rubric(smallFramework());
      await el.revealItem('r.01');
      await sendKeys({ press: '3' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)).to.equal(radios(el, 'c.e')[0]);
      expect(visibleSection(el).dataset['index']).to.equal('0');
    });

    it('can be completed with the keyboard alone, with evidence', async () => {
      const el = await rubric(smallFramework());
      radios(el, 'c.e')[0]!.focus();
      await sendKeys({ press: 'ArrowRight' }); // 2 Partly
      await sendKeys({ press: 'Tab' }); // Add evidence
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' }); // look-fors
      await sendKeys({ press: 'Tab' }); // the evidence field
      await sendKeys({ type: 'Observed' });
      expect(el.value!.ratings['c.e']).to.deep.equal({ value: 2, evidence: 'Observed' });
    });

    it('rates the whole district rubric in 2 keystrokes per item (Tab, Enter, then a digit and Enter each)', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      const before = document.createElement('button');
      before.textContent = 'Before the rubric';
      el.before(before);
      before.focus();
      let keystrokes = 0;
      const press = async (key: string) => {
        keystrokes++;
        await sendKeys({ press: key });
        await el.updateComplete;
        await el.updateComplete;
      };
      await press('Tab'); // "Next unanswered"
      await press('Enter'); // the first item
      const items = el.unansweredItems.map((i) => i.id);
      for (const [index, item] of items.entries()) {
        expect(active(el)?.closest('fieldset')?.dataset['item'], `focus before item ${index + 1}`).to.equal(item);
        await press(String((index % 5) + 1));
        if (index < items.length - 1) await press('Enter');
      }
      expect(el.unansweredItems).to.have.length(0);
      expect(Object.values(el.value!.ratings).map((r) => r.value)).to.deep.equal(items.map((_, i) => (i % 5) + 1));
      // Reported figure: keystrokes per item for the 45-item district rubric.
      console.log(`keyboard-only district rubric: ${keystrokes} keystrokes for ${items.length} items (${(keystrokes / items.length).toFixed(2)} per item)`);
      expect(keystrokes / items.length).to.be.at.most(3);
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

    it('is invalid while required items are unanswered, and shows the section of the first one when reported', async () => {
      const el = await rubric(smallFramework(), 'required');
      expect(el.checkValidity()).to.equal(false);
      radios(el, 'c.e')[0]!.click();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(visibleSection(el).dataset['index']).to.equal('1');
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

  describe('language', () => {
    it('speaks Spanish from its own or an ancestor\'s lang, including framework text and scale labels', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><sos-rubric></sos-rubric></div>`);
      const el = wrapper.querySelector('sos-rubric')!;
      el.framework = smallFramework();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('progress-text')!.textContent).to.equal('0 de 2 respondidos');
      expect(words($(el, 'fieldset[data-item="c.e"] legend'))).to.equal('Confianza relacional');
      expect(words($(el, 'label.option'))).to.equal('1 Todavía no');
      expect(words($(el, 'label.option.non-scored'))).to.equal('No aplica');
      expect(words($(el, 'section[data-index="1"] .prompt'))).to.equal('¿En qué medida demostramos cada una de estas capacidades?');
    });

    it('offers the English original of translated framework text on request, and only there', async () => {
      const el = await rubric(smallFramework(), 'lang="es"');
      // r.01 has English text only: nothing to show.
      expect($$(el, 'fieldset[data-item="r.01"] button').some((b) => /original/.test(words(b)))).to.equal(false);
      const toggle = button(el, /Ver original en inglés/, 'fieldset[data-item="c.e"] button');
      toggle.click();
      await el.updateComplete;
      const original = $(el, 'fieldset[data-item="c.e"] .original')!;
      expect(original.getAttribute('lang')).to.equal('en');
      expect(words(original)).to.equal('Original en inglés Relational trust Trust exists among staff. Commitments are kept.');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('offers no English original on an English page', async () => {
      const el = await rubric(smallFramework());
      expect($$(el, 'button').some((b) => /original/i.test(words(b)))).to.equal(false);
    });
  });

  describe('security', () => {
    it('renders markup in framework text and user notes as inert text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await rubric(smallFramework({ elementName: hostile }));
      el.value = { ...el.value!, ratings: { 'c.e': { value: 1, evidence: '<script>window.__pwned=2</script>' } } };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      el.review = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect($(el, 'legend')!.textContent).to.equal(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('layout', () => {
    it('uses no inline style attributes, which a strict CSP (style-src \'self\') blocks', async () => {
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'), 'autosave-key="csp" perspective="partner"');
      radios(el, 'shared-purpose.equity-focus')[1]!.click();
      await el.updateComplete;
      expect($$(el, '[style]').map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
      localStorage.removeItem('sos-kit:draft:csp');
    });

    it('never breaks a level word in the middle ("Implementatio n"), at any width', async () => {
      const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
      let checked = 0;
      for (const width of [1280, 1024, 800, 700, 600, 360]) {
        await setViewport({ width, height: 800 });
        const el = await rubric(framework);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const broken: string[] = [];
        for (const span of $$(el, 'section[part=group]:not([hidden]) .option .word')) {
          // Lit puts comment markers around bindings: find the text node itself.
          const text = [...span.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '');
          if (!text) continue;
          for (const match of text.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            // A word on one line has one box; a word broken across lines has two.
            if (range.getClientRects().length > 1) broken.push(`${width}px: ${match[0]}`);
          }
        }
        expect(broken, 'words broken across lines').to.deep.equal([]);
        checked += $$(el, 'section[part=group]:not([hidden]) .option .word').length;
        expect(el.scrollWidth, `no sideways scroll at ${width}px`).to.be.at.most(el.clientWidth + 1);
      }
      expect(checked).to.be.greaterThan(0);
      await setViewport({ width: 1024, height: 768 });
    });

    it('fits a 360 px wide phone without horizontal scrolling', async () => {
      await setViewport({ width: 360, height: 740 });
      const el = await rubric(await loadBuiltInFramework('ca-sos-conditions-capacities'));
      expect(el.scrollWidth).to.be.at.most(360);
      await setViewport({ width: 1024, height: 768 });
    });
  });
});
