// Journey: the county office rates Costa Azul Unified as its partner on the demo's partner page
// (the real demo server), on a desktop with the mouse and on a 360 px phone by touch. Every text
// it reads speaks about the district — the question and the meaning of each scale level — and
// never in the district's own "we". It asserts what the person sees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { answerItems, asVisitor, serveAndLaunch } from './people.mjs';

const running = serveAndLaunch(() => startDemoServer({ port: 0, quiet: true }));

const FIRST_PERSON = /\b(we|our|us)\b/i;

/** What the person reads about the answer they chose, and the scale key, as on screen. */
function meanings(page) {
  return page.evaluate(() => {
    const rubric = document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric').shadowRoot;
    const text = (node) => (node?.innerText ?? '').replace(/\s+/g, ' ').trim();
    return {
      prompt: text(rubric.querySelector('section[part=group]:not([hidden]) .prompt')),
      chosen: [...rubric.querySelectorAll('section[part=group]:not([hidden]) .meaning')].map(text),
      key: [...rubric.querySelectorAll('dl.scale-key dd')].map((dd) => dd.textContent.replace(/\s+/g, ' ').trim()),
    };
  });
}

for (const kind of ['desktop', 'phone']) {
  describe(`the county office rating a district as its partner (${kind})`, () => {
    it('reads the question and every scale meaning about the district, not in the district\'s voice', { timeout: 300_000 }, async () => {
      await asVisitor(running.browser, kind, async (page) => {
        await page.goto(`${running.server.url}/county/partner.html`, { waitUntil: 'load' });
        await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
        // Beginning Development (2), then Full Implementation (4), picked by their words.
        await answerItems(page, { count: 2, values: [2, 4], input: kind === 'phone' ? 'touch' : 'mouse' });
        const seen = await meanings(page);
        assert.equal(seen.prompt, 'How well does Costa Azul Unified have each of these in place?');
        assert.deepEqual(seen.chosen, [
          '2 Beginning Development: The organization has started planning or building it, but it is not yet part of how the organization works.',
          '4 Full Implementation: It is in place across the organization and part of how the organization routinely works.',
        ]);
        assert.equal(seen.key.length, 5);
        for (const meaning of seen.key) assert.doesNotMatch(meaning, FIRST_PERSON, `the scale key says "${meaning}"`);
        if (kind === 'phone') {
          // The scale key open, as a person checks what the levels mean.
          const summary = page.locator('sos-self-assessment sos-rubric details.scale summary');
          await summary.scrollIntoViewIfNeeded();
          const box = await summary.boundingBox();
          await page.touchscreen.tap(box.x + 20, box.y + box.height / 2);
          await page.locator('sos-self-assessment sos-rubric details.scale[open]').waitFor();
          // Against the phone's own width: a mobile browser widens innerWidth along with any overflow.
          const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize().width;
          assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow} px too wide)`);
        }
      });
    });
  });
}
