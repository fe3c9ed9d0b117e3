// What a person does and sees on the demo page, in playwright-core terms: clicks and taps on the
// visible words, keys pressed one at a time, and what is on screen (text, focus, scroll). Nothing
// here reaches into an element's internals to change state.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * For a journey file: starts `startServer()` (the demo server, or the static one) and a browser
 * before its journeys and closes both after them. Returns them as `{ server, browser }`, filled
 * in once started.
 */
export function serveAndLaunch(startServer) {
  const running = { server: undefined, browser: undefined };
  before(async () => {
    running.server = await startServer();
    running.browser = await launch();
  });
  after(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}

/** A desktop visitor (1280×800) or a phone (360×740, touch). */
export async function visitor(browser, kind = 'desktop') {
  const context =
    kind === 'phone'
      ? await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 })
      : await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed submission the journey scripted on purpose is logged by the browser; that is not a fault.
    if (message.type() === 'error' && !message.location().url.includes('/api/submissions')) problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

/**
 * Runs a journey as a new visitor of `kind`, and after it requires that the page reported no
 * error; the visitor's browser context is closed whatever happens.
 */
export async function asVisitor(browser, kind, journey) {
  const { context, page, problems } = await visitor(browser, kind);
  try {
    await journey(page);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

/** Opens the demo and waits until the rubric shows its items. */
export async function openDemo(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
}

/** The text of the rubric's progress line, e.g. "12 of 45 answered". */
export function progressText(page) {
  return page.locator('sos-self-assessment sos-rubric #progress-text').first().innerText();
}

/** Facts about the focused element, through shadow roots. */
export function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    const box = active.getBoundingClientRect();
    return {
      tag: active.tagName.toLowerCase(),
      role: active.getAttribute('role'),
      type: active.getAttribute('type'),
      id: active.id,
      text: (active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      item: active.closest('fieldset[data-item]')?.getAttribute('data-item') ?? null,
      checked: active.checked ?? null,
      top: box.top,
      bottom: box.bottom,
      isBody: active === document.body,
    };
  });
}

/**
 * The first unanswered item the person can see (or scroll to) on the current page of the
 * rubric; when none is on screen, the rubric's "next unanswered" button takes them there.
 */
async function nextItem(page) {
  return page.evaluate(() => {
    const widget = document.querySelector('sos-self-assessment');
    const rubric = widget?.shadowRoot?.querySelector('sos-rubric');
    const sets = [...(rubric?.shadowRoot?.querySelectorAll('fieldset[data-item]') ?? [])];
    const open = sets.filter((set) => !set.hasAttribute('data-answered') && set.getClientRects().length > 0);
    return { visible: open[0]?.getAttribute('data-item') ?? null, left: sets.filter((set) => !set.hasAttribute('data-answered')).length };
  });
}

/** The centre of the words of answer `value` (e.g. "Initial Implementation") in an item, on screen. */
async function answerWordsAt(page, item, value) {
  return page.evaluate(
    ([id, wanted]) => {
      const rubric = document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric');
      const set = rubric.shadowRoot.querySelector(`fieldset[data-item="${CSS.escape(id)}"]`);
      const input = [...set.querySelectorAll('input[type=radio]')].find((radio) => {
        const label = radio.closest('label') ?? (radio.id ? set.querySelector(`label[for="${CSS.escape(radio.id)}"]`) : null);
        return label && new RegExp(`^\\s*${wanted}\\b`).test(label.textContent);
      });
      const label = input.closest('label') ?? set.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      // The words, not the radio circle: the last text node of the label with letters in it.
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      let words = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\p{L}{3,}/u.test(node.textContent)) words = node;
      label.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(words ?? label);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: (words ?? label).textContent.trim() };
    },
    [item, value],
  );
}

/**
 * Answers `count` items (or all) as a person does: finds the next unanswered item on screen,
 * clicks or taps the words of an answer, checks it was recorded. Values cycle through `values`.
 */
export async function answerItems(page, { count = Infinity, values = [3, 2, 4, 1, 5], input = 'mouse', onItem } = {}) {
  let done = 0;
  while (done < count) {
    let { visible, left } = await nextItem(page);
    if (left === 0) break;
    if (!visible) {
      const next = page.locator('sos-self-assessment sos-rubric').getByRole('button', { name: /next unanswered|siguiente sin responder/i }).first();
      await next.click();
      ({ visible } = await nextItem(page));
      if (!visible) throw new Error('"Next unanswered" did not bring an unanswered item on screen');
    }
    const value = values[done % values.length];
    const at = await answerWordsAt(page, visible, value);
    if (input === 'touch') await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    const recorded = await page.evaluate((id) => {
      const rubric = document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric');
      return rubric.shadowRoot.querySelector(`fieldset[data-item="${CSS.escape(id)}"]`)?.hasAttribute('data-answered') ?? false;
    }, visible);
    if (!recorded) {
      const y = await page.evaluate(() => scrollY);
      throw new Error(`clicking the words "${at.text}" of ${visible} recorded nothing (page scrolled to y=${Math.round(y)})`);
    }
    done++;
    await onItem?.(done, visible);
  }
  return done;
}

/** Is the element's box (at least its top) inside the viewport? */
export function inView(box, viewport) {
  return box !== null && box.y >= -1 && box.y < viewport.height - 10;
}

/** Every text of a PDF, pages joined. */
export async function pdfText(buffer) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(buffer), verbosity: 0, useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((item) => item.str).join(' '));
  return { pages: doc.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

/** The page's widget step heading that has focus, checked to be on screen. */
export async function expectFocusOnHeading(page, name) {
  await page.waitForFunction(
    (wanted) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active && /^H[1-6]$/.test(active.tagName) && active.textContent.trim() === wanted;
    },
    name,
    { timeout: 10000 },
  ).catch(async () => assert.fail(`focus should be on the heading "${name}", but is on ${JSON.stringify(await focused(page))}`));
  const where = await focused(page);
  const viewport = page.viewportSize();
  assert.ok(where.top >= -1 && where.top < viewport.height - 10, `the heading "${name}" should be scrolled into view (top ${Math.round(where.top)} of ${viewport.height})`);
}
