import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Assessment } from '@sos-kit/core';
import type { SosGapTable } from '../gap-table/gap-table.js';
import { SosRowActivateEvent } from '../shared/events.js';
import { FIXTURES, ready, root, rubricOf, answer, stepButton, text, deepActive, click, show, DISTRICT_CONDITION_ITEMS } from './support.test.js';

describe('sos-self-assessment', () => {
  afterEach(() => {
    localStorage.clear();
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
      const panel = root(el).querySelector('[part=error]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(text(panel)).to.contain('$.version: expected a semantic version such as "1.0.0", got "1.0"');
    });

    it('says when a framework cannot be fetched or is not a built-in id', async () => {
      const missing = await ready('<sos-self-assessment src="/nowhere/framework.json"></sos-self-assessment>');
      expect(root(missing).querySelector('[part=error]')!.textContent).to.contain('could not be loaded from /nowhere/framework.json (HTTP 404)');
      const unknown = await ready('<sos-self-assessment framework="ca-sos"></sos-self-assessment>');
      expect(root(unknown).querySelector('[part=error]')!.textContent).to.contain('not a built-in framework id');
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await ready('<sos-self-assessment lang="es"></sos-self-assessment>');
      expect([...root(el).querySelectorAll('nav button')].map((b) => b.textContent!.trim())).to.deep.equal(['1. Calificar', '2. Resultados', '3. Revisar y guardar']);
      expect(rubricOf(el).shadowRoot!.getElementById('progress-text')!.textContent).to.equal('0 de 45 respondidos');
    });
    it('shows the framework text in Spanish with lang="es", and keeps the English original', async () => {
      const el = await ready('<sos-self-assessment lang="es"></sos-self-assessment>');
      expect(el.currentFramework!.translations?.[0]?.official).to.equal(false);
      const names = text(rubricOf(el).shadowRoot!.querySelector('fieldset[data-item] legend')!);
      expect(names).to.contain('Propósito centrado en los estudiantes');
    });

    it('fetches the Spanish framework text when the page switches to Spanish, answers kept', async () => {
      const el = await ready('<sos-self-assessment></sos-self-assessment>');
      const firstLegend = () => text(rubricOf(el).shadowRoot!.querySelector('fieldset[data-item] legend'));
      expect(firstLegend()).to.contain('Student-Centered purpose');
      const first = rubricOf(el).shadowRoot!.querySelector<HTMLElement>('fieldset[data-item]')!.dataset.item!;
      answer(el, first, 2);
      // The page's language switch happens on an ancestor, as a CMS language toggle does.
      el.parentElement!.lang = 'es';
      await waitUntil(() => el.currentFramework?.translations?.some((t) => t.language === 'es'), 'the Spanish text never arrived', { timeout: 10000 });
      await waitUntil(() => firstLegend().includes('Propósito centrado'), 'the rubric still shows English', { timeout: 5000 });
      expect(Object.keys(el.value!.ratings)).to.deep.equal([first]);
    });
  });

  describe('events', () => {
    it("lets the rubric's change and input events reach the page, on user action only", async () => {
      const el = await ready('<sos-self-assessment></sos-self-assessment>');
      const seen: string[] = [];
      el.parentElement!.addEventListener('change', (e) => seen.push(`change:${e.composed}`));
      el.parentElement!.addEventListener('input', () => seen.push('input'));
      answer(el, 'shared-purpose.equity-focus', 3);
      expect(seen).to.deep.equal(['input', 'change:true']);
      expect(el.value!.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 4 });
    });
  });

  describe('focus follows the step', () => {
    it("moves focus to the new step's heading and scrolls it into view after a step button is clicked", async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      // Scroll far down first, as after rating many items.
      rubricOf(el).shadowRoot!.querySelector('fieldset:last-of-type')!.scrollIntoView();
      await click(stepButton(el, 1));
      await el.updateComplete;
      const heading = root(el).querySelector('#heading-results')!;
      expect(deepActive()).to.equal(heading);
      expect(text(heading)).to.equal('Results');
      const top = heading.getBoundingClientRect().top;
      expect(top, 'heading scrolled into view').to.be.within(-1, window.innerHeight - 20);
      await click(stepButton(el, 2));
      await el.updateComplete;
      expect(deepActive()).to.equal(root(el).querySelector('#heading-review'));
      await click(stepButton(el, 0));
      await el.updateComplete;
      expect(deepActive()).to.equal(root(el).querySelector('#heading-rate'));
      // "See results" at the end of the rating step does the same.
      await click(root(el).querySelector('.rate .next button')!);
      await el.updateComplete;
      expect(deepActive()).to.equal(root(el).querySelector('#heading-results'));
    });

    it('keeps focus off <body> after "Clear saved answers" is confirmed', async () => {
      const el = await ready('<sos-self-assessment autosave-key="focus-clear"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await rubricOf(el).updateComplete;
      const clear = [...rubricOf(el).shadowRoot!.querySelectorAll('button')].find((b) => /clear saved answers/i.test(b.textContent!))!;
      await click(clear);
      await rubricOf(el).updateComplete;
      const yes = [...rubricOf(el).shadowRoot!.querySelectorAll('button')].find((b) => /^yes/i.test(b.textContent!.trim()) || /clear/i.test(b.textContent!) && b !== clear)!;
      await click(yes);
      await rubricOf(el).updateComplete;
      await waitUntil(() => deepActive() !== document.body, 'focus fell to <body>', { timeout: 2000 });
      expect(deepActive()).not.to.equal(document.body);
      expect(deepActive()).not.to.equal(null);
    });
  });

  describe('results', () => {
    it('opens with a summary: overall and section scores, completion and the top three priorities in words', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      DISTRICT_CONDITION_ITEMS.forEach((item, i) => answer(el, item, [0, 1, 3, 4, 2][i]!));
      await show(el, 1);
      const summary = root(el).querySelector('[part=summary]')!;
      const results = root(el).querySelector('.results')!;
      expect(results.firstElementChild, 'the heading comes first').to.equal(root(el).querySelector('#heading-results'));
      expect(results.querySelector('section')).to.equal(summary, 'the summary comes before the chart and the table');
      const scores = [...summary.querySelectorAll('.scores > div')].map((pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`);
      expect(scores).to.deep.equal(['Overall: no score yet', 'Enabling conditions: no score yet', 'Capacities: no score yet']);
      expect(text(summary)).to.contain('5 of 45 items answered (11%)');
      const priorities = [...summary.querySelectorAll('.priorities li')].map(text);
      expect(priorities).to.have.length(3);
      expect(priorities[0]).to.equal('high priority: Student-Centered purpose (Shared Purpose): now 1 Exploration and Research Phase, target 4 Full Implementation');
      expect(priorities[1]).to.match(/^(high|medium) priority: .*Equity.*\(Shared Purpose\): now 2 Beginning Development, target 4 Full Implementation$/);
    });

    it('says on the chart which areas need more answers to get a score', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await show(el, 1);
      const notes = [...root(el).querySelectorAll('.chart .missing li')].map(text);
      expect(notes).to.include('Answer at least 3 of 5 items in Shared Purpose to see its score.');
      expect(notes).to.include('Answer at least 2 of 3 items in Preparation and Mobilization of Improvement Capacities to see its score.');
      expect(root(el).querySelector('.chart sos-radar-chart')!.getAttribute('heading')).to.equal('Ratings by area: Sample Unified');
    });

    it('shows a radar by condition and role, and gaps against the target', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      for (const [item, index] of [
        ['shared-purpose.student-centered-purpose', 0],
        ['shared-purpose.equity-focus', 1],
        ['shared-purpose.differentiated-roles', 2],
      ] as const)
        answer(el, item, index);
      await show(el, 1);
      const chart = root(el).querySelector('sos-radar-chart')!;
      expect(chart.axes).to.have.length(8);
      expect(chart.series.map((x) => x.label)).to.deep.equal(['Self', 'Target (Full Implementation)']);
      expect(chart.series[0]!.values['shared-purpose']).to.equal(2);
      const table = root(el).querySelector('sos-gap-table')!;
      expect(table.report!.comparison).to.equal('current-vs-target');
      expect([table.report!.a.label, table.report!.b.label]).to.deep.equal(['Current', 'Target (default 4)']);
      root(el).querySelectorAll<HTMLInputElement>('fieldset.view input')[1]!.click();
      await el.updateComplete;
      expect(root(el).querySelector('sos-radar-chart')!.axes).to.have.length(18);
    });

    it('labels the results in Spanish, and switches language without a reload', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await show(el, 1);
      el.parentElement!.setAttribute('lang', 'es');
      await waitUntil(() => text(root(el).querySelector('#heading-results')) === 'Resultados', 'did not switch to Spanish');
      const table = root(el).querySelector('sos-gap-table')!;
      expect([table.report!.a.label, table.report!.b.label]).to.deep.equal(['Actual', 'Meta (4 por defecto)']);
      expect(root(el).querySelector('sos-radar-chart')!.series.map((x) => x.label)).to.deep.equal(['Autoevaluación', 'Meta (Implementación total)']);
      expect(text(root(el).querySelector('.compare .choose'))).to.equal('Cargar un archivo para comparar…');
      expect(text(root(el).querySelector('[part=summary]'))).to.contain('1 de 45 elementos respondidos');
    });

    it('loads a comparison through a real button, keeps the target style, labels the partner, and can remove it', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await show(el, 1);
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      expect(getComputedStyle(input).position, 'the bare file input is not shown').to.equal('absolute');
      let opened = 0;
      input.addEventListener('click', (e) => {
        opened++;
        e.preventDefault();
      });
      await click(root(el).querySelector('.compare .choose')!);
      expect(opened, 'the visible button opens the file chooser').to.equal(1);
      const targetBefore = root(el).querySelector('sos-radar-chart')!.series.findIndex((x) => x.label.startsWith('Target'));
      const partner: Assessment = {
        ...structuredClone(el.value!),
        perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } },
        ratings: { 'shared-purpose.equity-focus': { value: 4 } },
      };
      const load = async (body: string, name: string) => {
        const files = new DataTransfer();
        files.items.add(new File([body], name, { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.updateComplete;
      };
      await load(JSON.stringify(partner), 'partner.json');
      expect(text(root(el).querySelector('.compare [role=status]'))).to.equal('Comparing with: Partner rating by Sample COE');
      const table = root(el).querySelector('sos-gap-table')!;
      expect(table.report!.comparison).to.equal('self-vs-partner');
      expect([table.report!.a.label, table.report!.b.label]).to.deep.equal(['Self: Sample Unified', 'Partner: Sample COE']);
      const series = root(el).querySelector('sos-radar-chart')!.series.map((x) => x.label);
      expect(series).to.deep.equal(['Self', 'Target (Full Implementation)', 'Partner rating by Sample COE']);
      expect(series.findIndex((x) => x.startsWith('Target')), 'target keeps its place and so its line style').to.equal(targetBefore);

      const baseline = { ...structuredClone(el.value!), schoolYear: '2024-25', ratings: { 'shared-purpose.equity-focus': { value: 1 } } };
      await load(JSON.stringify(baseline), 'last-year.json');
      expect(root(el).querySelector('sos-gap-table')!.report!.a.label).to.equal('Baseline 2024-25');
      expect(root(el).querySelector('sos-radar-chart')!.series[2]!.label).to.equal('Earlier self-assessment, 2024-25');

      await click(root(el).querySelector('.compare .remove')!);
      await el.updateComplete;
      expect(root(el).querySelector('sos-gap-table')!.report!.comparison).to.equal('current-vs-target');
      expect(root(el).querySelector('.compare .remove')).to.equal(null);
      expect(text(root(el).querySelector('.compare [role=status]'))).to.contain('Comparison removed');
      expect(deepActive()).to.equal(root(el).querySelector('.compare .choose'));
    });

    it('explains in plain words first why a file cannot be compared', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await show(el, 1);
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      const load = async (body: string, name: string) => {
        const files = new DataTransfer();
        files.items.add(new File([body], name));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
        await waitUntil(() => text(root(el).querySelector('.compare [role=alert]')).includes(name), 'no error shown');
        await el.updateComplete;
        return text(root(el).querySelector('.compare [role=alert] p'));
      };
      const school = { ...structuredClone(el.value!), level: 'school', subject: { name: 'Sample Elementary', type: 'school' } };
      expect(await load(JSON.stringify(school), 'school.json')).to.equal('“school.json” cannot be compared. It rates a school, but this page rates a school district. Load a school district assessment instead.');
      expect(await load('{not json', 'broken.json')).to.equal('“broken.json” cannot be compared. It is not a JSON file saved from this tool.');
      const bad = { ...structuredClone(el.value!), ratings: { 'shared-purpose.equity-focus': { value: 9 } } };
      expect(await load(JSON.stringify(bad), 'bad.json')).to.equal('“bad.json” cannot be compared. Some of its content does not fit this framework.');
      expect(text(root(el).querySelector('.compare [role=alert] details'))).to.contain('$.ratings');
    });

    it('takes the person back to an item when its row in the gap table is activated', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      answer(el, 'mutual-trust.relational-trust', 1);
      await show(el, 1);
      const table = root(el).querySelector<SosGapTable>('sos-gap-table')!;
      const row = table.report!.items.find((r) => r.id === 'mutual-trust.relational-trust')!;
      table.dispatchEvent(new SosRowActivateEvent(row));
      await el.updateComplete;
      await waitUntil(() => deepActive()?.closest('fieldset')?.getAttribute('data-item') === 'mutual-trust.relational-trust', 'focus did not reach the item');
      expect(stepButton(el, 0).getAttribute('aria-current')).to.equal('step');
      const box = deepActive()!.closest('fieldset')!.getBoundingClientRect();
      expect(box.top < window.innerHeight && box.bottom > 0, 'the item is in view').to.equal(true);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('prints a report from the rating step: who, what, when, the summary, chart, table and every answer with evidence', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified" perspective="partner" rater-name="Sierra Vista COE" school-year="2025-26"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      const textarea = rubricOf(el).shadowRoot!.querySelector<HTMLTextAreaElement>('fieldset[data-item="shared-purpose.equity-focus"] textarea');
      if (textarea) {
        textarea.value = 'Board minutes, March';
        textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(root(el).querySelector('.screen')!).display).to.equal('none');
      const report = root(el).querySelector('[part=report]')!;
      expect(getComputedStyle(report).display).to.equal('block');
      const printed = (report as HTMLElement).innerText.replace(/\s+/g, ' ');
      expect(printed).to.contain('Organization rated Sample Unified (school district)');
      expect(printed).to.contain('Rated by Sierra Vista COE');
      expect(printed).to.contain('School year 2025-26');
      expect(printed).to.contain('Summary');
      expect(printed).to.contain('Equity focus 2 Beginning Development');
      if (textarea) expect(printed).to.contain('Evidence: Board minutes, March');
      expect(printed).to.contain('No answer');
      expect(report.querySelector('sos-radar-chart')).to.exist;
      expect(report.querySelector('sos-gap-table')).to.exist;
      expect(report.querySelectorAll('button, input, select, textarea')).to.have.length(0);
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
