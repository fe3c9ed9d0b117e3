// Renders every story of the built Storybook (storybook-static/) in Debian's Chromium and checks
// each for console errors, uncaught exceptions, failed requests, a failed render or play
// function, sideways scrolling at the story's viewport, and axe violations (WCAG 2.x A/AA and
// best practices, as the accessibility panel runs them). Docs pages are checked for errors too.
// The stories are the test cases: nothing here restates them.
//   npm run build-storybook && node scripts/check-stories.mjs [--filter text]
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FOREGROUND_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axeSource = await readFile(fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const filterAt = process.argv.indexOf('--filter');
const filter = filterAt > 0 ? process.argv[filterAt + 1] : undefined;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.ico': 'image/x-icon' };

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8').catch(() => {
  console.error('check-stories: storybook-static/index.json is missing; run "npm run build-storybook" first');
  process.exit(1);
}));
const entries = Object.values(index.entries).filter((entry) => !filter || entry.id.includes(filter));

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  if (!path.startsWith(root)) return response.writeHead(403).end();
  try {
    if ((await stat(path)).isFile()) return response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(await readFile(path));
  } catch {}
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_FOREGROUND_ARGS,
});

/** Waits until Storybook has finished rendering (and playing) and every sos-* element is settled. */
async function settled(page, viewMode) {
  if (viewMode === 'docs') await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 15_000 });
  else await page.waitForFunction(
    () => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render && ['finished', 'completed', 'errored', 'aborted'].includes(render.phase);
    },
    { timeout: 15_000, polling: 50 },
  );
  return page.evaluate(async () => {
    const elements = () => {
      const found = [];
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.tagName.startsWith('SOS-')) found.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    };
    // Frameworks load asynchronously: wait until no element is updating or loading, twice in a row.
    let quiet = 0;
    for (let round = 0; round < 100 && quiet < 2; round++) {
      const list = elements();
      const pending = await Promise.all(list.map((element) => element.updateComplete?.then((done) => !done) ?? false));
      const loading = list.some((element) => element.shadowRoot?.textContent?.includes('Loading') || element.shadowRoot?.textContent?.includes('Cargando'));
      quiet = pending.some(Boolean) || loading ? 0 : quiet + 1;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    return { phase: window.__STORYBOOK_PREVIEW__.currentRender?.phase, elements: elements().length };
  });
}

const failures = [];
let storiesChecked = 0;
let docsChecked = 0;
const started = performance.now();

/**
 * A page with its own record of problems, reset per entry. Each page gets its own browser context,
 * which headless Chromium shows in its own window: two tabs of one window would leave one hidden,
 * and a hidden page runs no animation frames, so an element that redraws on the next frame after
 * a resize never would (a phone story then "scrolled sideways" only when it landed on that tab).
 */
async function openPage() {
  const page = await (await browser.createBrowserContext()).newPage();
  if ((await page.evaluate(() => document.visibilityState)) !== 'visible') {
    console.error('check-stories: a checking page is hidden, so it would draw no frames; the checks would not be what a person sees');
    process.exit(1);
  }
  await page.setViewport({ width: 1200, height: 900 });
  page.problems = [];
  page.on('console', (message) => {
    // Failed requests are reported below with their URL; the browser's own message has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) page.problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    // Chromium asks every page for /favicon.ico by itself; that is not the story's doing.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => page.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  return page;
}

/**
 * The checker must be able to fail: an image without a text alternative, inside a shadow root
 * like the elements' own markup, has to be reported, or the run stops here.
 */
async function canary(page) {
  const story = entries.find((entry) => entry.type === 'story');
  if (!story) return;
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  await settled(page, 'story');
  await page.evaluate(axeSource);
  const caught = await page.evaluate(async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.querySelector('#storybook-root').append(host);
    const result = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'rule', values: ['image-alt'] } });
    host.remove();
    return result.violations.map((v) => v.id);
  });
  if (!caught.includes('image-alt')) {
    console.error('check-stories: axe did not report an image without alt text inside a shadow root; the checks would prove nothing');
    process.exit(1);
  }
}

async function check(page, entry) {
  page.problems = [];
  const problems = page.problems;
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
    const { phase, elements } = await settled(page, viewMode);
    if (phase === 'errored') problems.push('Storybook reports the render or play function failed');
    if (entry.type === 'story') {
      if (elements === 0) problems.push('no sos-* element rendered');
      // The manager sizes the frame for a story's viewport; here the page takes that size, and
      // nothing may scroll sideways at it.
      const viewport = await page.evaluate(() => {
        const story = window.__STORYBOOK_PREVIEW__.currentRender.story;
        const chosen = story.storyGlobals?.viewport?.value;
        const width = chosen ? story.parameters.viewport?.options?.[chosen]?.styles?.width : undefined;
        return width ? { name: chosen, width: parseInt(width, 10) } : undefined;
      });
      if (viewport) {
        await page.setViewport({ width: viewport.width, height: 800 });
        await settled(page, 'story');
        const { overflow, culprit } = await page.evaluate(() => {
          // Names the innermost visible element that reaches furthest right, so a failure says where to look.
          let culprit = '';
          let furthest = document.documentElement.clientWidth;
          const walk = (node, path) => {
            for (const element of node.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              const name = `${path}${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
              if (box.width > 0 && box.right >= furthest) [furthest, culprit] = [box.right, `${name} (right edge ${Math.round(box.right)} px)`];
              if (element.shadowRoot) walk(element.shadowRoot, `${name} > `);
            }
          };
          walk(document, '');
          return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, culprit };
        });
        if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px at ${viewport.width} px (${viewport.name}); furthest right: ${culprit || 'unknown'}`);
      }
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // Every rule, as the accessibility panel runs them (WCAG 2.x A/AA and best practices),
        // except "region": a story is a fragment of a page, without the page's landmarks.
        const result = await window.axe.run(document.querySelector('#storybook-root'), { rules: { region: { enabled: false } } });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
      });
      problems.push(...violations.map((v) => `axe ${v}`));
      if (viewport) await page.setViewport({ width: 1200, height: 900 });
      storiesChecked++;
    } else docsChecked++;
  } catch (error) {
    problems.push(`could not render: ${error.message}`);
  }
  console.log(`${problems.length === 0 ? '  ok ' : '  FAIL'} ${entry.id}`);
  for (const problem of problems) console.log(`         ${problem}`);
  if (problems.length > 0) failures.push(entry.id);
}

// Two pages (one per core); each entry loads in a fresh document, so stories cannot affect each
// other beyond what a story's own beforeEach cleans up.
const queue = [...entries];
const pages = await Promise.all(Array.from({ length: Math.min(2, Math.max(queue.length, 1)) }, openPage));
await canary(pages[0]);
await Promise.all(
  pages.map(async (page) => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await check(page, entry);
  }),
);

await browser.close();
server.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nstories: ${storiesChecked} stories and ${docsChecked} docs pages checked in ${seconds} s; ${failures.length} failed`);
if (failures.length > 0 || storiesChecked === 0) process.exit(1);
