// End to end: the built drop-in bundle on the demo pages, served with a strict CSP, in Debian's
// Chromium. Checks that it renders with no errors or CSP violations, that answers survive a
// reload, that it submits, that it fits a 360 px phone, and that the standalone elements render.
import { CHROMIUM_ARGS, CHROMIUM_PATH as executablePath } from './chromium.mjs';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './serve-demo.mjs';

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
  else console.log(`  ok  ${message}`);
};

const server = await startDemoServer({ port: 0, quiet: true });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const shadow = (selector) => page.waitForFunction((s) => {
    const widget = document.querySelector('sos-self-assessment');
    const rubric = widget?.shadowRoot?.querySelector('sos-rubric');
    return rubric?.shadowRoot?.querySelector(s) ?? null;
  }, { timeout: 15000 }, selector);

  console.log('demo page (strict CSP):');
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  const csp = (await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')))) ?? '';
  check(csp.includes("script-src 'self'") && !csp.includes('unsafe'), 'served with script-src \'self\' and no unsafe-* allowance');
  await shadow('fieldset[data-item="shared-purpose.equity-focus"] input');
  const items = await page.evaluate(() => document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric').shadowRoot.querySelectorAll('fieldset[data-item]').length);
  check(items === 45, `the district instrument renders 45 items (got ${items})`);

  await page.evaluate(() => {
    const rubric = document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric');
    rubric.shadowRoot.querySelectorAll('fieldset[data-item="shared-purpose.equity-focus"] input')[3].click();
  });
  await page.reload({ waitUntil: 'load' });
  await shadow('.draft .notice');
  const restored = await page.evaluate(() => {
    const rubric = document.querySelector('sos-self-assessment').shadowRoot.querySelector('sos-rubric');
    return { value: rubric.value.ratings['shared-purpose.equity-focus']?.value, notice: rubric.shadowRoot.querySelector('.draft .notice').textContent.trim() };
  });
  check(restored.value === 4 && restored.notice.startsWith('Restored your saved draft'), 'an answer survives a reload, with a visible "restored" notice');

  const submitted = await page.evaluate(async () => {
    const widget = document.querySelector('sos-self-assessment');
    widget.goTo('export');
    return widget.submit();
  });
  check(submitted && server.submissions.length === 1 && server.submissions[0].ratings['shared-purpose.equity-focus'].value === 4, 'submit-url receives the assessment JSON');

  await page.setViewport({ width: 360, height: 740 });
  await page.evaluate(() => document.querySelector('sos-self-assessment').goTo('rate'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `usable at 360 px wide: no horizontal scrolling (overflow ${overflow}px)`);

  console.log('standalone elements page:');
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${server.url}/elements.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('sos-gap-table')?.shadowRoot?.querySelector('tbody tr') && document.querySelector('sos-radar-chart')?.shadowRoot?.querySelector('.series'), { timeout: 15000 });
  const counts = await page.evaluate(() => ({
    // Each series' markers are one path, a subpath per point; one focusable point walks them.
    points: [...document.querySelector('sos-radar-chart').shadowRoot.querySelectorAll('.series .marks')].reduce((sum, marks) => sum + (marks.getAttribute('d').match(/M/g) ?? []).length, 0),
    focusable: document.querySelector('sos-radar-chart').shadowRoot.querySelectorAll('.point[tabindex="0"]').length,
    rows: document.querySelector('sos-gap-table').shadowRoot.querySelectorAll('tbody tr').length,
    review: document.querySelector('sos-rubric').shadowRoot.querySelectorAll('.review-answer').length,
  }));
  check(counts.points === 54 && counts.focusable === 1 && counts.rows === 45 && counts.review === 32, `radar (54 points, one tab stop), gap table (45 rows) and review rubric (32 items) render (got ${JSON.stringify(counts)})`);

  check(problems.length === 0, `no console errors, page errors or CSP violations${problems.length ? `: ${problems.join('; ')}` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
if (failures.length > 0) {
  console.error(failures.map((f) => `e2e FAILED: ${f}`).join('\n'));
  process.exit(1);
}
