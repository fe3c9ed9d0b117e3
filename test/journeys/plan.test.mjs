// Journey: from a rubric's results to an improvement plan (issue 11) on the BUILT demo page — a
// district team rates itself, presses "Start an improvement plan from these gaps", and works the
// three questions: a measure with 12 values on its run chart, a change idea with one PDSA cycle.
// Once with the mouse, once with the keyboard only; what is asserted is what the person sees.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { asVisitor, answerItems, expectFocusOnHeading, focused, openDemo, pdfText, serveAndLaunch } from './people.mjs';
import { startStaticServer } from './static-server.mjs';

const running = serveAndLaunch(() => startStaticServer());

/** Twelve monthly values of an interim measure: six around 2.5, then six higher (a shift). */
const VALUES = [
  ['2025-09-15', '2'],
  ['2025-10-15', '3'],
  ['2025-11-15', '2'],
  ['2025-12-15', '3'],
  ['2026-01-15', '2'],
  ['2026-02-15', '3'],
  ['2026-03-15', '5'],
  ['2026-04-15', '4'],
  ['2026-05-15', '6'],
  ['2026-06-15', '5'],
  ['2026-07-15', '6'],
  ['2026-08-15', '7'],
];
const QUESTION = 'Will a fifteen-minute data huddle each Monday help site leaders act on attendance?';

const widget = (page) => page.locator('sos-self-assessment');
const plan = (page) => page.locator('sos-self-assessment sos-improvement-plan');

/** What the person sees of the plan: the open question, the run chart's words, the cycles. */
async function planOnScreen(page) {
  return plan(page).evaluate((el) => {
    const root = el.shadowRoot;
    const words = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const chart = root.querySelector('sos-run-chart');
    return {
      question: words(root.querySelector('#question')),
      chart: chart ? words(chart.shadowRoot) : '',
      values: words(root.querySelector('details summary')),
      cycles: [...root.querySelectorAll('fieldset.cycle > legend')].map(words),
    };
  });
}

/** What the first run chart shows of its active point, and its data table's rows when shown. */
async function chartOnScreen(page) {
  return plan(page).evaluate((el) => {
    const root = el.shadowRoot.querySelector('sos-run-chart').shadowRoot;
    const words = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      readout: words(root.querySelector('[part=readout]')),
      slider: root.querySelector('[role=slider]')?.getAttribute('aria-valuetext') ?? null,
      focusedSlider: root.activeElement?.getAttribute('role') === 'slider',
      rows: [...root.querySelectorAll('table tbody tr')].map((row) => [...row.cells].map(words)),
    };
  });
}

/** The three-question plan, as the person downloads it with "Download plan (JSON)". */
async function downloadedPlan(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

function assertPlan(saved) {
  assert.equal(saved.aims.length, 3, 'three aims, drafted from the three largest gaps');
  assert.match(saved.aims[0].what, /^Raise “.+” from 1 to 4 on the rubric\.$/);
  assert.deepEqual(saved.measures[0].dataPoints.map((p) => [p.date, String(p.value)]), VALUES);
  const cycles = saved.changeIdeas.flatMap((idea) => idea.cycles ?? []);
  assert.equal(cycles.length, 1);
  assert.equal(cycles[0].plan.question, QUESTION);
}

describe('from the results to a plan, with the mouse', () => {
  it('drafts the plan from the gaps, records 12 values and a PDSA cycle, keeps them over a reload, and downloads them', async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      // Low ratings on the first items, higher on the rest: the first ones are the largest gaps.
      await answerItems(page, { count: 12, values: [1, 2, 1, 3, 1, 2, 4, 3, 2, 4, 3, 2] });
      await widget(page).getByRole('button', { name: 'See results' }).click();
      await expectFocusOnHeading(page, 'Results');

      const start = widget(page).getByRole('button', { name: 'Start an improvement plan from these gaps' });
      await start.click();
      await expectFocusOnHeading(page, 'From the results to a plan');
      assert.equal(await widget(page).locator('nav[part=steps]').first().locator('[aria-current=step]').innerText(), '4. Plan');
      assert.ok(await widget(page).getByText('A plan was drafted with 3 aims from the largest gaps.').isVisible());
      let seen = await planOnScreen(page);
      assert.equal(seen.question, 'What are we trying to accomplish?', 'the three questions come first');
      assert.match(await plan(page).locator('textarea#aim-0-what').inputValue(), /^Raise “.+” from 1 to 4 on the rubric\.$/);

      await plan(page).getByRole('button', { name: 'Next question' }).click();
      seen = await planOnScreen(page);
      assert.equal(seen.question, 'How will we know that a change is an improvement?');
      for (const [date, value] of VALUES) {
        await plan(page).locator('#m-0-date').fill(date);
        await plan(page).locator('#m-0-value').click();
        await page.keyboard.type(value);
        await plan(page).locator('fieldset.card').first().getByRole('button', { name: 'Add value', exact: true }).click();
      }
      seen = await planOnScreen(page);
      assert.equal(seen.values, 'Values (12)');
      assert.match(seen.chart, /Run chart of 12 points/);
      assert.match(seen.chart, /6 points above the median since .+: a shift/, 'the run chart names the shift in words');
      // The pointer on the last value reads it out; "Show data table" lists all twelve.
      const chart = plan(page).locator('sos-run-chart').first();
      await chart.locator('svg').scrollIntoViewIfNeeded();
      const last = await chart.evaluate((el) => {
        const svg = el.shadowRoot.querySelector('svg');
        const [x, y] = [...el.shadowRoot.querySelector('.data-line').getAttribute('d').matchAll(/[ML]([\d.]+) ([\d.]+)/g)].at(-1).slice(1, 3).map(Number);
        const at = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
        return { x: at.x, y: at.y };
      });
      await page.mouse.move(last.x, last.y);
      assert.match((await chartOnScreen(page)).readout, /^Aug 15, 2026: 7\b.*above the median; part of a shift$/);
      await chart.getByRole('button', { name: 'Show data table' }).click();
      const { rows } = await chartOnScreen(page);
      assert.equal(rows.length, 12);
      assert.deepEqual(rows[0].slice(0, 1), ['Sep 15, 2025']);

      await plan(page).getByRole('button', { name: 'Next question' }).click();
      assert.equal((await planOnScreen(page)).question, 'What change can we make that will result in improvement?');
      await plan(page).locator('fieldset.card').first().getByRole('button', { name: 'Start a PDSA cycle' }).click();
      await plan(page).locator('#i-0-c-0-question').click();
      await page.keyboard.type(QUESTION);
      assert.deepEqual((await planOnScreen(page)).cycles, ['PDSA cycle 1 — Planning']);

      // Nothing is lost on reload: the step, the values and the cycle come back.
      await page.reload({ waitUntil: 'load' });
      await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
      await widget(page).getByRole('button', { name: '4. Plan' }).click();
      await expectFocusOnHeading(page, 'From the results to a plan');
      await plan(page).getByRole('button', { name: '3. What change can we make that will result in improvement?' }).click();
      assert.equal(await plan(page).locator('#i-0-c-0-question').inputValue(), QUESTION);

      assertPlan(await downloadedPlan(page, () => plan(page).getByRole('button', { name: 'Download plan (JSON)' }).click()));

      // Printed from the plan step: the plan names the district it is for, once, under its title.
      const printed = await pdfText(await page.pdf({ format: 'Letter', printBackground: false }));
      const count = (text) => printed.text.split(text).length - 1;
      assert.equal(count('Improvement plan'), 1, 'the plan title is printed once');
      assert.ok(printed.text.includes('For Sample Unified School District'), 'the printed plan says whose plan it is');
      assert.ok(printed.text.indexOf('For Sample Unified School District') < printed.text.indexOf('Aim 1'), 'at the top, before the first aim');
      assert.ok(printed.pages >= 3, 'each aim starts its own page');
    });
  });
});

describe('from the results to a plan, with the keyboard only', () => {
  it('reaches the plan, records 12 values and a PDSA cycle without a mouse', async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      // Setting up: a few answers (the keyboard rating journey is in journeys.test.mjs).
      await answerItems(page, { count: 6, values: [1, 2, 1, 3, 1, 2] });
      let keys = 0;
      const press = async (key) => {
        keys++;
        await page.keyboard.press(key);
      };
      /** Tabs (forward, or back with Shift) until the focused element's text or id matches. */
      const tabTo = async (matches, what, { back = false, limit = 400 } = {}) => {
        for (let i = 0; i < limit; i++) {
          const where = await focused(page);
          if (where && matches(where)) return where;
          await press(back ? 'Shift+Tab' : 'Tab');
        }
        assert.fail(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
      };
      await tabTo((f) => f.text === 'See results', '"See results"');
      await press('Enter');
      await expectFocusOnHeading(page, 'Results');
      await tabTo((f) => f.text === 'Start an improvement plan from these gaps', 'the plan button');
      await press('Enter');
      await expectFocusOnHeading(page, 'From the results to a plan');
      assert.equal((await planOnScreen(page)).question, 'What are we trying to accomplish?');

      await tabTo((f) => f.text === 'Next question', '"Next question"');
      await press('Enter');
      assert.equal((await planOnScreen(page)).question, 'How will we know that a change is an improvement?');
      await tabTo((f) => f.id === 'm-0-date', 'the date of a new value');
      for (const [date, value] of VALUES) {
        const [year, month, day] = date.split('-');
        // A date field takes its parts in the order the browser shows them (month, day, year here).
        await page.keyboard.type(`${month}${day}${year}`);
        assert.equal(await plan(page).locator('#m-0-date').inputValue(), date, 'the typed date is read as the person meant it');
        // Tab leaves the date's last part (Chromium may stop once more inside the field).
        await tabTo((f) => f.id === 'm-0-value', 'the value', { limit: 4 });
        await page.keyboard.type(value);
        await press('Enter'); // submits the small "add a value" form; focus returns to its date
        assert.equal((await focused(page)).id, 'm-0-date', 'focus goes back to the date for the next value');
      }
      const seen = await planOnScreen(page);
      assert.equal(seen.values, 'Values (12)');
      assert.match(seen.chart, /6 points above the median since .+: a shift/);
      // Back into the run chart: one tab stop, then the arrow keys read value after value.
      await tabTo((f) => f.role === 'slider', "the run chart's points", { back: true, limit: 6 });
      let chart = await chartOnScreen(page);
      assert.ok(chart.focusedSlider, 'the chart takes focus as a slider over its points');
      assert.match(chart.readout, /^Sep 15, 2025: 2\b/);
      await press('End');
      chart = await chartOnScreen(page);
      assert.match(chart.slider, /^Aug 15, 2026: 7\b.*above the median; part of a shift$/);
      assert.equal(chart.readout, chart.slider);
      await press('ArrowLeft');
      assert.match((await chartOnScreen(page)).readout, /^Jul 15, 2026: 6\b/);
      await tabTo((f) => f.text === 'Show data table', '"Show data table"', { limit: 3 });
      await press('Enter');
      assert.equal((await chartOnScreen(page)).rows.length, 12);

      await tabTo((f) => f.text === 'Next question', '"Next question"');
      await press('Enter');
      assert.equal((await planOnScreen(page)).question, 'What change can we make that will result in improvement?');
      await tabTo((f) => f.text === 'Start a PDSA cycle', '"Start a PDSA cycle"');
      await press('Enter');
      // The new cycle opens above its button: its first question is a few Shift+Tabs back.
      await tabTo((f) => f.id === 'i-0-c-0-question', "the cycle's question", { back: true, limit: 30 });
      await page.keyboard.type(QUESTION);
      assert.deepEqual((await planOnScreen(page)).cycles, ['PDSA cycle 1 — Planning']);

      await tabTo((f) => f.text === 'Download plan (JSON)', 'the download button');
      assertPlan(await downloadedPlan(page, () => press('Enter')));
      console.log(`plan journey by keyboard: ${keys} keystrokes from the rubric to a downloaded plan`);
    });
  });
});

describe('a measure’s values on a phone', () => {
  it('lists 12 values in short rows at 360 px; a tap removes one, focus stays in the list, and Undo puts it back', async () => {
    await asVisitor(running.browser, 'phone', async (page) => {
      await openDemo(page, `${running.server.url}/`);
      await answerItems(page, { count: 6, values: [1, 2, 1, 3, 1, 2], input: 'touch' });
      await widget(page).getByRole('button', { name: 'See results' }).tap();
      await widget(page).getByRole('button', { name: 'Start an improvement plan from these gaps' }).tap();
      await plan(page).getByRole('button', { name: 'Next question' }).tap();
      for (const [date, value] of VALUES) {
        await plan(page).locator('#m-0-date').fill(date);
        await plan(page).locator('#m-0-value').fill(value);
        await plan(page).locator('fieldset.card').first().getByRole('button', { name: 'Add value', exact: true }).tap();
      }
      const list = plan(page).locator('fieldset.card').first().locator('details');
      await list.locator('summary').tap();
      const rows = list.locator('li');
      assert.equal(await rows.count(), 12);
      assert.equal((await rows.first().innerText()).replace(/\s+/g, ' ').trim(), 'Sep 15, 2025 2 rubric level Remove');
      const remove = list.getByRole('button', { name: 'Remove the value of Oct 15, 2025', exact: true });
      const box = await remove.boundingBox();
      assert.ok(box.width >= 24 && box.height >= 24, `the remove button is at least 24 px each way (${box.width}×${box.height})`);
      assert.ok((await rows.first().boundingBox()).height < box.height * 1.6, 'one value, one short row (its value under its date where the row is narrow)');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll');

      await remove.tap();
      assert.equal(await rows.count(), 11);
      assert.equal((await focused(page)).text, 'Remove', 'focus stays in the list');
      assert.equal(await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active.getAttribute('aria-label');
      }), 'Remove the value of Nov 15, 2025', 'on the row that took its place');
      await list.getByRole('button', { name: 'Undo' }).tap();
      assert.equal(await rows.count(), 12);
      assert.equal((await list.locator('summary').innerText()).trim(), 'Values (12)');
    });
  });
});
