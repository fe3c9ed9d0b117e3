// The demo site: a county-style page embedding <sos-self-assessment>, and the elements on their
// own. Every page is served with a strict Content Security Policy (no inline script, no eval),
// which is the embedding county web teams should be able to use. Storybook's static build is
// served alongside under /storybook/ (it is a development tool with inline scripts, so that path
// alone goes without the policy).
//   node scripts/serve-demo.mjs [--port 8080]        (npm start builds first, then runs this)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MOUNTS = [
  ['/sos-kit/', join(root, 'packages/components/dist/drop-in')],
  ['/frameworks/', join(root, 'packages/core/frameworks')],
  ['/storybook/', join(root, 'storybook-static')],
  ['/', join(root, 'demo')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async function demoGapReport() {
  const core = await import('../packages/core/dist/index.js');
  const framework = await core.loadBuiltInFramework('ca-sos-conditions-capacities');
  const subject = { name: 'Costa Azul Unified', type: 'district', id: 'costa-azul' };
  const self = core.createAssessment(framework, { level: 'district', subject, now: '2026-09-01T00:00:00Z' });
  const partner = core.createAssessment(framework, { level: 'district', subject, now: '2026-09-01T00:00:00Z', perspective: { kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe' }, relationship: 'differentiated-assistance' } });
  core.instrumentFor(framework, 'district').items.forEach((item, i) => {
    self.ratings[item.id] = { value: 1 + ((i * 7 + 2) % 5) };
    partner.ratings[item.id] = { value: 1 + ((i * 7 + 3) % 5) };
  });
  return core.analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner });
}

/** Starts the demo server; resolves with its URL and a way to stop it. */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', quiet = false } = {}) {
  const submissions = [];
  const gapReport = JSON.stringify(await demoGapReport());
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const strict = !url.pathname.startsWith('/storybook/');
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, ...(strict ? { 'content-security-policy': CSP } : {}), 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
      response.end(body);
    };
    if (url.pathname === '/api/submissions' && request.method === 'POST') {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      submissions.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      if (!quiet) console.log(`received submission ${submissions.length}`);
      return send(201, JSON.stringify({ received: submissions.length }), 'application/json');
    }
    if (url.pathname === '/api/demo/gap-report.json') return send(200, gapReport, 'application/json');
    const [prefix, directory] = MOUNTS.find(([p]) => url.pathname.startsWith(p));
    const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    let path = join(directory, relative);
    if (!path.startsWith(directory)) return send(403, 'Forbidden');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      return send(200, await readFile(path), TYPES[extname(path)] ?? 'application/octet-stream');
    } catch {
      const hint = { '/sos-kit/': 'Not built yet: run "npm run build".', '/storybook/': 'Not built yet: run "npm run build-storybook".' }[prefix];
      return send(404, hint ?? 'Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return { url: `http://${host}:${address.port}`, submissions, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--port');
  const port = Number(index > 0 ? process.argv[index + 1] : (process.env.PORT ?? 8080));
  const { url } = await startDemoServer({ port });
  console.log(`sos-kit demo:      ${url}/  (the elements on their own: ${url}/elements.html)`);
  console.log(`sos-kit Storybook: ${url}/storybook/  (live-reloading version for editing stories: npm run storybook)`);
  console.log('Served with a strict Content-Security-Policy. Stop with Ctrl+C.');
}
