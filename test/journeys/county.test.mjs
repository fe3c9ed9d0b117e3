// Journeys through the demo county on the real demo server (the collection service on an
// in-memory database, seeded with the county's districts over three school years): the county
// page → the districts' system view → a district's team results beside the county office's, by
// pointer clicks and by keyboard only; and the county office rating a district as its partner
// through the partner page. They assert what the person sees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { asVisitor, answerItems, focused, serveAndLaunch } from './people.mjs';

const running = serveAndLaunch(() => startDemoServer({ port: 0, quiet: true }));

/** The visible text of the system view's table, row by row ("Organization | Shared Purpose | …"). */
function tableRows(page) {
  return page.evaluate(() => {
    const table = document.querySelector('sos-system-view').shadowRoot.querySelector('table[role=grid]');
    return [...table.querySelectorAll('tr[aria-rowindex]')].map((tr) => [...tr.cells].map((cell) => cell.innerText.replace(/\s+/g, ' ').trim()));
  });
}

/** Clicks the middle of a locator's box with the mouse, as a person aims at what they read. */
async function clickWords(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  assert.ok(box, 'the target is on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits until the system view shows its rows (the county's collections are seeded on first use). */
async function systemViewReady(page) {
  await page.locator('#system-status', { hasText: 'districts, school years' }).waitFor({ timeout: 180_000 });
  await page.locator('sos-system-view table[role=grid] tbody button.org').first().waitFor();
}

describe('a county office reading its districts with the mouse', () => {
  it('goes from the county page to the districts, sees scores, trends and suppressed teams, and opens a district’s team results', { timeout: 300_000 }, async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await page.goto(`${running.server.url}/county/`, { waitUntil: 'load' });
      await clickWords(page, page.getByRole('link', { name: 'Districts of the county' }).last());
      await page.waitForURL('**/county/system.html');
      await systemViewReady(page);
      assert.match(await page.locator('#system-status').innerText(), /^8 districts, school years 2023-24 to 2025-26\./);

      const rows = await tableRows(page);
      assert.equal(rows[0][0], 'Organization ▲', 'sorted by organization, A to Z');
      assert.deepEqual(
        rows.slice(1).map((r) => r[0]),
        ['Bahía Verde Unified', 'Cedar Ridge Elementary', 'Costa Azul Unified', 'Encinal Joint Union', 'Golden Oak Unified', 'Harbor View School District', 'Los Pinos Unified', 'Mesa Alta Unified'],
      );
      const costa = rows.find((r) => r[0] === 'Costa Azul Unified');
      // One decimal, its n and the change since last year as an arrow, a word and its size, all on
      // screen; the year it is measured from is in the caption.
      assert.match(costa[1], /^\d\.\d n = 4 (▲ up \+\d\.\d|▼ down -\d\.\d|▶ same)$/);
      const view = page.locator('sos-system-view');
      assert.equal(await view.locator('.caption').innerText(), 'Scores by organization, 2025-26, with the change since 2024-25');
      for (const row of rows.slice(1)) for (const cell of row.slice(1)) assert.match(cell, /^(Too few|\d\.\d n = \d+ (▲ up \+\d\.\d|▼ down -\d\.\d|▶ same))$/, `one precision, a visible change: ${cell}`);
      // The legend's ranges meet without overlapping, and say what "same" means.
      assert.deepEqual(await view.locator('.legend li').allInnerTexts(), ['1.0–1.7', '1.8–2.5', '2.6–3.3', '3.4–4.1', '4.2–5.0', 'Too few']);
      assert.match(await view.locator('.legend').innerText(), /▶ same: the score shown has not changed/);
      // The scrolling box ends on a row's edge at 1280 × 800: no row is cut in half.
      const edges = await view.evaluate((el) => {
        const box = el.shadowRoot.querySelector('.scroll');
        const inner = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
        return { inner, fits: box.scrollHeight <= box.clientHeight, rows: [...el.shadowRoot.querySelectorAll('tbody tr[aria-rowindex]')].map((tr) => tr.getBoundingClientRect().bottom) };
      });
      assert.ok(edges.fits || edges.rows.some((bottom) => Math.abs(bottom - edges.inner) <= 1), `the box ends on a row's edge (box ${edges.inner}, rows ${edges.rows.join(', ')})`);
      const encinal = rows.find((r) => r[0] === 'Encinal Joint Union');
      assert.ok(encinal.slice(1).every((cell) => cell === 'Too few'), 'a team of two shows no scores');

      await clickWords(page, page.locator('sos-system-view button.org', { hasText: 'Bahía Verde Unified' }));
      await page.locator('#district-heading', { hasText: 'Bahía Verde Unified, 2025-26: the district team and the county office' }).waitFor();
      await page.locator('#district-status', { hasText: '5 team members rated the district in 2025-26; the county office rated it as its partner.' }).waitFor();
      const results = page.locator('#district-results');
      await results.getByRole('heading', { name: 'Team results: Bahía Verde Unified, 2025-26' }).waitFor();
      assert.match(await results.locator('[part=heading]').innerText(), /5 raters · partner: 1 rater/);
      // The partner comparison: where the county office sees it higher or lower.
      const partner = await results.locator('[part=partner]').innerText();
      // One statistic, named: the grid shows medians, so does the comparison.
      assert.match(partner, /Item\tTeam \(median\)\tPartner \(median\)\tDifference\tHow the partner sees it/);
      assert.match(partner, /\nRelational trust\t\d\.\d\t\d\.\d\t[-+]?\d\.\d\t[▲▼]? ?(Higher|Lower|The same)/);
      // The comparison comes before the 45 item cards, under the summary, where a person comparing looks.
      const partnerTop = (await results.locator('[part=partner]').boundingBox()).y;
      const firstItemTop = (await results.locator('[part=item]').first().boundingBox()).y;
      assert.ok(partnerTop < firstItemTop, `the comparison (y ${Math.round(partnerTop)}) is above the items (y ${Math.round(firstItemTop)})`);
      // The trends of the opened district are drawn above the drill-down (their code loads when
      // a first district is opened, so wait for them as a person would).
      const trends = page.locator('sos-system-view').getByRole('heading', { name: 'Trends: Bahía Verde Unified' });
      await trends.waitFor();
      assert.equal(await trends.count(), 1);

      // Back to the districts: the person lands on the row they came from, in view.
      await clickWords(page, page.getByRole('button', { name: 'Back to the districts' }));
      await page.waitForFunction(() => document.querySelector('sos-system-view').shadowRoot.activeElement?.textContent.trim() === 'Bahía Verde Unified');
      const landed = await focused(page);
      assert.ok(landed.top >= 0 && landed.top < 800 - 20, `the district's row is on screen (top ${Math.round(landed.top)})`);

      // Another school year while the district is open: its drill-down follows the year shown.
      await page.locator('sos-system-view select').first().selectOption('2023-24');
      await page.locator('#district-heading', { hasText: 'Bahía Verde Unified, 2023-24: the district team and the county office' }).waitFor();
      await results.getByRole('heading', { name: 'Team results: Bahía Verde Unified, 2023-24' }).waitFor();
      await page.locator('#district-status', { hasText: 'rated the district in 2023-24' }).waitFor();
      await clickWords(page, page.locator('sos-system-view button.org', { hasText: 'Golden Oak Unified' }));
      await page.locator('#district-heading', { hasText: 'Golden Oak Unified, 2023-24' }).waitFor();
      await results.getByRole('heading', { name: 'Team results: Golden Oak Unified, 2023-24' }).waitFor();
      assert.match(await results.locator('[part=heading]').innerText(), /6 raters/);
      // US English in every word the view and the drill-down show.
      const words = await page.evaluate(() => {
        const all = (root) => [...root.querySelectorAll('*')].map((n) => (n.shadowRoot ? all(n.shadowRoot) : '') + (n.childNodes.length ? [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join(' ') : '')).join(' ');
        return all(document);
      });
      assert.doesNotMatch(words, /organis|colour/i);
    });
  });

  it('reads the same agreement on a condition as on its items, and the flags mark real disagreement', { timeout: 300_000 }, async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await page.goto(`${running.server.url}/county/system.html`, { waitUntil: 'load' });
      await systemViewReady(page);
      // Costa Azul's team of four rates every item with four different levels, three or four
      // points apart: half of them within a point of the median on every item.
      await clickWords(page, page.locator('sos-system-view button.org', { hasText: 'Costa Azul Unified' }));
      const results = page.locator('#district-results');
      await results.getByRole('heading', { name: 'Team results: Costa Azul Unified, 2025-26' }).waitFor();
      const agreements = await results.locator('table[part=groups] tbody tr td:last-child').allInnerTexts();
      assert.equal(agreements.length, 9, 'overall and eight conditions and roles');
      // Not 100 % on the conditions beside 50 % on their items: one measure, pooled over the items.
      assert.deepEqual([...new Set(agreements.map((a) => a.trim()))], ['50%']);
      const itemAgreements = (await results.locator('[part=item] dl div:nth-child(3) dd').allTextContents()).map((t) => t.trim());
      assert.deepEqual([...new Set(itemAgreements)], ['50%']);
      assert.match(await results.locator('table[part=groups]').locator('xpath=../..').locator('.note').innerText(), /^Agreement: the share of ratings within a point of their item's median/);
      // Every flag gives its reason in numbers a person can check on the card.
      const flags = (await results.locator('[part=flag]').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      assert.ok(flags.length > 0 && flags.every((f) => /ratings spread over [34] scale points( \(leaving out [^)]+\))?; only 50% agree within a point of the median/.test(f)), flags[0]);
      // A district whose team agrees has no flags and agreement near 100 % on both.
      await page.locator('sos-system-view select').first().selectOption('2024-25');
      await page.locator('#district-heading', { hasText: 'Costa Azul Unified, 2024-25' }).waitFor();
      await results.getByRole('heading', { name: 'Team results: Costa Azul Unified, 2024-25' }).waitFor();
      assert.equal(await results.locator('[part=flag]').count(), 0);
    });
  });
});

describe('a county office reading its districts with the keyboard only', () => {
  it('tabs into the grid, arrows to a district, opens it with Enter and lands on its results', { timeout: 300_000 }, async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await page.goto(`${running.server.url}/county/`, { waitUntil: 'load' });
      // From the top of the county page: Tab to the link, Enter.
      let guard = 0;
      while ((await focused(page))?.text !== 'Districts of the county' && guard++ < 30) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/county/system.html');
      await systemViewReady(page);
      guard = 0;
      while ((await focused(page))?.text !== 'Organization▲' && guard++ < 40) await page.keyboard.press('Tab');
      assert.equal((await focused(page))?.text, 'Organization▲', 'Tab reaches the grid at its first header');
      guard = 0;
      while ((await focused(page))?.text !== 'Harbor View School District' && guard++ < 12) await page.keyboard.press('ArrowDown');
      assert.equal((await focused(page))?.text, 'Harbor View School District');
      // Into the row's cells and back: the arrows move in two directions.
      await page.keyboard.press('ArrowRight');
      assert.match((await focused(page)).text, /^\d\.\d+ n = 4/);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'district-heading', undefined, { timeout: 30_000 });
      const heading = await focused(page);
      assert.equal(heading.text, 'Harbor View School District, 2025-26: the district team and the county office');
      assert.ok(heading.top >= -1 && heading.top < 800 - 10, `the opened district is scrolled into view (top ${Math.round(heading.top)})`);
      const results = page.locator('#district-results');
      await results.getByRole('heading', { name: 'Team results: Harbor View School District, 2025-26' }).waitFor();
      assert.match(await results.locator('[part=heading]').innerText(), /4 raters · partner: 1 rater/);
      // Tab to "Back to the districts", Enter: back on the cell the district was opened from.
      await page.keyboard.press('Tab');
      assert.equal((await focused(page))?.text, 'Back to the districts');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('sos-system-view').shadowRoot.activeElement?.tagName === 'TD');
      const cell = await focused(page);
      assert.match(cell.text, /^\d\.\d n = 4/);
      assert.equal(await page.evaluate(() => document.querySelector('sos-system-view').shadowRoot.activeElement.parentElement.querySelector('th').textContent.trim()), 'Harbor View School District');
      assert.ok(cell.top >= 0 && cell.top < 800 - 20, `the cell is on screen (top ${Math.round(cell.top)})`);
      // And forward again into the team results: its first control is reachable by Tab.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'district-heading', undefined, { timeout: 30_000 });
      guard = 0;
      while (!['select', 'input'].includes((await focused(page))?.tag) && guard++ < 10) await page.keyboard.press('Tab');
      assert.ok(['select', 'input'].includes((await focused(page))?.tag), 'Tab goes on into the team results');
    });
  });
});

describe('a county office on a 360 px phone', () => {
  it('taps a district in the system view and reads its team results without sideways scrolling', { timeout: 300_000 }, async () => {
    await asVisitor(running.browser, 'phone', async (page) => {
      // Against the phone's width, not innerWidth: a mobile browser widens its layout viewport to
      // fit content that overflows, so innerWidth would grow with the overflow.
      const sideways = async () => (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize().width;
      // The county's own page first: its long partner address wraps instead of widening the page.
      await page.goto(`${running.server.url}/county/`, { waitUntil: 'load' });
      await page.waitForFunction(() => /^https?:/.test(document.getElementById('partner-url')?.textContent ?? ''), undefined, { timeout: 60_000 });
      assert.ok((await sideways()) <= 0, 'the county page does not scroll sideways');
      await page.goto(`${running.server.url}/county/system.html`, { waitUntil: 'load' });
      await systemViewReady(page);
      assert.ok((await sideways()) <= 0, 'the page does not scroll sideways; the table scrolls in its own box');
      // The boxes for elements and capacities: one straight column, their words beside them.
      const view = page.locator('sos-system-view');
      const summary = view.locator('details.parts summary');
      const s = await summary.boundingBox();
      await page.touchscreen.tap(s.x + 20, s.y + s.height / 2);
      const checks = await view.evaluate((el) =>
        [...el.shadowRoot.querySelectorAll('.parts label.check')].map((label) => {
          const box = label.querySelector('input').getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(label);
          const words = [...range.getClientRects()].filter((r) => r.width > 0 && r.left > box.right);
          return { box: Math.round(box.left), words: Math.round(Math.min(...words.map((r) => r.left))), right: Math.round(label.getBoundingClientRect().right) };
        }),
      );
      assert.equal(checks.length, 8);
      assert.equal(new Set(checks.map((c) => c.box)).size, 1, `the boxes line up: ${JSON.stringify(checks)}`);
      assert.equal(new Set(checks.map((c) => c.words)).size, 1, `their words start at one edge: ${JSON.stringify(checks)}`);
      assert.ok(checks.every((c) => c.right <= 360), 'and fit the phone');
      await page.touchscreen.tap(s.x + 20, s.y + s.height / 2);
      // The caption stays where it is when the table scrolls sideways in its box.
      const caption = view.locator('.caption');
      const before = await caption.boundingBox();
      await view.evaluate((el) => (el.shadowRoot.querySelector('.scroll').scrollLeft = 400));
      const after = await caption.boundingBox();
      assert.equal(await view.evaluate((el) => el.shadowRoot.querySelector('.scroll').scrollLeft > 0), true, 'the table did scroll');
      assert.equal(after.x, before.x, 'the caption did not move');
      const district = page.locator('sos-system-view button.org', { hasText: 'Golden Oak Unified' });
      await district.scrollIntoViewIfNeeded();
      const box = await district.boundingBox();
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('#district-results').getByRole('heading', { name: 'Team results: Golden Oak Unified, 2025-26' }).waitFor();
      const heading = await page.locator('#district-heading').boundingBox();
      assert.ok(heading.y >= -1 && heading.y < 740, `the opened district's heading is on screen (y ${Math.round(heading.y)})`);
      assert.ok((await sideways()) <= 0, 'the team results fit the phone too');
    });
  });
});

describe('the county office rating a district as its partner', () => {
  it('opens the partner page from the county page, sees questions worded for the district, and submits into the partner link', { timeout: 300_000 }, async () => {
    await asVisitor(running.browser, 'desktop', async (page) => {
      await page.goto(`${running.server.url}/county/`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.getElementById('partner-url')?.textContent?.includes('/v1/respond/'));
      await clickWords(page, page.getByRole('link', { name: 'County office: rate Costa Azul Unified as its partner' }));
      await page.waitForURL('**/county/partner.html');
      await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
      assert.match(await page.locator('sos-self-assessment .intro').first().innerText(), /^How well does Costa Azul Unified do each of these\?/);
      await answerItems(page, { count: 3 });
      const widget = page.locator('sos-self-assessment');
      await clickWords(page, widget.getByRole('button', { name: /Review and submit/ }).first());
      const review = widget.locator('[part=review]');
      assert.match(await review.innerText(), /Sierra Vista COE/);
      await clickWords(page, review.getByText('I have reviewed the answers and they are ready to send.'));
      await clickWords(page, review.getByRole('button', { name: 'Submit answers' }));
      await review.getByRole('heading', { name: 'Answers submitted' }).waitFor({ timeout: 60_000 });
      // Stored as the collection's partner rating: a new version of the county office's one submission.
      const stored = (await running.server.service.store.submissions(running.server.service.demo.collectionId)).filter((s) => s.perspective === 'partner');
      assert.equal(stored.length, 1, 'the county office has one partner submission, now in a new version');
      assert.equal(stored[0].document.perspective.rater.name, 'Sierra Vista COE');
      assert.equal(stored[0].document.perspective.relationship, 'differentiated-assistance');
      assert.equal(Object.values(stored[0].document.ratings).filter((r) => typeof r.value === 'number').length, 3);
    });
  });
});
