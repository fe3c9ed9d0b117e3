import { expect, waitUntil } from '@open-wc/testing';
import type { Assessment } from '@sos-kit/core';
import { ready, root, rubricOf, answer, text, deepActive, click, show, fakeService, created, reviewWithAnswers, submitButton, confirmAndSubmit } from './support.test.js';

describe('sos-self-assessment: partner rating, review and submit', () => {
  afterEach(() => {
    localStorage.clear();
  });

  describe('partner rating', () => {
    it('records the perspective, rater and relationship, and words the steps for it', async () => {
      const el = await ready(
        '<sos-self-assessment subject-name="Sample Unified" perspective="partner" rater-name="Sierra Vista COE" rater-type="coe" relationship="differentiated-assistance" respondent-name="Ana Ruiz" respondent-role="DA lead" school-year="2025-26"></sos-self-assessment>',
      );
      answer(el, 'shared-purpose.equity-focus', 1);
      expect(el.value!.perspective).to.deep.equal({ kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe' }, relationship: 'differentiated-assistance' });
      expect(el.value!.respondent).to.deep.equal({ name: 'Ana Ruiz', role: 'DA lead' });
      expect(el.value!.schoolYear).to.equal('2025-26');
      expect(rubricOf(el).getAttribute('perspective')).to.equal('partner');
      expect(rubricOf(el).getAttribute('subject-name')).to.equal('Sample Unified');
      expect(text(root(el).querySelector('#heading-rate'))).to.equal('Rate Sample Unified, as Sierra Vista COE sees it');
      expect(text(root(el).querySelector('.rate .intro'))).to.match(/^How well does Sample Unified do/);
      await show(el, 2);
      const review = root(el).querySelector('[part=review]')!;
      expect(text(review)).to.contain('Sierra Vista COE rates Sample Unified (a partner rating of a school district). They work together through differentiated assistance.');
      expect(review.querySelector('#respondent-name, #respondent-role, #school-year'), 'nothing is asked that the page gave').to.equal(null);
    });

    it('asks for the respondent and school year in the review step, and keeps them with the draft', async () => {
      const el = await ready('<sos-self-assessment subject-name="Sample Unified" autosave-key="who"></sos-self-assessment>');
      answer(el, 'shared-purpose.equity-focus', 1);
      await show(el, 2);
      expect(text(root(el).querySelector('[part=review]'))).to.contain('Sample Unified rates itself (a self-assessment of a school district).');
      const fill = (selector: string, value: string) => {
        const field = root(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
        field.value = value;
        field.dispatchEvent(new Event('change'));
      };
      fill('#respondent-name', 'Lee Chen');
      fill('#respondent-role', 'Assistant Superintendent');
      const year = root(el).querySelector<HTMLSelectElement>('#school-year')!;
      fill('#school-year', year.options[2]!.value);
      expect(el.value!.respondent).to.deep.equal({ name: 'Lee Chen', role: 'Assistant Superintendent' });
      expect(el.value!.schoolYear).to.match(/^\d{4}-\d{2}$/);
      const again = await ready('<sos-self-assessment subject-name="Sample Unified" autosave-key="who"></sos-self-assessment>');
      await show(again, 2);
      expect(root(again).querySelector<HTMLInputElement>('#respondent-name')!.value).to.equal('Lee Chen');
      expect(again.value!.schoolYear).to.equal(el.value!.schoolYear);
    });
  });

  describe('review and submit', () => {
    it('says plainly when few items are answered, and offers to answer the rest', async () => {
      const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>', 2);
      const review = root(el).querySelector('[part=review]')!;
      expect(text(review)).to.contain('You answered 2 of 45 items (4%).');
      expect(text(review.querySelector('.warning'))).to.equal('Only 2 of 45 items are answered. Most areas will have no score. You can still submit, but the results will say little.');
      expect(text(review)).to.contain('What happens next');
    });

    it('asks for a check before submitting, and sends nothing until it is given', async () => {
      const service = fakeService(created());
      try {
        const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
        await click(submitButton(el)!);
        await el.updateComplete;
        expect(service.calls).to.have.length(0);
        expect(text(root(el).querySelector('#confirm-error'))).to.equal('Tick the box to confirm you have reviewed the answers, then submit.');
        expect(deepActive()).to.equal(root(el).querySelector('#confirm'));
      } finally {
        service.restore();
      }
    });

    it('submits once with an Idempotency-Key, then shows a submitted state that cannot be clicked again', async () => {
      const service = fakeService(created());
      try {
        const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
        await confirmAndSubmit(el);
        expect(service.calls).to.have.length(1);
        expect(service.calls[0]!.key).to.match(/^[0-9a-f-]{36}$/);
        expect(service.calls[0]!.body).to.deep.include({ status: 'submitted', level: 'district' });
        const done = root(el).querySelector('.done')!;
        expect(text(done)).to.match(/^Answers submitted Received on .+\. Thank you\. Reference sub-1, version 1\.$/);
        expect(submitButton(el), 'no submit button while nothing changed').to.equal(null);
        expect(deepActive()).to.equal(root(el).querySelector('#submitted-heading'));
      } finally {
        service.restore();
      }
    });

    it('retries a failed submission with the same key, in plain words with one button', async () => {
      const service = fakeService(new Response('boom', { status: 500 }), new TypeError('Failed to fetch'), created());
      try {
        const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
        await confirmAndSubmit(el);
        const alert = root(el).querySelector('.submit [role=alert]')!;
        expect(text(alert)).to.equal('The server could not save your answers (error 500). Nothing was lost. Try again.');
        expect([...root(el).querySelectorAll('.submit button')].map(text)).to.deep.equal(['Try again']);
        submitButton(el)!.click();
        await waitUntil(() => service.calls.length === 2);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(text(root(el).querySelector('.submit [role=alert]'))).to.equal('The server could not be reached. Nothing was lost. Check your connection and try again.');
        submitButton(el)!.click();
        await waitUntil(() => root(el).querySelector('.done'), 'not submitted');
        expect(service.calls.map((c) => c.key)).to.deep.equal([service.calls[0]!.key, service.calls[0]!.key, service.calls[0]!.key]);
        expect(new Set(service.calls.map((c) => JSON.stringify(c.body))).size, 'a retry sends the same body').to.equal(1);
        expect(rubricOf(el).value!.ratings['shared-purpose.student-centered-purpose']).to.deep.equal({ value: 1 });
      } finally {
        service.restore();
      }
    });

    it('tells what changed since submitting, and resubmits with a new key', async () => {
      const service = fakeService(created());
      try {
        const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
        await confirmAndSubmit(el);
        await show(el, 0);
        answer(el, 'shared-purpose.equity-focus', 4);
        answer(el, 'mutual-trust.relational-trust', 4);
        await el.updateComplete;
        expect(text(root(el).querySelector('.rate .notice'))).to.contain('You changed 2 answers since you submitted. The changes have not been sent.');
        await show(el, 2);
        expect(text(root(el).querySelector('.done .changes'))).to.equal('You changed 2 answers since you submitted. The changes have not been sent.');
        expect(text(submitButton(el))).to.equal('Submit the changes');
        await confirmAndSubmit(el);
        expect(service.calls).to.have.length(2);
        expect(service.calls[1]!.key).not.to.equal(service.calls[0]!.key);
        expect(root(el).querySelector('.done .changes')).to.equal(null);
      } finally {
        service.restore();
      }
    });

    it("shows the service's 422 issues as the fields a person knows, and 409/413/429 in plain words", async () => {
      const issues = { issues: [{ jsonPath: '$.ratings["shared-purpose.student-centered-purpose"].evidence', message: 'must be at most 10000 characters' }, { jsonPath: '$.schoolYear', message: 'must look like 2025-26' }] };
      const service = fakeService(
        new Response(JSON.stringify(issues), { status: 422 }),
        new Response('', { status: 409 }),
        new Response('', { status: 413 }),
        new Response('', { status: 429, headers: { 'retry-after': '30' } }),
      );
      try {
        const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" submit-url="/collect"></sos-self-assessment>');
        await confirmAndSubmit(el);
        const alert = () => root(el).querySelector('.submit [role=alert]')!;
        expect(text(alert().querySelector('p'))).to.equal('The server did not accept the answers (error 422). Nothing was lost. Fix what it found, then try again:');
        expect([...alert().querySelectorAll('li')].map(text)).to.deep.equal(['Evidence for “Student-Centered purpose”: must be at most 10000 characters', 'School year: must look like 2025-26']);
        await confirmAndSubmit(el);
        expect(text(alert())).to.match(/^This collection is closed and no longer accepts answers\. Nothing was lost/);
        await confirmAndSubmit(el);
        expect(text(alert())).to.contain('too large for the server to accept (error 413). Nothing was lost.');
        await confirmAndSubmit(el);
        expect(text(alert())).to.equal('The server is busy (error 429). Nothing was lost. Try again in 30 seconds.');
      } finally {
        service.restore();
      }
    });

    it('downloads the answers, with who answered, as JSON', async () => {
      const el = await reviewWithAnswers('<sos-self-assessment subject-name="Sample Unified" respondent-name="Lee Chen"></sos-self-assessment>');
      const saved: { name: string; blob: Promise<string> }[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, blob: fetch(this.href).then((r) => r.text()) });
      };
      try {
        [...root(el).querySelectorAll<HTMLButtonElement>('.review .actions button')].find((b) => text(b) === 'Download answers (JSON)')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(saved.map((x) => x.name)).to.deep.equal(['Sample-Unified-district.json']);
      expect((JSON.parse(await saved[0]!.blob) as Assessment).respondent).to.deep.equal({ name: 'Lee Chen' });
    });
  });

});
