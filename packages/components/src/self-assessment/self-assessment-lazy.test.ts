// The steps after rating (results, review, plan, printed report) load on demand. These specs hold
// the load back or make it fail, as a slow or dropped connection would, and check what a person
// sees: the step's heading (focused), a plain status or error with "Try again", and every answer kept.
import { expect, waitUntil } from '@open-wc/testing';
import { SosSelfAssessment } from './self-assessment.js';
import { answer, click, deepActive, ready, root, rubricOf, stepButton, text } from './support.test.js';

type StepsModule = Awaited<ReturnType<typeof SosSelfAssessment.loadSteps>>;

/** A load of the steps' code that the spec finishes (or fails) when it chooses. */
function heldLoad() {
  const original = SosSelfAssessment.loadSteps;
  const pending: { resolve: (m: StepsModule) => void; reject: (e: Error) => void }[] = [];
  SosSelfAssessment.loadSteps = () => new Promise<StepsModule>((resolve, reject) => pending.push({ resolve, reject }));
  return {
    get calls() {
      return pending.length;
    },
    async finish() {
      const module = await original();
      pending.splice(0).forEach((p) => p.resolve(module));
    },
    fail() {
      pending.splice(0).forEach((p) => p.reject(new TypeError('Failed to fetch dynamically imported module')));
    },
    restore: () => (SosSelfAssessment.loadSteps = original),
  };
}

const pending = (el: SosSelfAssessment) => root(el).querySelector('.pending');

describe('sos-self-assessment: steps that load on demand', () => {
  let load: ReturnType<typeof heldLoad>;
  beforeEach(() => (load = heldLoad()));
  afterEach(() => {
    load.restore();
    localStorage.clear();
  });

  it('shows the step heading (focused) and "Loading this step…" while the code comes, then the step, with every answer kept', async () => {
    const el = await ready('<sos-self-assessment subject-name="Sample Unified"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 3);
    await click(stepButton(el, 1));
    await waitUntil(() => pending(el), 'no waiting step shown');
    expect(text(pending(el)!.querySelector('h2'))).to.equal('2. Results');
    expect(text(pending(el)!.querySelector('[role=status]'))).to.equal('Loading this step…');
    expect(deepActive()).to.equal(root(el).querySelector('#heading-results'));
    await expect(el).to.be.accessible();
    expect(load.calls).to.be.greaterThan(0);

    await load.finish();
    await el.updateComplete;
    expect(pending(el)).to.equal(null);
    expect(text(root(el).querySelector('#heading-results'))).to.equal('Results');
    expect(root(el).querySelector('[part=summary]')).to.not.equal(null);
    expect(deepActive(), 'focus moves to the real heading').to.equal(root(el).querySelector('#heading-results'));
    expect(rubricOf(el).value!.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 4 });
  });

  it('says plainly when the step cannot be loaded, and "Try again" loads it', async () => {
    const el = await ready('<sos-self-assessment subject-name="Sample Unified" autosave-key="lazy-fail"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 1);
    await click(stepButton(el, 2));
    await waitUntil(() => pending(el), 'no waiting step shown');
    load.fail();
    await waitUntil(() => pending(el)?.querySelector('[role=alert]'), 'no error shown');
    expect(text(pending(el)!.querySelector('[role=alert] p'))).to.equal('This step could not be loaded. Check your connection and try again. Your answers are kept.');
    expect(text(pending(el)!.querySelector('h2'))).to.equal('3. Review and save');
    const retry = pending(el)!.querySelector<HTMLButtonElement>('button.retry')!;
    await waitUntil(() => deepActive() === retry, 'focus did not go to "Try again"');
    await expect(el).to.be.accessible();
    expect(rubricOf(el).value!.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 2 });
    expect(JSON.parse(localStorage.getItem('sos-kit:draft:lazy-fail')!).assessment.ratings['shared-purpose.equity-focus']).to.deep.equal({ value: 2 });

    await click(retry);
    await waitUntil(() => load.calls > 0, 'no second load');
    await load.finish();
    await el.updateComplete;
    expect(text(root(el).querySelector('#heading-review'))).to.equal('Review and save');
    expect(deepActive()).to.equal(root(el).querySelector('#heading-review'));
  });

  it('says it in Spanish on a Spanish page', async () => {
    const el = await ready('<sos-self-assessment lang="es" subject-name="Distrito de Ejemplo"></sos-self-assessment>');
    await click(stepButton(el, 1));
    await waitUntil(() => pending(el), 'no waiting step shown');
    expect(text(pending(el)!.querySelector('[role=status]'))).to.equal('Cargando este paso…');
    load.fail();
    await waitUntil(() => pending(el)?.querySelector('[role=alert]'), 'no error shown');
    expect(text(pending(el)!.querySelector('[role=alert]'))).to.equal('No se pudo cargar este paso. Revise su conexión e inténtelo de nuevo. Sus respuestas se conservan. Intentar de nuevo');
  });

  it('drafts the plan once the code arrives when the plan is started before it', async () => {
    const el = await ready('<sos-self-assessment subject-name="Sample Unified" autosave-key="lazy-plan"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 0);
    el.startPlan();
    await waitUntil(() => pending(el), 'no waiting step shown');
    expect(text(pending(el)!.querySelector('h2'))).to.equal('4. Plan');
    await load.finish();
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('sos-improvement-plan'), 'no plan');
    expect(el.improvementPlan!.aims.length).to.be.greaterThan(0);
    expect(JSON.parse(localStorage.getItem('sos-kit:widget:lazy-plan')!).plan.aims.length).to.equal(el.improvementPlan!.aims.length);
    expect(text(root(el).querySelector('#heading-plan'))).to.not.equal('');
  });
});
