// The widget's results composed with the team view and the improvement plan (issues 10 and 11).
import { expect, waitUntil } from '@open-wc/testing';
import type { Assessment } from '@sos-kit/core';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { SosImprovementPlan } from '../improvement-plan/improvement-plan.js';
import type { SosTeamResults } from '../team-results/team-results.js';
import { answer, click, deepActive, DISTRICT_CONDITION_ITEMS, ready, root, show, text } from './support.test.js';
import type { SosSelfAssessment } from './self-assessment.js';

const navLabels = (el: SosSelfAssessment) => [...root(el).querySelectorAll('nav button')].map((b) => text(b));
const startButton = (el: SosSelfAssessment) => root(el).querySelector<HTMLButtonElement>('.plan-start button')!;
const planOf = (el: SosSelfAssessment) => root(el).querySelector<SosImprovementPlan>('sos-improvement-plan')!;

/** Rates the five shared-purpose items low (1, 2, 1, 2, 1): gaps to the target on all of them. */
async function ratedLow(markup: string): Promise<SosSelfAssessment> {
  const el = await ready(markup);
  DISTRICT_CONDITION_ITEMS.forEach((item, i) => answer(el, item, i % 2));
  await show(el, 1);
  return el;
}

/** A team of raters of the same district, made from this page's own document. */
function teamOf(base: Assessment, values: number[][]): Assessment[] {
  return values.map((row, r) => ({
    ...structuredClone(base),
    id: `rater-${r + 1}`,
    respondent: { name: `Rater ${r + 1}` },
    ratings: Object.fromEntries(DISTRICT_CONDITION_ITEMS.map((item, i) => [item, { value: row[i]! }])),
  }));
}

/** Serves `body` at any URL containing `/team/`, and records each request's credentials mode. */
function serveTeam(body: unknown) {
  const seen: { url: string; credentials: RequestCredentials | undefined }[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (!url.includes('/team/')) return original(input, init);
    seen.push({ url, credentials: init?.credentials });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { seen, restore: () => (globalThis.fetch = original) };
}

/** A widget rated low whose team-src serves a team of raters with these values on the five items. */
async function widgetWithTeam(values: number[][]) {
  const probe = await ratedLow('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
  const server = serveTeam(teamOf(probe.value!, values));
  try {
    return { el: await ratedLow('<sos-self-assessment subject-name="Sample Unified" team-src="/team/sample.json"></sos-self-assessment>'), server };
  } catch (error) {
    server.restore();
    throw error;
  }
}

async function loadComparison(el: SosSelfAssessment, doc: Assessment): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#compare-file')!;
  const files = new DataTransfer();
  files.items.add(new File([JSON.stringify(doc)], 'partner.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => el.shadowRoot!.querySelector('.compare [role=status]')?.textContent?.trim(), 'the comparison was not read', { timeout: 5000 });
  await el.updateComplete;
}

describe('sos-self-assessment composed results', () => {
  afterEach(() => localStorage.clear());

  describe('team view (team-src)', () => {
    it("shows the team's ratings from team-src in the results step, fetched without credentials", async () => {
      const { el, server } = await widgetWithTeam([
        [1, 2, 3, 4, 2],
        [4, 2, 3, 1, 2],
        [2, 2, 3, 4, 3],
      ]);
      try {
        const view = root(el).querySelector<SosTeamResults>('.team sos-team-results')!;
        expect(view, 'the team element is in the results step').to.exist;
        await view.updateComplete;
        expect(text(root(el).querySelector('#team-heading'))).to.equal('Your team’s ratings');
        expect(text(view.shadowRoot!.querySelector('[part~=heading]'))).to.contain('3 raters');
        expect(view.aggregate!.items.find((i) => i.id === 'shared-purpose.equity-focus')!.n).to.equal(3);
        expect(server.seen.map((r) => r.credentials)).to.deep.equal(['omit']);
        await expect(el).to.be.accessible();
      } finally {
        server.restore();
      }
    });

    it('passes team-credentials on only when the page asks for it', async () => {
      const server = serveTeam([]);
      try {
        const el = await ratedLow('<sos-self-assessment team-src="/team/x.json" team-credentials="include"></sos-self-assessment>');
        await root(el).querySelector<SosTeamResults>('sos-team-results')!.updateComplete;
        expect(server.seen.map((r) => r.credentials)).to.deep.equal(['include']);
      } finally {
        server.restore();
      }
    });

    it('shows no team section without team-src', async () => {
      const el = await ratedLow('<sos-self-assessment></sos-self-assessment>');
      expect(root(el).querySelector('sos-team-results')).to.equal(null);
    });

    it("puts a loaded partner rating beside the team's, and the partner still on the radar", async () => {
      const { el, server } = await widgetWithTeam([
        [1, 2, 3, 4, 2],
        [2, 2, 3, 4, 2],
        [1, 2, 3, 3, 2],
      ]);
      try {
        const partner: Assessment = { ...structuredClone(el.value!), perspective: { kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe' } }, ratings: { 'shared-purpose.equity-focus': { value: 4 } } };
        await loadComparison(el, partner);
        const view = root(el).querySelector<SosTeamResults>('.team sos-team-results')!;
        await view.updateComplete;
        // The team's mean (2, 2, 2) beside the partner's 4: higher, by 2.
        expect(text(view.shadowRoot!.querySelector('[part~=partner]'))).to.contain('Equity focus 2.0 4.0 +2.0 ▲ Higher');
        expect(root(el).querySelector('.partner-view'), 'one team element only: the team view carries the partner').to.equal(null);
        expect(root(el).querySelector('sos-radar-chart')!.series.map((s) => s.label)).to.include('Partner rating by Sierra Vista COE');
      } finally {
        server.restore();
      }
    });
  });

  describe('partner comparison without a team', () => {
    it("shows the self-rating and the partner's side by side with the team element, and removes it with the file", async function () {
      this.timeout(30000); // a chart, two tables and axe: slow on a loaded machine
      const el = await ratedLow('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      const partner: Assessment = { ...structuredClone(el.value!), perspective: { kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe' } }, ratings: { 'shared-purpose.equity-focus': { value: 4 } } };
      await loadComparison(el, partner);
      const section = root(el).querySelector('.partner-view')!;
      expect(text(section.querySelector('h3'))).to.equal('Self and partner, item by item');
      expect(text(section.querySelector('.hint'))).to.contain('Sierra Vista COE');
      const view = section.querySelector<SosTeamResults>('sos-team-results')!;
      await view.updateComplete;
      const table = text(view.shadowRoot!.querySelector('[part~=partner]'));
      expect(table).to.contain("The team's median self-ratings next to the partner's, largest difference first");
      expect(table).to.contain('Equity focus 2.0 4.0 +2.0 ▲ Higher');
      expect(root(el).querySelector('sos-radar-chart')!.series.map((s) => s.label)).to.include('Partner rating by Sierra Vista COE');
      await expect(el).to.be.accessible();
      await click(root(el).querySelector('.compare .remove')!);
      await el.updateComplete;
      expect(root(el).querySelector('.partner-view')).to.equal(null);
    });

    it('shows no side-by-side view for an earlier self-assessment (a baseline is not a partner)', async () => {
      const el = await ratedLow('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      await loadComparison(el, { ...structuredClone(el.value!), schoolYear: '2024-25' });
      expect(root(el).querySelector('.partner-view')).to.equal(null);
    });
  });

  describe('improvement plan', () => {
    it('drafts a plan of three aims from the gaps with a pointer click, opens "4. Plan" and focuses its heading', async () => {
      const el = await ratedLow('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      expect(navLabels(el), 'the plan step is optional: absent until started').to.deep.equal(['1. Rate', '2. Results', '3. Review and save']);
      expect(text(startButton(el))).to.equal('Start an improvement plan from these gaps');
      await click(startButton(el));
      await el.updateComplete;
      expect(navLabels(el)).to.deep.equal(['1. Rate', '2. Results', '3. Review and save', '4. Plan']);
      expect(root(el).querySelector('nav [aria-current=step]')!.textContent!.trim()).to.equal('4. Plan');
      const heading = root(el).querySelector('#heading-plan')!;
      expect(deepActive()).to.equal(heading);
      expect(text(heading)).to.equal('From the results to a plan');
      expect(text(root(el).querySelector('.plan [role=status]'))).to.equal('A plan was drafted with 3 aims from the largest gaps.');
      const plan = planOf(el);
      await plan.updateComplete;
      // The plan element opens on the first of the three questions, never on a form.
      expect(text(plan.shadowRoot!.querySelector('#question'))).to.equal('What are we trying to accomplish?');
      const value = el.improvementPlan!;
      expect(value.aims).to.have.length(3);
      expect(value.aims[0]!.what).to.match(/^Raise “.+” from 1 to 4 on the rubric\.$/);
      expect(value.organization?.name).to.equal('Sample Unified');
      // The three items rated 1 are the largest gaps to the target of 4; the two rated 2 wait.
      expect(value.gaps!.map((g) => [g.rowId, g.a, g.b, g.priority])).to.deep.equal([
        ['shared-purpose.student-centered-purpose', 1, 4, 'high'],
        ['shared-purpose.differentiated-roles', 1, 4, 'high'],
        ['shared-purpose.constancy-of-purpose', 1, 4, 'high'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('opens the same plan again from the results, never drafting over it', async () => {
      const el = await ratedLow('<sos-self-assessment></sos-self-assessment>');
      await click(startButton(el));
      await el.updateComplete;
      const plan = planOf(el);
      await plan.updateComplete;
      const aim = plan.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      aim.value = 'Every team meeting starts from the student data we agreed on.';
      aim.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await show(el, 1);
      expect(text(startButton(el))).to.equal('Open the improvement plan');
      await click(startButton(el));
      await el.updateComplete;
      expect(planOf(el), 'the same element, with its edits').to.equal(plan);
      expect(el.improvementPlan!.aims[0]!.what).to.equal('Every team meeting starts from the student data we agreed on.');
      expect(el.improvementPlan!.aims).to.have.length(3);
    });

    it('keeps the plan once, in the widget\'s own state: a reload brings the step and the edits back', async () => {
      const markup = '<sos-self-assessment autosave-key="plan-reload"></sos-self-assessment>';
      const el = await ratedLow(markup);
      await click(startButton(el));
      await el.updateComplete;
      const plan = planOf(el);
      await plan.updateComplete;
      const aim = plan.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      aim.value = 'Raise equity focus to full implementation by June.';
      aim.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect(Object.keys(localStorage)).to.include('sos-kit:widget:plan-reload');
      expect(Object.keys(localStorage), 'the plan element keeps no second copy').not.to.include('sos-kit:plan:plan-reload:plan');
      expect(JSON.parse(localStorage.getItem('sos-kit:widget:plan-reload')!).plan.aims[0].what).to.equal('Raise equity focus to full implementation by June.');

      const again = await ready(markup);
      expect(navLabels(again)).to.include('4. Plan');
      await show(again, 1);
      expect(text(startButton(again))).to.equal('Open the improvement plan');
      expect(again.improvementPlan!.aims[0]!.what).to.equal('Raise equity focus to full implementation by June.');
      again.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')[3]!.click();
      await again.updateComplete;
      const restored = planOf(again);
      await restored.updateComplete;
      expect(restored.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Raise equity focus to full implementation by June.');
    });

    describe('plans stored by earlier versions (the plan element\'s own copy under "<key>:plan")', () => {
      const plan = (what: string, updatedAt: string) => ({ aims: [{ id: 'aim-1', what }], createdAt: '2026-01-05T10:00:00Z', updatedAt });
      const openPlan = async (el: SosSelfAssessment) => {
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')[3]!.click();
        await el.updateComplete;
        await planOf(el).updateComplete;
        return planOf(el).shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value;
      };

      it('brings back a plan only the plan element kept, and moves it into the widget\'s state', async () => {
        localStorage.setItem('sos-kit:plan:old-plan:plan', JSON.stringify({ savedAt: '2026-02-01T09:00:00Z', plan: plan('Only the element kept this aim.', '2026-02-01T09:00:00Z') }));
        const el = await ready('<sos-self-assessment autosave-key="old-plan"></sos-self-assessment>');
        expect(navLabels(el)).to.include('4. Plan');
        expect(await openPlan(el)).to.equal('Only the element kept this aim.');
        expect(JSON.parse(localStorage.getItem('sos-kit:widget:old-plan')!).plan.aims[0].what).to.equal('Only the element kept this aim.');
        expect(localStorage.getItem('sos-kit:plan:old-plan:plan'), 'moved, not kept twice').to.equal(null);
      });

      it('keeps the more recently edited plan when both copies exist', async () => {
        localStorage.setItem('sos-kit:widget:both', JSON.stringify({ plan: plan('The older aim.', '2026-02-01T09:00:00Z') }));
        localStorage.setItem('sos-kit:plan:both:plan', JSON.stringify({ savedAt: '2026-02-03T09:00:00Z', plan: plan('The newer aim.', '2026-02-03T09:00:00Z') }));
        const el = await ready('<sos-self-assessment autosave-key="both"></sos-self-assessment>');
        expect(await openPlan(el)).to.equal('The newer aim.');
        localStorage.setItem('sos-kit:widget:both2', JSON.stringify({ plan: plan('The newer aim.', '2026-02-03T09:00:00Z') }));
        localStorage.setItem('sos-kit:plan:both2:plan', JSON.stringify({ savedAt: '2026-02-01T09:00:00Z', plan: plan('The older aim.', '2026-02-01T09:00:00Z') }));
        const other = await ready('<sos-self-assessment autosave-key="both2"></sos-self-assessment>');
        expect(await openPlan(other)).to.equal('The newer aim.');
      });

      it('leaves an unreadable old copy untouched and keeps the widget\'s plan', async () => {
        localStorage.setItem('sos-kit:widget:broken', JSON.stringify({ plan: plan('The widget kept this aim.', '2026-02-01T09:00:00Z') }));
        localStorage.setItem('sos-kit:plan:broken:plan', '{"plan": {"aims": [');
        const el = await ready('<sos-self-assessment autosave-key="broken"></sos-self-assessment>');
        expect(await openPlan(el)).to.equal('The widget kept this aim.');
        expect(localStorage.getItem('sos-kit:plan:broken:plan')).to.equal('{"plan": {"aims": [');
      });
    });

    it('ignores a stored widget state whose plan is not a plan, and drafts afresh without losing the answers', async () => {
      localStorage.setItem('sos-kit:widget:bad-plan', JSON.stringify({ schoolYear: '2025-26', plan: 'not a plan' }));
      const el = await ratedLow('<sos-self-assessment autosave-key="bad-plan"></sos-self-assessment>');
      expect(navLabels(el)).to.have.length(3);
      expect(text(startButton(el))).to.equal('Start an improvement plan from these gaps');
      await click(startButton(el));
      await el.updateComplete;
      expect(el.improvementPlan!.aims).to.have.length(3);
      expect(el.improvementPlan!.schoolYear, 'the school year the person chose is kept and used').to.equal('2025-26');
      expect(JSON.parse(localStorage.getItem('sos-kit:widget:bad-plan')!).schoolYear).to.equal('2025-26');
    });

    it('starts a plan by keyboard alone', async () => {
      const el = await ratedLow('<sos-self-assessment></sos-self-assessment>');
      // Focus the control before the button, then Tab to it and press Enter, as a keyboard user does.
      startButton(el).scrollIntoView({ block: 'center' });
      startButton(el).focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()).not.to.equal(startButton(el));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(startButton(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive()).to.equal(root(el).querySelector('#heading-plan'));
      // Tab from the heading reaches the plan's own controls.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.closest('sos-improvement-plan') ?? (deepActive()?.getRootNode() as ShadowRoot).host).to.equal(planOf(el));
    });

    it("prints the plan, one section per aim, when printing from the plan step (not the answers' report)", async () => {
      const el = await ratedLow('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      await click(startButton(el));
      await el.updateComplete;
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        await emulateMedia({ media: 'print' });
        expect(root(el).querySelector('[part=report]'), 'the answers report is not made').to.equal(null);
        const plan = planOf(el);
        expect(getComputedStyle(plan).display).to.not.equal('none');
        expect(getComputedStyle(root(el).querySelector('nav[part=steps]')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.plan .next')!).display).to.equal('none');
        const printed = plan.shadowRoot!.querySelector<HTMLElement>('.print-report')!;
        expect(getComputedStyle(printed).display).to.not.equal('none');
        expect(printed.querySelectorAll('.print-aim').length).to.equal(3);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
    });

    it('prints the answers report from the results step once a plan is started', async () => {
      const el = await ratedLow('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
      await click(startButton(el));
      await show(el, 1);
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        await emulateMedia({ media: 'print' });
        const report = root(el).querySelector<HTMLElement>('[part=report]')!;
        expect(getComputedStyle(report).display).to.equal('block');
        expect(report.innerText).to.contain('Summary');
        expect(getComputedStyle(root(el).querySelector('.screen')!).display).to.equal('none');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
    });

    it('with no gap to draft from, starts from one empty aim and says so', async () => {
      const el = await ready('<sos-self-assessment></sos-self-assessment>');
      await show(el, 1);
      expect(text(root(el).querySelector('#plan-start-hint'))).to.contain('No item shows a gap yet');
      await click(startButton(el));
      await el.updateComplete;
      expect(el.improvementPlan!.aims).to.deep.equal([{ id: 'aim-1', what: '' }]);
      expect(text(root(el).querySelector('.plan [role=status]'))).to.equal('A plan was started with one empty aim.');
    });

    it('speaks Spanish: the button, the step and the drafted aims', async () => {
      const el = await ratedLow('<sos-self-assessment lang="es" subject-name="Unificado de Ejemplo"></sos-self-assessment>');
      expect(text(startButton(el))).to.equal('Empezar un plan de mejora con estas brechas');
      await click(startButton(el));
      await el.updateComplete;
      expect(navLabels(el)[3]).to.equal('4. Plan de mejora');
      expect(text(root(el).querySelector('#heading-plan'))).to.equal('De los resultados a un plan');
      expect(el.improvementPlan!.aims[0]!.what).to.match(/^Elevar «.+» de 1 a 4 en la rúbrica\.$/);
      const plan = planOf(el);
      await plan.updateComplete;
      expect(text(plan.shadowRoot!.querySelector('#question'))).to.equal('¿Qué intentamos lograr?');
      await expect(el).to.be.accessible();
    });
  });
});
