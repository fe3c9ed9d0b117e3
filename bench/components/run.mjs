// npm run bench:components — render budgets of the elements, measured in Debian's Chromium
// against references in the same page and run. Figures, never assertions.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A benchmark page's script, bundled and minified as a production site would ship it. */
const bundle = async (entry) =>
  (
    await build({
      entryPoints: [`${root}bench/components/${entry}`],
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      target: 'chrome123',
      conditions: ['browser', 'production'],
      alias: { '@sos-kit/core': `${root}packages/core/src/index.ts` },
      logLevel: 'error',
    })
  ).outputFiles[0].text;
const warmBundle = await bundle('page.ts');
// Cold radar runs: one bundle per chart, so each page loads only the code it measures.
const coldCharts = { 'sos-radar-chart': 'sos-radar-chart', 'minimal Lit SVG radar': 'minimal-lit-radar', 'Chart.js radar': 'chart-js-radar' };
const coldBundles = new Map();
for (const file of Object.values(coldCharts)) coldBundles.set(file, await bundle(`cold/${file}.ts`));
const coldPage = (file) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold</title></head><body><div id="stage" style="width:600px"></div><script type="module" src="/cold/${file}.js"></script></body></html>`;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><div id="stage" style="width:900px"></div><script type="module" src="/bench.js"></script></body></html>`;
// The pages are cross-origin isolated: only then does performance.now() tick in 5 µs steps
// rather than 100 µs, which is most of a 1–2 ms render: medians of coarse samples moved ratios by
// tenths (2.0 / 1.2 ms read 1.67× where finer timing gives 1.85×).
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const html = { 'content-type': 'text/html', ...ISOLATED };
const js = { 'content-type': 'text/javascript', ...ISOLATED };
const server = createServer((request, response) => {
  const cold = /^\/cold\/([\w-]+)\.(js|html)$/.exec(request.url ?? '');
  if (cold && coldBundles.has(cold[1])) {
    if (cold[2] === 'js') response.writeHead(200, js).end(coldBundles.get(cold[1]));
    else response.writeHead(200, html).end(coldPage(cold[1]));
  } else if (request.url === '/bench.js') response.writeHead(200, js).end(warmBundle);
  else response.writeHead(200, html).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
const COLD_RUNS = 15;
/** `node bench/components/run.mjs <word>`: only the cases whose names contain the word ("radar", "run chart", …). */
const only = process.argv[2];
const wanted = (name) => !only || name.includes(only);
try {
  // Cold: every measurement is a page load in a fresh browser context (empty cache, fresh
  // renderer), as a visitor arrives; the charts take turns so each sees the same machine state.
  const cold = Object.fromEntries(Object.keys(coldCharts).map((name) => [name, []]));
  for (let round = 0; round < (wanted('radar') ? COLD_RUNS : 0); round++) {
    for (const [name, file] of Object.entries(coldCharts)) {
      const context = await browser.createBrowserContext();
      try {
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`page error (${name}): ${error.message}`));
        await tab.setViewport({ width: 1000, height: 900 });
        await tab.goto(`http://127.0.0.1:${server.address().port}/cold/${file}.html`);
        await tab.waitForFunction(() => window.benchResult !== undefined, { timeout: 60_000, polling: 50 });
        cold[name].push(await tab.evaluate(() => window.benchResult));
      } finally {
        await context.close();
      }
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const c = Object.fromEntries(Object.entries(cold).map(([name, values]) => [name, median(values)]));
  const coldLine = (name, value, reference, budget) => {
    const ratio = value / reference;
    console.log(`  ${name.padEnd(44)} ${`${value.toFixed(1)} ms`.padStart(9)}   ${ratio.toFixed(2)}× ${budget ? `(budget ≤ ${budget}×: ${ratio <= budget ? 'met' : 'MISSED'})` : ''}`);
  };
  if (wanted('radar')) {
    console.log(`radar, 18 axes × 3 series at 600 px, COLD: median of ${COLD_RUNS} page loads, each in a fresh browser context; construct → drawn and settled (style, layout, no redraw in the next 3 frames)`);
    coldLine('sos-radar-chart vs Chart.js radar', c['sos-radar-chart'], c['Chart.js radar'], 0.25);
    coldLine('sos-radar-chart vs minimal Lit SVG radar', c['sos-radar-chart'], c['minimal Lit SVG radar'], 2);
    console.log(`  (Chart.js ${c['Chart.js radar'].toFixed(1)} ms, minimal Lit SVG ${c['minimal Lit SVG radar'].toFixed(1)} ms)\n`);
  }
  // The warm cases share one page; it is opened only when one of them is wanted.
  if (['rubric', 'gap table', 'team results', 'run chart', 'system view'].some(wanted)) {

    const tab = await browser.newPage();
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await tab.setViewport({ width: 1000, height: 900 });
    await tab.goto(`http://127.0.0.1:${server.address().port}/${only ? `?only=${encodeURIComponent(only)}` : ''}`);
    if (!(await tab.evaluate(() => crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated: its timer would be coarse (100 µs)');
    await tab.waitForFunction(() => window.benchResults, { timeout: 120_000, polling: 250 });
    const r = await tab.evaluate(() => window.benchResults);
    const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
    const line = (name, value, reference, budget) => {
      if (value === undefined || reference === undefined) return;
      const ratio = value / reference;
      console.log(`  ${name.padEnd(44)} ${ms(value)}   ${ratio.toFixed(2)}× ${budget ? `(budget ≤ ${budget}×: ${ratio <= budget ? 'met' : 'MISSED'})` : ''}`);
    };
    console.log(`render budgets, median of 25 interleaved runs after 10 warm-up rounds, creation to first render with style and layout (${(await browser.version()).replace('HeadlessChrome/', 'Chromium ')}):\n`);
    if (wanted('rubric')) {
      console.log('rubric, district, 45 items');
      line('sos-rubric vs minimal Lit radio form', r['rubric: sos-rubric, district (45 items)'], r['rubric: minimal Lit radio form (45 items)'], 3);
      console.log(`  (minimal form ${ms(r['rubric: minimal Lit radio form (45 items)'])})`);
    }
    if (wanted('gap table')) {
      console.log('gap table, 1,000 rows');
      line('sos-gap-table (first 100 rows shown) vs plain', r['gap table: sos-gap-table, 1,000 rows'], r['gap table: plain Lit table, 1,000 rows'], 1.2);
      line('sos-gap-table, page-size 0 (all rows) vs plain', r['gap table: sos-gap-table, all 1,000 rows (page-size 0)'], r['gap table: plain Lit table, 1,000 rows']);
      console.log(`  (plain table ${ms(r['gap table: plain Lit table, 1,000 rows'])})`);
    }
    if (wanted('team results')) {
      console.log('team results, 30 raters × 45 items');
      line('sos-team-results (aggregate) vs plain table', r['team results: sos-team-results, aggregate (30 raters × 45 items)'], r['team results: plain Lit table (30 raters × 45 items)'], 1.5);
      line('sos-team-results (assessments) vs plain table', r['team results: sos-team-results, 30 assessments (validated and aggregated)'], r['team results: plain Lit table (30 raters × 45 items)']);
      console.log(`  (plain table ${ms(r['team results: plain Lit table (30 raters × 45 items)'])})`);
    }
    if (wanted('run chart')) {
      console.log('run chart, 200 points at 900 × 380 px');
      line('sos-run-chart vs minimal Lit SVG polyline', r['run chart: sos-run-chart, 200 points'], r['run chart: minimal Lit SVG polyline, 200 points'], 1.5);
      console.log(`  (minimal polyline ${ms(r['run chart: minimal Lit SVG polyline, 200 points'])})`);
    }
    if (wanted('system view')) {
      console.log('system view, 1,000 organisations × 18 elements (with their 4 conditions: 22 columns). First screen = the first page of 50 organisations:');
      console.log('  the plain table renders those 50 rows; the element checks, indexes and sorts all 1,000 and renders the rows its scrolling box shows');
      line('sos-system-view vs plain table, same 50 rows', r['system view: sos-system-view, 1,000 × 18 elements (first page)'], r['system view: plain Lit table, first 50 rows × 22 cells'], 1.2);
      line('sos-system-view vs plain table of all 1,000 rows', r['system view: sos-system-view, 1,000 × 18 elements (first page)'], r['system view: plain Lit table, all 1,000 rows × 22 cells']);
      console.log(`  (plain table ${ms(r['system view: plain Lit table, first 50 rows × 22 cells'])} for 50 rows, ${ms(r['system view: plain Lit table, all 1,000 rows × 22 cells'])} for 1,000; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')})`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
