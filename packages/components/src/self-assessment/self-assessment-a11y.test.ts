import { expect } from '@open-wc/testing';
import { FIXTURES, ready, root, answer, stepButton, show } from './support.test.js';

// axe walks the whole 45-item rubric on every run (about 10 s each on a loaded machine), so these
// checks have their own file and generous timeouts.
describe('sos-self-assessment: accessibility', () => {
  it('passes axe on the rating step', async function () {
    this.timeout(60000);
    const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
    await expect(el).to.be.accessible();
  });

  it('passes axe on the results step, with a summary, missing-score notes and a comparison control', async function () {
    this.timeout(60000);
    const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 2);
    await show(el, 1);
    await expect(el).to.be.accessible();
  });

  it('passes axe on the review step, with its questions and a submit error', async function () {
    this.timeout(60000);
    const el = await ready('<sos-self-assessment level="district" subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
    answer(el, 'shared-purpose.equity-focus', 2);
    await show(el, 2);
    root(el).querySelector<HTMLButtonElement>('.submit-button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe with an error panel, and marks the current step', async function () {
    this.timeout(30000);
    const broken = await ready(`<sos-self-assessment src="${FIXTURES}/invalid/version-not-semver.json"></sos-self-assessment>`);
    await expect(broken).to.be.accessible();
    const el = await ready(`<sos-self-assessment src="${FIXTURES}/valid/minimal.json"></sos-self-assessment>`);
    expect(stepButton(el, 0).getAttribute('aria-current')).to.equal('step');
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Steps');
  });
});
