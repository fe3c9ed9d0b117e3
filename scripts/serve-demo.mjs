// The demo site: a county-style page embedding <sos-self-assessment>, and the elements on their
// own. Every page is served with a strict Content Security Policy (no inline script, no eval),
// which is the embedding county web teams should be able to use. Storybook's static build is
// served alongside under /storybook/ (it is a development tool with inline scripts, so that path
// alone goes without the policy).
// The collection service (@sos-kit/server) runs in the same process on an embedded database in
// .data/demo-db (kept between runs): its API is under /v1/, the widget on / submits into a real
// collection, and /county/ shows a demo county's links and results.
//   node scripts/serve-demo.mjs [--port 8080] [--data-dir DIR]   (npm start builds first, then runs this)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

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

const SERVICE_PATHS = /^\/(v1\/|healthz$|openapi\.json$)/;
const BODY_LIMIT = 1024 * 1024;

/** The collection service on the embedded database, with the demo county seeded (once). */
async function startService(dataDir) {
  const server = await tsImport('../packages/server/src/index.ts', import.meta.url);
  return server.createService({ dataDir, demo: true });
}

/** Calls the service in-process: a Web Request in, a Web Response out. */
async function serviceJson(service, path, key) {
  const response = await service.app.fetch(new Request(`http://demo${path}`, { headers: { authorization: `Bearer ${key}` } }));
  return { status: response.status, body: await response.text() };
}

/**
 * Starts the demo server; resolves with its URL, the service, the documents the page's widget
 * submitted in this run (as stored), and a way to stop it. `dataDir` keeps the service's database
 * between runs (npm start uses .data/demo-db); without it the database lives in memory (tests).
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', quiet = false, dataDir = undefined } = {}) {
  const gapReport = JSON.stringify(await demoGapReport());
  const service = await startService(dataDir);
  const demo = service.demo;
  const submissions = [];
  const server = createServer(async (request, response) => {
    // Malformed URLs (a lone "%", a truncated escape) must answer 400, never end the process.
    let url;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      decodeURIComponent(url.pathname);
    } catch {
      url = undefined;
    }
    const strict = !url?.pathname.startsWith('/storybook/');
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      response.writeHead(status, { 'content-type': type, ...(strict ? { 'content-security-policy': CSP } : {}), 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...extra });
      response.end(body);
    };
    if (!url) return send(400, 'Bad request: the address is not a valid URL');
    if (SERVICE_PATHS.test(url.pathname)) return service.listener(request, response);
    if (url.pathname === '/api/submissions') {
      // The demo page's widget: its submission goes into the open demo collection of its level.
      if (request.method !== 'POST') return send(405, 'Use POST', 'text/plain; charset=utf-8', { allow: 'POST' });
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > BODY_LIMIT) return send(413, JSON.stringify({ error: 'payload_too_large', message: `the body is larger than ${BODY_LIMIT} bytes` }), 'application/json', { connection: 'close' });
      const chunks = [];
      let size = 0;
      for await (const chunk of request) {
        size += chunk.length;
        if (size > BODY_LIMIT) return send(413, JSON.stringify({ error: 'payload_too_large', message: `the body is larger than ${BODY_LIMIT} bytes` }), 'application/json', { connection: 'close' });
        chunks.push(chunk);
      }
      const body = Buffer.concat(chunks);
      let level;
      try {
        level = JSON.parse(body.toString('utf8'))?.level;
      } catch {
        level = undefined;
      }
      const target = demo.pageLinks.find((l) => l.level === level) ?? demo.pageLinks[0];
      const answer = await service.app.fetch(
        new Request(`http://demo/v1/respond/${target.token}`, {
          method: 'POST',
          headers: Object.fromEntries(['content-type', 'idempotency-key'].filter((h) => request.headers[h] !== undefined).map((h) => [h, String(request.headers[h])])),
          body,
        }),
      );
      const text = await answer.text();
      if (answer.status === 201) {
        submissions.push(JSON.parse(body.toString('utf8')));
        if (!quiet) console.log(`stored a ${target.level} submission: ${text}`);
      }
      return send(answer.status, text, answer.headers.get('content-type') ?? 'application/json');
    }
    if (url.pathname === '/api/demo/gap-report.json') return send(200, gapReport, 'application/json');
    if (url.pathname === '/api/demo/county.json') {
      // Demo only: the county's respondent links, so the static county pages can point at them.
      // (Keys never leave the server: results below are fetched with the owner key server-side.)
      return send(200, JSON.stringify({ county: demo.county, collectionId: demo.collectionId, teamSubmitUrl: `/v1/respond/${demo.teamToken}`, partnerSubmitUrl: `/v1/respond/${demo.partnerToken}` }), 'application/json');
    }
    if (url.pathname === '/api/demo/county-results.json') {
      const results = await serviceJson(service, `/v1/collections/${demo.collectionId}/results`, demo.ownerKey);
      const gaps = await serviceJson(service, `/v1/collections/${demo.collectionId}/gaps`, demo.ownerKey);
      return send(200, `{"results":${results.body},"gaps":${gaps.status === 200 ? gaps.body : 'null'}}`, 'application/json');
    }
    if (!['GET', 'HEAD'].includes(request.method ?? '')) return send(405, 'Method not allowed', 'text/plain; charset=utf-8', { allow: 'GET, HEAD' });
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
  return {
    url: `http://${host}:${address.port}`,
    service,
    submissions,
    close: async () => {
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
      await service.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const port = Number(option('--port') ?? process.env.PORT ?? 8080);
  const dataDir = option('--data-dir') ?? join(root, '.data', 'demo-db');
  const { url, close } = await startDemoServer({ port, dataDir });
  console.log(`sos-kit demo:      ${url}/  (the elements on their own: ${url}/elements.html)`);
  console.log(`sos-kit service:   ${url}/v1/  (database: ${dataDir}; API description ${url}/openapi.json; a demo county at ${url}/county/)`);
  console.log(`sos-kit Storybook: ${url}/storybook/  (live-reloading version for editing stories: npm run storybook)`);
  console.log('Served with a strict Content-Security-Policy. Stop with Ctrl+C.');
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
