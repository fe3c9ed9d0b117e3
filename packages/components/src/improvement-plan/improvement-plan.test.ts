import { expect, fixture, html } from '@open-wc/testing';
import { analyzeGaps, createAssessment, loadBuiltInFramework, safeParseImprovementPlan, SCHEMA_VERSION, type Framework, type GapReport, type ImprovementPlan } from '@sos-kit/core';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { SosImprovementPlan } from './improvement-plan.js';

const $ = <T extends Element = HTMLElement>(el: SosImprovementPlan, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: SosImprovementPlan, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => ((node as HTMLElement).innerText ?? node.textContent!).replace(/\s+/g, ' ').trim();

/** Clicks the middle of an element's box, as a person does. */
async function click(node: Element): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The button whose visible text is `label`. */
function button(el: SosImprovementPlan, label: string | RegExp): HTMLButtonElement {
  const found = $$(el, 'button').find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));
  if (!found) throw new Error(`no button "${String(label)}" among: ${$$(el, 'button').map(text).join(' | ')}`);
  return found as HTMLButtonElement;
}

async function typeInto(el: SosImprovementPlan, selector: string, value: string): Promise<void> {
  $(el, selector).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

let framework: Framework;
let gaps: GapReport;
before(async () => {
  framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
  const assessment = createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z' });
  for (const condition of framework.conditions!) for (const element of condition.elements) assessment.ratings[element.id] = { value: 4 };
  assessment.ratings['mutual-trust.relational-trust'] = { value: 1 };
  assessment.ratings['shared-purpose.equity-focus'] = { value: 2 };
  gaps = analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: 4 });
});

beforeEach(() => localStorage.clear());

describe('sos-improvement-plan', () => {
  it('starts on the first question with one empty aim, and reports an edit as it happens', async () => {
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan></sos-improvement-plan>`);
    expect(text($(el, 'h3'))).to.equal('What are we trying to accomplish?');
    expect($$(el, 'nav button').map(text)).to.deep.equal(['1. What are we trying to accomplish?', '2. How will we know that a change is an improvement?', '3. What change can we make that will result in improvement?']);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await typeInto(el, '#aim-0-what', 'Every grade 3 student reads at grade level');
    expect(el.value.aims[0]!.what).to.equal('Every grade 3 student reads at grade level');
    expect(changes).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('will not download a plan without an aim, and says where the problem is', async () => {
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan></sos-improvement-plan>`);
    await click(button(el, 'Download plan (JSON)'));
    await el.updateComplete;
    const error = $(el, '[part~=error]');
    expect(text(error)).to.equal('The plan cannot be downloaded yet: 1 problem to fix. Aim 1 › what we are trying to accomplish: must not be empty');
    expect(el.shadowRoot!.activeElement).to.equal(error);
    await typeInto(el, '#aim-0-what', 'x');
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
  });

  it('journey by pointer and keyboard: from the gaps to a plan with a PDSA cycle and a measure with 12 values', async () => {
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan autosave-key="journey"></sos-improvement-plan>`);
    el.framework = framework;
    el.gaps = gaps;
    await el.updateComplete;
    await click(button(el, 'Start from the largest gaps'));
    await el.updateComplete;
    expect(el.value.aims.map((a) => a.focus)).to.deep.equal([['mutual-trust.relational-trust'], ['shared-purpose.equity-focus']]);
    expect(text($(el, '.notice'))).to.equal('Drafted 2 aims from the gaps. Rewrite them in your own words.');
    expect(text($(el, '.focus'))).to.equal('Works on: Relational trust');

    // Question 2 by pointer; then twelve weekly values by keyboard only.
    await click(button(el, 'Next question'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('question');
    expect(text($(el, 'h3'))).to.equal('How will we know that a change is an improvement?');
    const values = [12, 15, 11, 14, 13, 16, 12, 14, 15, 16, 17, 18];
    for (const [week, value] of values.entries()) {
      $(el, '#m-0-date').focus();
      const day = new Date(Date.UTC(2026, 0, 5 + week * 7));
      // A date field takes the month, day and year in the browser's order (US here).
      await sendKeys({ type: `${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}${day.getUTCFullYear()}` });
      // Tab walks through the date's month, day and year, then on to the value.
      for (let tabs = 0; tabs < 4 && el.shadowRoot!.activeElement?.id !== 'm-0-value'; tabs++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('m-0-value');
      await sendKeys({ type: String(value) });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    const measure = el.value.measures![0]!;
    expect(measure.dataPoints!.map((p) => p.value)).to.deep.equal(values);
    expect(measure.dataPoints![11]!.date).to.equal('2026-03-23');
    const chart = $(el, 'sos-run-chart') as HTMLElement & { result?: { count: number } };
    await (chart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(chart.result?.count).to.equal(12);

    // Question 3 by keyboard: the step buttons are real buttons.
    button(el, '3. What change can we make that will result in improvement?').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, 'h3'))).to.equal('What change can we make that will result in improvement?');
    expect(el.value.changeIdeas!.length).to.be.greaterThan(0);
    await click(button(el, 'Start a PDSA cycle'));
    await el.updateComplete;
    await typeInto(el, '#i-0-c-0-question', 'Will a weekly check-in raise trust scores on the pulse survey?');
    await typeInto(el, '#i-0-c-0-prediction', 'Most staff will say issues are followed up.');
    const plan: ImprovementPlan = el.value;
    expect(plan.changeIdeas![0]!.cycles).to.deep.equal([
      { id: `${plan.changeIdeas![0]!.id}-cycle-1`, stage: 'plan', plan: { question: 'Will a weekly check-in raise trust scores on the pulse survey?', prediction: 'Most staff will say issues are followed up.' } },
    ]);
    expect(safeParseImprovementPlan(plan, framework).issues).to.deep.equal([]);
    await click(button(el, 'Download plan (JSON)'));
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    await expect(el).to.be.accessible();

    // Nothing lost on reload: a new element with the same key restores it.
    const again = await fixture<SosImprovementPlan>(html`<sos-improvement-plan autosave-key="journey"></sos-improvement-plan>`);
    expect(again.value.measures![0]!.dataPoints).to.have.length(12);
    expect(text($(again, '.notice'))).to.match(/^Your saved plan from .+ was restored\. Discard saved plan$/);
  });

  it('removing an aim or a measure removes the links to it, so the plan stays valid', async () => {
    const given: ImprovementPlan = {
      schemaVersion: 1,
      aims: [{ id: 'aim-1', what: 'One' }, { id: 'aim-2', what: 'Two' }],
      measures: [{ id: 'm1', name: 'Reading', kind: 'outcome', aimIds: ['aim-2'] }],
      changeIdeas: [{ id: 'i1', description: 'Buddies', aimIds: ['aim-1', 'aim-2'], cycles: [{ id: 'c1', plan: { measureIds: ['m1'] } }] }],
    };
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan .plan=${given}></sos-improvement-plan>`);
    await click(button(el, 'Remove aim 2'));
    await el.updateComplete;
    expect(el.value.measures![0]!.aimIds).to.equal(undefined);
    expect(el.value.changeIdeas![0]!.aimIds).to.deep.equal(['aim-1']);
    await click(button(el, '2. How will we know that a change is an improvement?'));
    await click(button(el, 'Remove measure 1'));
    await el.updateComplete;
    expect(el.value.changeIdeas![0]!.cycles![0]!.plan).to.deep.equal({});
    expect(safeParseImprovementPlan(el.value).issues).to.deep.equal([]);
    expect(given.aims).to.have.length(2); // the page's plan is never changed
  });

  it('in a form, holds the submission until the plan has an aim, and submits the plan as JSON', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sos-improvement-plan name="plan" required></sos-improvement-plan></form>`);
    const el = form.querySelector('sos-improvement-plan')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.form).to.equal(form);
    await typeInto(el, '#aim-0-what', 'Attendance');
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('plan') as string).aims[0].what).to.equal('Attendance');
    form.reset();
    await el.updateComplete;
    expect(el.value.aims[0]!.what).to.equal('');
  });

  it('prints a report with one page per aim: its measures as run charts and its change ideas with their cycles', async () => {
    const given: ImprovementPlan = {
      schemaVersion: 1,
      title: 'Reading 2026',
      aims: [{ id: 'aim-1', what: 'Grade 3 reads at grade level', byWhen: '2026-06-05' }, { id: 'aim-2', what: 'Families feel welcome' }],
      measures: [{ id: 'm1', name: 'Reading at grade level', kind: 'outcome', unit: '%', aimIds: ['aim-1'], dataPoints: [{ date: '2026-01-05', value: 12 }, { date: '2026-01-12', value: 14 }] }],
      changeIdeas: [{ id: 'i1', description: 'Daily reading block', aimIds: ['aim-1'], cycles: [{ id: 'c1', stage: 'act', plan: { question: 'Will it fit the day?' }, act: { decision: 'adapt' } }] }],
    };
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan .plan=${given}></sos-improvement-plan>`);
    expect(getComputedStyle($(el, '.print-report')).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      const pages = $$(el, '.print-aim');
      expect(pages.map((page) => text(page.querySelector('h3')!))).to.deep.equal(['Aim 1', 'Aim 2']);
      expect(getComputedStyle(pages[0]!).breakAfter).to.equal('page');
      expect(getComputedStyle($(el, 'nav')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~=panel]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~=step-buttons]')).display).to.equal('none');
      expect($(el, '[part~=report]')).to.equal($(el, '.print-report'));
      const chart = pages[0]!.querySelector('sos-run-chart')!;
      expect(chart).to.not.equal(null);
      // On paper the chart keeps its drawing and words, not its on-screen controls.
      expect(getComputedStyle(chart.shadowRoot!.querySelector('svg')!).display).to.not.equal('none');
      expect(getComputedStyle(chart.shadowRoot!.querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(chart.shadowRoot!.querySelector('.readout')!).display).to.equal('none');
      expect(text(pages[0]!.querySelector('.print-cycle')!)).to.equal('PDSA cycle 1 (Deciding): Will it fit the day? — Decision: Adapt');
      expect(text(pages[1]!)).to.contain('None yet.');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const [lang, title, heading, plan] of [
    ['en', 'Improvement plan', 'For Costa Azul Unified School District, school year 2025-26', 'Aim 1'],
    ['es', 'Plan de mejora', 'Para Costa Azul Unified School District, ciclo escolar 2025-26', 'Objetivo 1'],
  ] as const) {
    it(`prints whose plan it is once, at the top, and each aim under its own heading (${lang})`, async () => {
      const given: ImprovementPlan = {
        schemaVersion: 1,
        organization: { name: 'Costa Azul Unified School District', type: 'district' },
        level: 'district',
        schoolYear: '2025-26',
        aims: [{ id: 'aim-1', what: 'Grade 3 reads at grade level' }, { id: 'aim-2', what: 'Families feel welcome' }],
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><sos-improvement-plan .plan=${given}></sos-improvement-plan></div>`);
      const el = wrapper.querySelector('sos-improvement-plan')!;
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        // What the paper shows: the rendered text of everything not hidden in print.
        const printed = [...el.shadowRoot!.children].map((node) => (node as HTMLElement).innerText ?? '').join('\n');
        expect(printed.split(title).length - 1, `"${title}" on paper`).to.equal(1);
        expect(printed.split('Costa Azul Unified School District').length - 1, 'the organization on paper').to.equal(1);
        expect(printed.indexOf(heading)).to.be.greaterThan(printed.indexOf(title));
        expect(printed.indexOf(heading)).to.be.lessThan(printed.indexOf(plan));
        expect($$(el, '.print-aim h3').map(text)).to.deep.equal([plan, plan.replace('1', '2')]);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      // On screen the same line says whose plan is being edited.
      expect(text($(el, '[part~=header]'))).to.equal(`${title} ${heading}`);
    });
  }

  it('names what is wrong with a value before adding it', async () => {
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan step="1"></sos-improvement-plan>`);
    await click(button(el, 'Add a measure'));
    await el.updateComplete;
    await click(button(el, 'Add value'));
    await el.updateComplete;
    expect($(el, '#m-0-date').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#m-0-date-error'))).to.equal('Enter the date of the value.');
    expect(text($(el, '#m-0-value-error'))).to.equal('Enter a number, such as 42 or 42.5.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('m-0-date');
    expect(el.value.measures![0]!.dataPoints).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('adds values from a spreadsheet and lists every cell it could not read', async () => {
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan step="1"></sos-improvement-plan>`);
    await click(button(el, 'Add a measure'));
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#m-0-csv');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['date,value\n3/2/2026,41\n2026-02-23,39%\nsoon,40\n'], 'attendance.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.value.measures![0]!.dataPoints).to.deep.equal([{ date: '2026-02-23', value: 39 }, { date: '2026-03-02', value: 41 }]);
    expect(text($(el, '.csv-report'))).to.equal('2 values added from the file. 1 cell could not be read; those rows were not added: 4, date, "soon": expected a date such as 2026-03-15 or 3/15/2026');
  });

  it('keeps a saved copy it cannot read, offers it for download, and never overwrites it', async () => {
    localStorage.setItem('sos-kit:plan:broken', '{"plan": {"aims": [');
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan autosave-key="broken"></sos-improvement-plan>`);
    expect(text($(el, '.notice'))).to.contain('could not be read');
    expect(localStorage.getItem('sos-kit:plan:broken:unreadable')).to.equal('{"plan": {"aims": [');
    await typeInto(el, '#aim-0-what', 'New aim');
    expect(localStorage.getItem('sos-kit:plan:broken:unreadable')).to.equal('{"plan": {"aims": [');
    expect(button(el, 'Download the saved text')).to.exist;
  });

  it('discarding a restored plan goes back to the plan the page gave', async () => {
    const given: ImprovementPlan = { schemaVersion: 1, aims: [{ id: 'aim-1', what: 'From the page' }] };
    localStorage.setItem('sos-kit:plan:k', JSON.stringify({ savedAt: '2026-10-01T10:00:00Z', plan: { schemaVersion: 1, aims: [{ id: 'aim-1', what: 'From the draft' }] } }));
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan autosave-key="k" .plan=${given}></sos-improvement-plan>`);
    expect(el.value.aims[0]!.what).to.equal('From the draft');
    await click(button(el, 'Discard saved plan'));
    await el.updateComplete;
    expect(el.value.aims[0]!.what).to.equal('From the page');
    expect(localStorage.getItem('sos-kit:plan:k')).to.equal(null);
  });

  it('lists the problems of a plan loaded from a URL', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify({ schemaVersion: 1, aims: [{ id: 'aim-1', what: 'x', byWhen: 'June' }] })], { type: 'application/json' }));
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan src=${url}></sos-improvement-plan>`);
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(text($(el, '[part~=error]'))).to.contain('Aim 1 › by when: expected a date written YYYY-MM-DD, got "June"');
    URL.revokeObjectURL(url);
  });

  it('speaks Spanish and passes axe on every question', async () => {
    const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan lang="es"></sos-improvement-plan>`);
    expect(text($(el, 'h3'))).to.equal('¿Qué intentamos lograr?');
    await expect(el).to.be.accessible();
    await click(button(el, 'Pregunta siguiente'));
    await click(button(el, 'Agregar una medida'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await click(button(el, 'Pregunta siguiente'));
    await click(button(el, 'Agregar una idea de cambio'));
    await click(button(el, 'Empezar un ciclo PDSA'));
    await el.updateComplete;
    expect(text($(el, 'legend.cycle, fieldset.cycle > legend'))).to.equal('Ciclo PDSA 1 — Planeando');
    await expect(el).to.be.accessible();
  });

  describe('the values of a measure', () => {
    const monthly = (values: number[], notes: Record<number, string> = {}) =>
      values.map((value, i) => ({ date: `${2025 + Math.floor((8 + i) / 12)}-${String(((8 + i) % 12) + 1).padStart(2, '0')}-15`, value, ...(notes[i] ? { note: notes[i] } : {}) }));
    const planWith = (points: ReturnType<typeof monthly>): ImprovementPlan => ({
      schemaVersion: SCHEMA_VERSION,
      aims: [{ id: 'aim-1', what: 'Site leaders act on attendance each week' }],
      measures: [{ id: 'rubric', name: 'Rubric level of the data huddle', kind: 'process', unit: 'rubric level', aimIds: ['aim-1'], dataPoints: points }],
    });
    const rows = (el: SosImprovementPlan) => $$(el, '.points li');
    const removeButtons = (el: SosImprovementPlan) => $$(el, '.points li button');
    const focusedName = (el: SosImprovementPlan) => el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? text(el.shadowRoot!.activeElement!);

    it('at 360 px: one short row per value with the date as people write it, a small remove button named in full, no sideways scroll', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan step="1" .plan=${planWith(monthly([2, 3, 2, 3, 2, 3, 5, 4, 6, 5, 6, 7], { 6: 'after the first huddle' }))}></sos-improvement-plan>`);
        await click($(el, 'summary'));
        await el.updateComplete;
        expect(text($(el, 'summary'))).to.equal('Values (12)');
        expect(rows(el)).to.have.length(12);
        expect(text(rows(el)[0]!.querySelector('.point-date')!)).to.equal('Sep 15, 2025');
        expect(text(rows(el)[0]!.querySelector('.point-value')!)).to.equal('2 rubric level');
        expect(text(rows(el)[6]!.querySelector('.point-note')!)).to.equal('after the first huddle');
        expect(removeButtons(el).map((b) => b.getAttribute('aria-label'))[0]).to.equal('Remove the value of Sep 15, 2025');
        for (const b of removeButtons(el)) {
          expect(text(b)).to.equal('Remove');
          const box = b.getBoundingClientRect();
          expect(box.height, 'target at least 24 px high').to.be.at.least(24);
          expect(box.width, 'target at least 24 px wide').to.be.at.least(24);
          // A row is one line (two with a note), not a column of big buttons.
          const row = b.closest('li')!;
          expect(row.getBoundingClientRect().height).to.be.below(box.height * (row.querySelector('.point-note') ? 2.2 : 1.5));
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('a tap removes a value, moves focus to the next row, and Undo (by keyboard) puts it back', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan step="1" autosave-key="values" .plan=${planWith(monthly([2, 3, 2, 3]))}></sos-improvement-plan>`);
        await click($(el, 'summary'));
        await click(removeButtons(el)[1]!);
        await el.updateComplete;
        expect(el.value.measures![0]!.dataPoints!.map((p) => p.date)).to.deep.equal(['2025-09-15', '2025-11-15', '2025-12-15']);
        expect(focusedName(el), 'focus on the row that took its place').to.equal('Remove the value of Nov 15, 2025');
        expect(text($(el, '.undo'))).to.equal('Removed the value of Oct 15, 2025. Undo');
        expect(text($(el, 'summary'))).to.equal('Values (3)');

        // Keyboard: Enter removes the focused row's value; Shift+Tab back to "Undo", Enter restores it.
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(focusedName(el)).to.equal('Remove the value of Dec 15, 2025');
        expect(text($(el, '.undo'))).to.equal('Removed the value of Nov 15, 2025. Undo');
        for (let i = 0; i < 6 && text(el.shadowRoot!.activeElement!) !== 'Undo'; i++) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        }
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.value.measures![0]!.dataPoints!.map((p) => p.date)).to.deep.equal(['2025-09-15', '2025-11-15', '2025-12-15']);
        expect(focusedName(el), 'focus on the value put back').to.equal('Remove the value of Nov 15, 2025');
        expect(el.shadowRoot!.querySelector('.undo')).to.equal(null);
        // Kept, as every edit is: a reload shows the same three values.
        const again = await fixture<SosImprovementPlan>(html`<sos-improvement-plan autosave-key="values"></sos-improvement-plan>`);
        expect(again.value.measures![0]!.dataPoints).to.have.length(3);
        again.remove();

        // The last row: focus goes to the row before; the only row: to the list's heading.
        removeButtons(el)[2]!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(focusedName(el)).to.equal('Remove the value of Nov 15, 2025');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(text(el.shadowRoot!.activeElement!)).to.equal('Values (0)');
        expect(text($(el, '.undo'))).to.equal('Removed the value of Sep 15, 2025. Undo');
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('in Spanish, writes dates and numbers the Spanish way', async () => {
      const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan lang="es" step="1" .plan=${planWith(monthly([2.5]))}></sos-improvement-plan>`);
      await click($(el, 'summary'));
      expect(text($(el, '.point-date'))).to.equal('15 sept 2025');
      expect(text($(el, '.point-value'))).to.equal('2,5 rubric level');
      expect(removeButtons(el)[0]!.getAttribute('aria-label')).to.equal('Quitar el valor del 15 sept 2025');
      expect(text(removeButtons(el)[0]!)).to.equal('Quitar');
    });
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<SosImprovementPlan>(html`<sos-improvement-plan step="2"></sos-improvement-plan>`);
      el.framework = framework;
      el.gaps = gaps;
      await el.updateComplete;
      await click(button(el, '1. What are we trying to accomplish?'));
      await click(button(el, 'Start from the largest gaps'));
      await click(button(el, '3. What change can we make that will result in improvement?'));
      await click(button(el, 'Start a PDSA cycle'));
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
