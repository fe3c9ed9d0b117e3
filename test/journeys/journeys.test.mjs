// Journey tests: people using the BUILT demo page in Chromium, the way they do — clicking the
// words of an answer, tapping on a 360 px phone, keyboard only, in English and Spanish. They
// assert what the person sees: text, where focus is, what is scrolled into view.
//   npm run test:journeys          (builds first when the drop-in bundle is missing)
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { asVisitor, answerItems, expectFocusOnHeading, focused, inView, openDemo, pdfText, progressText, serveAndLaunch } from './people.mjs';
import { startStaticServer } from './static-server.mjs';

const TOTAL = 45; // items of the district rubric
const SUBJECT = 'Sample Unified School District';
const running = serveAndLaunch(() => startStaticServer());
const figures = {};
after(() => {
  if (Object.keys(figures).length > 0) console.log(`journey figures: ${JSON.stringify(figures)}`);
});

/** Has the item an answer on screen? */
function isAnswered(page, item) {
  return page.evaluate((id) => document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric').shadowRoot.querySelector(`fieldset[data-item="${CSS.escape(id)}"]`).hasAttribute('data-answered'), item);
}

/** A partner file as a county office would send it: the same district, rated by the COE. */
async function partnerFile(page) {
  const own = await page.evaluate(() => document.querySelector('sos-self-assessment').value);
  const ratings = Object.fromEntries(Object.keys(own.ratings).map((id, i) => [id, { value: 1 + ((i * 3) % 5) }]));
  return { ...own, perspective: { kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe' }, relationship: 'differentiated-assistance' }, ratings };
}

/** Answers POSTs to the demo's submit-url in turn with the given statuses; records each request. */
async function scriptedService(page, outcomes) {
  const requests = [];
  await page.route('**/api/submissions', async (route) => {
    const request = route.request();
    requests.push({ key: request.headers()['idempotency-key'], body: request.postData() });
    const outcome = outcomes[Math.min(requests.length - 1, outcomes.length - 1)];
    if (outcome === 'network') return route.abort('connectionrefused');
    if (outcome === 201) return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ id: 'sub-42', version: 1, receivedAt: '2026-11-23T12:00:00Z' }) });
    return route.fulfill({ status: outcome, contentType: 'text/plain', body: 'failure' });
  });
  return requests;
}

describe('a district team on a desktop, with the mouse, in English', () => {
  it('answers every item by clicking the words, survives a reload, sees results, compares, prints and submits through a failure', async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      await answerItems(page, { count: 20 });
      assert.equal(await progressText(page), `20 of ${TOTAL} answered`);
      const rubric = page.locator('sos-self-assessment sos-rubric');
      const where = () => rubric.locator('.toggle-where').textContent();
      const sectionBefore = await where();
      assert.doesNotMatch(sectionBefore, /^Section 1 of/, 'twenty answers in, the person is past the first section');
      const headingBefore = await rubric.locator('section[part=group]:not([hidden]) h2').innerText();

      await page.reload({ waitUntil: 'load' });
      await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
      assert.equal(await progressText(page), `20 of ${TOTAL} answered`, 'the answers come back after a reload');
      assert.match(await page.locator('sos-self-assessment sos-rubric [part=draft]').first().innerText(), /restored/i, 'and the page says it restored them');
      assert.equal(await where(), sectionBefore, 'and reopens the section the person was on');
      const heading = rubric.locator('section[part=group]:not([hidden]) h2');
      assert.equal(await heading.innerText(), headingBefore);
      assert.ok(inView(await heading.boundingBox(), page.viewportSize()), 'with its heading on screen');
      assert.equal((await focused(page))?.text, headingBefore, 'and focus on that heading');

      // Back to the first section from the stepper, to add evidence there.
      const firstStep = rubric.locator('nav[part=stepper] button.step').first();
      if (!(await firstStep.isVisible())) await rubric.locator('button.sections-toggle').click();
      await firstStep.click();
      await rubric.locator('section[data-index="0"]:not([hidden]) h2').waitFor();

      // Evidence on one item, typed as a person types.
      const evidence = page.locator('sos-self-assessment sos-rubric fieldset[data-item="shared-purpose.equity-focus"] textarea').first();
      if ((await evidence.count()) === 0 || !(await evidence.isVisible())) {
        const add = page.locator('sos-self-assessment sos-rubric fieldset[data-item="shared-purpose.equity-focus"]').getByRole('button', { name: /add evidence/i });
        if ((await add.count()) > 0) await add.first().click();
      }
      await evidence.click();
      await page.keyboard.type('Board minutes, March 2026');
      await answerItems(page);
      assert.equal(await progressText(page), `${TOTAL} of ${TOTAL} answered`);

      await page.getByRole('button', { name: 'See results' }).click();
      await expectFocusOnHeading(page, 'Results');
      const summary = await page.locator('sos-self-assessment [part=summary]').innerText();
      assert.match(summary, new RegExp(`${TOTAL} of ${TOTAL} items answered \\(100%\\)`));
      assert.match(summary, /Top priorities/);
      assert.ok((await page.locator('sos-self-assessment [part=summary] .priorities li').count()) > 0, 'priorities are listed in words');
      assert.ok(await page.locator('sos-self-assessment .chart').getByText(`Ratings by area: ${SUBJECT}`, { exact: true }).first().isVisible(), 'the chart has a visible title');

      // Load a partner rating through the visible button.
      const partner = await partnerFile(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load a comparison file…' }).click()]);
      await chooser.setFiles({ name: 'sierra-vista-coe.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(partner)) });
      await page.getByText('Comparing with: Partner rating by Sierra Vista COE').waitFor();
      await page.locator('sos-self-assessment sos-gap-table').getByText('Partner: Sierra Vista COE').first().waitFor();

      // A gap-table row takes the person back to that item in the rubric.
      const row = page.locator('sos-self-assessment sos-gap-table').getByRole('button', { name: /Equity focus/i }).first();
      await row.click();
      await page.waitForFunction(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.closest('fieldset[data-item]')?.getAttribute('data-item') === 'shared-purpose.equity-focus';
      });
      const back = await focused(page);
      assert.ok(back.top > 0 && back.bottom < 800, 'the item is on screen');

      // Print from the rating step: a report, not the page's controls.
      const printed = await pdfText(await page.pdf({ format: 'Letter', printBackground: false }));
      figures.reportPages = printed.pages;
      for (const expected of [`Self-assessment report: ${SUBJECT}`, 'Organization rated', 'Summary', 'Top priorities', 'Gaps by item', 'Every answer', 'Board minutes, March 2026', 'Equity focus']) {
        assert.ok(printed.text.includes(expected), `the printed report should contain "${expected}"`);
      }
      // The gap table's headers print as whole words ("Priority", never "Priorit y").
      assert.match(printed.text, /Item Condition or role .*Difference Priority/);
      assert.doesNotMatch(printed.text, /Priorit y|Differenc e|Conditio n/);
      for (const control of ['Clear saved answers', 'Next unanswered', 'See results', 'Load a comparison file']) {
        assert.ok(!printed.text.includes(control), `the printed report should not show the control "${control}"`);
      }

      // Review and submit: the server fails once, then stores it.
      const requests = await scriptedService(page, [500, 201]);
      await page.getByRole('button', { name: '3. Review and submit' }).click();
      await expectFocusOnHeading(page, 'Review and submit');
      const review = page.locator('sos-self-assessment [part=review]');
      assert.match(await review.innerText(), new RegExp(`You answered ${TOTAL} of ${TOTAL} items`));
      await review.getByLabel(/Your name/).fill('Lee Chen');
      await review.getByLabel(/School year/).selectOption({ index: 2 });
      await review.getByText('I have reviewed the answers and they are ready to send.').click();
      await review.getByRole('button', { name: 'Submit answers' }).click();
      await review.getByText('The server could not save your answers (error 500). Nothing was lost. Try again.').waitFor();
      assert.deepEqual(await review.locator('.submit').getByRole('button').allInnerTexts(), ['Try again'], 'one button, not Submit beside Try again');
      await review.getByRole('button', { name: 'Try again' }).click();
      await review.getByRole('heading', { name: 'Answers submitted' }).waitFor();
      await expectFocusOnHeading(page, 'Answers submitted');
      assert.equal(requests.length, 2);
      assert.ok(requests[0].key && requests[0].key === requests[1].key, 'the retry carries the same Idempotency-Key');
      const sent = JSON.parse(requests[1].body);
      assert.equal(sent.status, 'submitted');
      assert.deepEqual(sent.respondent, { name: 'Lee Chen' });
      assert.equal(Object.keys(sent.ratings).filter((id) => sent.ratings[id].value !== undefined).length, TOTAL);
      assert.equal(await review.getByRole('button', { name: /submit/i }).count(), 0, 'nothing to click twice after success');
    });
  });
});

describe('a district team on a phone (360 px), by touch, in Spanish', () => {
  it('switches to Spanish without a reload, taps answers, fits the screen, and submits after a network failure', async () => {
    await asVisitor(running.browser, 'phone', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      await page.locator('#lang').selectOption('es');
      await page.getByRole('button', { name: '1. Calificar' }).waitFor();
      assert.match(await progressText(page), /^0 de 45 respondidos$/);
      await answerItems(page, { count: 8, input: 'touch', values: [2, 3, 4] });
      assert.equal(await progressText(page), `8 de ${TOTAL} respondidos`);
      const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize().width;
      assert.ok(overflow <= 0, `no sideways scrolling on the rating step (${overflow}px too wide)`);

      await page.getByRole('button', { name: '2. Resultados' }).tap();
      await expectFocusOnHeading(page, 'Resultados');
      assert.match(await page.locator('sos-self-assessment [part=summary]').innerText(), /8 de 45 elementos respondidos/);
      assert.match(await page.locator('sos-self-assessment .chart .missing').innerText(), /Responda al menos \d+ de \d+ elementos de .+ para ver su puntuación\./);

      const requests = await scriptedService(page, ['network', 201]);
      await page.getByRole('button', { name: '3. Revisar y enviar' }).tap();
      await expectFocusOnHeading(page, 'Revisar y enviar');
      const review = page.locator('sos-self-assessment [part=review]');
      assert.match(await review.innerText(), /Solo 8 de 45 elementos tienen respuesta/);
      await review.getByRole('button', { name: 'Enviar respuestas' }).tap();
      await review.getByText('Marque la casilla para confirmar que revisó las respuestas y luego envíe.').waitFor();
      assert.equal(requests.length, 0, 'nothing is sent before the check');
      await review.getByText('Revisé las respuestas y están listas para enviar.').tap();
      await review.getByRole('button', { name: 'Enviar respuestas' }).tap();
      await review.getByText('No se pudo contactar con el servidor. No se perdió nada. Revise su conexión e intente de nuevo.').waitFor();
      await review.getByRole('button', { name: 'Intentar de nuevo' }).tap();
      await review.getByRole('heading', { name: 'Respuestas enviadas' }).waitFor();
      assert.equal(requests.length, 2);
      assert.equal(requests[0].key, requests[1].key);
      const overflowReview = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize().width;
      assert.ok(overflowReview <= 0, `no sideways scrolling on the review step (${overflowReview}px too wide)`);
    });
  });
});

describe('a district team with the keyboard only', () => {
  it('rates all 45 items and reaches the results without a mouse; keystrokes are counted', async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      let keys = 0;
      const press = async (key) => {
        keys++;
        await page.keyboard.press(key);
      };
      // From the top of the page: Tab until an answer of the first item has focus.
      let where = await focused(page);
      let guard = 0;
      while (!(where?.type === 'radio') && guard++ < 60) {
        await press('Tab');
        where = await focused(page);
      }
      assert.equal(where?.type, 'radio', 'Tab reaches the first answer');
      const values = [3, 2, 4, 1, 5];
      let answered = 0;
      guard = 0;
      while (answered < TOTAL && guard++ < 3000) {
        where = await focused(page);
        const open = where?.type === 'radio' && !(await isAnswered(page, where.item));
        if (open) {
          const value = values[answered % values.length];
          // The quickest way the rubric offers: its value's digit, then Enter to go on. Where
          // digits do nothing, Space picks the focused answer and each arrow picks the next.
          await press(String(value));
          if (await isAnswered(page, where.item)) {
            await press('Enter');
            if ((await focused(page))?.item === where.item) await press('Tab');
          } else {
            await press('Space');
            for (let i = 1; i < value; i++) await press('ArrowRight');
            await press('Tab');
          }
          answered++;
        } else if (where?.tag === 'button' && /^(next section|next|siguiente)/i.test(where.text) && !/unanswered|sin responder/i.test(where.text)) {
          await press('Enter');
        } else await press('Tab');
      }
      assert.equal(await progressText(page), `${TOTAL} of ${TOTAL} answered`);
      const ratingKeys = keys;
      guard = 0;
      while ((await focused(page))?.text !== 'See results' && guard++ < 400) await press('Tab');
      await press('Enter');
      await expectFocusOnHeading(page, 'Results');
      figures.keyboardKeystrokes = keys;
      figures.keyboardKeystrokesPerItem = Number((ratingKeys / TOTAL).toFixed(2));
    });
  });
});

describe('a stored draft that is damaged', () => {
  it('still shows the rubric, says what happened, and keeps the damaged copy until the person decides', async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      const damaged = '{"savedAt": "yesterday", "assessment": {"ratings": {';
      await page.evaluate((text) => localStorage.setItem('sos-kit:draft:demo-district', text), damaged);
      await page.reload({ waitUntil: 'load' });
      await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
      assert.equal(await progressText(page), `0 of ${TOTAL} answered`, 'the rubric renders and can be used');
      const draftArea = await page.locator('sos-self-assessment sos-rubric [part=draft]').first().innerText();
      assert.match(draftArea, /could not|cannot|saved copy|damaged|unreadable/i, 'the page tells the person their saved draft could not be restored');
      await answerItems(page, { count: 1 });
      const kept = await page.evaluate((text) => Object.keys(localStorage).some((key) => localStorage.getItem(key) === text || localStorage.getItem(key)?.includes(text)), damaged);
      assert.ok(kept, 'the damaged draft is kept (not overwritten) until the person decides');
    });
  });
});
