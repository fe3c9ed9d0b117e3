// npm run bench:components — render budgets of the elements, measured in Debian's Chromium
// against references in the same page and run. Figures, never assertions.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = await build({
  entryPoints: [`${root}bench/components/page.ts`],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  target: 'chrome123',
  conditions: ['browser', 'production'],
  alias: { '@sos-kit/core': `${root}packages/core/src/index.ts` },
  logLevel: 'error',
});
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><div id="stage" style="width:900px"></div><script type="module" src="/bench.js"></script></body></html>`;
const server = createServer((request, response) => {
  if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.outputFiles[0].text);
  else response.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await tab.setViewport({ width: 1000, height: 900 });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.benchResults, { timeout: 120_000, polling: 250 });
  const r = await tab.evaluate(() => window.benchResults);
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
  const line = (name, value, reference, budget) => {
    const ratio = value / reference;
    console.log(`  ${name.padEnd(44)} ${ms(value)}   ${ratio.toFixed(2)}× ${budget ? `(budget ≤ ${budget}×: ${ratio <= budget ? 'met' : 'MISSED'})` : ''}`);
  };
  console.log(`render budgets, median of 25 interleaved runs after 10 warm-up rounds, creation to first render with style and layout (${(await browser.version()).replace('HeadlessChrome/', 'Chromium ')}):\n`);
  console.log('radar, 18 axes × 3 series');
  line('sos-radar-chart vs Chart.js radar', r['radar: sos-radar-chart'], r['radar: Chart.js'], 0.25);
  line('sos-radar-chart vs minimal Lit SVG radar', r['radar: sos-radar-chart'], r['radar: minimal Lit SVG'], 2);
  console.log(`  (Chart.js ${ms(r['radar: Chart.js'])}, minimal Lit SVG ${ms(r['radar: minimal Lit SVG'])})`);
  console.log('rubric, district, 45 items');
  line('sos-rubric vs minimal Lit radio form', r['rubric: sos-rubric, district (45 items)'], r['rubric: minimal Lit radio form (45 items)'], 3);
  console.log(`  (minimal form ${ms(r['rubric: minimal Lit radio form (45 items)'])})`);
  console.log('gap table, 1,000 rows');
  line('sos-gap-table (first 100 rows shown) vs plain', r['gap table: sos-gap-table, 1,000 rows'], r['gap table: plain Lit table, 1,000 rows'], 1.2);
  line('sos-gap-table, page-size 0 (all rows) vs plain', r['gap table: sos-gap-table, all 1,000 rows (page-size 0)'], r['gap table: plain Lit table, 1,000 rows']);
  console.log(`  (plain table ${ms(r['gap table: plain Lit table, 1,000 rows'])})`);
  console.log('team results, 30 raters × 45 items');
  line('sos-team-results (aggregate) vs plain table', r['team results: sos-team-results, aggregate (30 raters × 45 items)'], r['team results: plain Lit table (30 raters × 45 items)'], 1.5);
  line('sos-team-results (assessments) vs plain table', r['team results: sos-team-results, 30 assessments (validated and aggregated)'], r['team results: plain Lit table (30 raters × 45 items)']);
  console.log(`  (plain table ${ms(r['team results: plain Lit table (30 raters × 45 items)'])})`);
} finally {
  await browser.close();
  server.close();
}
