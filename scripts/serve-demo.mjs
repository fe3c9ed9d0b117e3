// The demo site: a county-style page embedding <sos-self-assessment>, and the elements on their
// own. Every page is served with a strict Content Security Policy (no inline script, no eval),
// which is the embedding county web teams should be able to use. Storybook's static build is
// served alongside under /storybook/ (it is a development tool with inline scripts, so that path
// alone goes without the policy).
// The collection service (@sos-kit/server) runs in the same process on an embedded database in
// .data/demo-db (kept between runs): its API is under /v1/, the widget on / submits into a real
// collection, and /county/ shows a demo county's links and results, and its districts over three
// school years (/county/system.html) with a drill-down into each district's team results.
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
async function serviceJson(service, path, key, { method = 'GET', body = undefined, headers = {} } = {}) {
  const response = await service.app.fetch(
    new Request(`http://demo${path}`, { method, headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );
  return { status: response.status, body: await response.text() };
}

// The county's other districts, and three school years of each: what the county's system view
// shows. Costa Azul's 2025-26 collection is the one the service's own demo seeds.
const SCHOOL_YEARS = ['2023-24', '2024-25', '2025-26'];
const DISTRICTS = [
  { id: 'costa-azul', name: 'Costa Azul Unified', team: 4 },
  { id: 'bahia-verde', name: 'Bahía Verde Unified', team: 5 },
  { id: 'cedar-ridge', name: 'Cedar Ridge Elementary', team: 3 },
  // A team of two: its cells are suppressed (too few raters to show a score).
  { id: 'encinal', name: 'Encinal Joint Union', team: 2 },
  { id: 'golden-oak', name: 'Golden Oak Unified', team: 6 },
  { id: 'harbor-view', name: 'Harbor View School District', team: 4 },
  { id: 'los-pinos', name: 'Los Pinos Unified', team: 3 },
  { id: 'mesa-alta', name: 'Mesa Alta Unified', team: 5 },
];

/** A small deterministic hash → 0..1, so the demo's ratings vary without randomness. */
function noise(...parts) {
  let h = 2166136261;
  for (const p of parts) h = Math.imul(h ^ (p + 0x9e3779b9), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

/**
 * Seeds (once) the county's district collections over three school years through the service's
 * own API with the county admin's key: a collection per district and year, a team link and a
 * partner link, each team member's ratings and the county office's partner rating.
 */
async function seedCountyDistricts(service, core) {
  const { demo } = service;
  const listed = await serviceJson(service, '/v1/collections', demo.countyAdminKey);
  const existing = new Set(JSON.parse(listed.body).collections.map((c) => `${c.subject.id}|${c.schoolYear}`));
  const framework = await core.loadBuiltInFramework('ca-sos-conditions-capacities');
  const items = core.instrumentFor(framework, 'district').items;
  const call = async (path, body, key = demo.countyAdminKey, headers = {}) => {
    const answer = await serviceJson(service, path, key, { method: 'POST', body, headers });
    if (answer.status !== 201) throw new Error(`seeding the demo county: POST ${path} answered ${answer.status} ${answer.body}`);
    return JSON.parse(answer.body);
  };
  for (const [d, district] of DISTRICTS.entries()) {
    for (const [y, schoolYear] of SCHOOL_YEARS.entries()) {
      if (existing.has(`${district.id}|${schoolYear}`)) continue;
      const subject = { name: district.name, type: 'district', id: district.id, county: demo.county };
      const collection = await call('/v1/collections', { title: `${district.name} — district self-assessment ${schoolYear}`, level: 'district', subject, schoolYear, perspectives: ['self', 'partner'] });
      const team = await call(`/v1/collections/${collection.id}/links`, { perspective: 'self', label: `${district.name} district team` });
      const partner = await call(`/v1/collections/${collection.id}/links`, { perspective: 'partner', respondent: 'Sierra Vista COE', label: 'Sierra Vista COE (differentiated assistance)' });
      // Each district starts somewhere between 1.5 and 3.5 and drifts up (most) or down a little a year.
      const base = 1.5 + noise(d) * 2;
      const drift = (noise(d, 7) - 0.3) * 0.8;
      const rate = (document, rater, offset) => {
        items.forEach((item, i) => {
          const value = Math.round(base + drift * y + offset + (noise(d, y, rater, i) - 0.5) * 2 + (i % 3) * 0.3);
          document.ratings[item.id] = { value: Math.min(5, Math.max(1, value)) };
        });
        return { ...document, schoolYear, status: 'submitted', submittedAt: `20${schoolYear.slice(5)}-02-0${1 + (rater % 8)}T17:00:00Z` };
      };
      const now = `20${schoolYear.slice(5)}-02-01T17:00:00Z`;
      for (let rater = 0; rater < district.team; rater++) {
        const self = core.createAssessment(framework, { level: 'district', subject, now, id: `${district.id}-${schoolYear}-team-${rater + 1}` });
        await call(`/v1/respond/${team.token}`, rate(self, rater, 0), undefined, { 'idempotency-key': `${district.id}-${schoolYear}-team-${rater + 1}` });
      }
      const rating = core.createAssessment(framework, {
        level: 'district',
        subject,
        now,
        perspective: { kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe', county: demo.county }, relationship: 'differentiated-assistance' },
      });
      await call(`/v1/respond/${partner.token}`, rate(rating, 99, noise(d, y) > 0.5 ? 0.6 : -0.6), undefined, { 'idempotency-key': `${district.id}-${schoolYear}-partner` });
    }
  }
}

/** The county's district collections as a system rollup: each district's team (self) results per school year. */
async function countySystem(service) {
  const { demo } = service;
  const listed = JSON.parse((await serviceJson(service, '/v1/collections', demo.countyAdminKey)).body).collections.filter((c) => c.level === 'district' && c.schoolYear && c.subject.id);
  const names = {};
  const years = new Map();
  for (const collection of listed) {
    const answer = await serviceJson(service, `/v1/collections/${collection.id}/results`, demo.countyAdminKey);
    if (answer.status !== 200) throw new Error(`results of ${collection.id} answered ${answer.status}`);
    const self = JSON.parse(answer.body).results.find((r) => r.perspective === 'self')?.aggregate;
    if (!self || self.respondents === 0) continue;
    names[collection.subject.id] = collection.subject.name;
    if (!years.has(collection.schoolYear)) years.set(collection.schoolYear, []);
    years.get(collection.schoolYear).push({ ...self, key: collection.subject.id });
  }
  return { kind: 'sos-kit/system-rollup', names, years: [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([schoolYear, aggregates]) => ({ schoolYear, aggregates })) };
}

/** One district's results in one school year: its team's (self) and the county office's (partner). */
async function districtResults(service, district, schoolYear) {
  const { demo } = service;
  const listed = JSON.parse((await serviceJson(service, '/v1/collections', demo.countyAdminKey)).body).collections;
  // The latest collection of that district and year (the service's own demo collection included).
  const collection = listed.filter((c) => c.level === 'district' && c.subject.id === district && c.schoolYear === schoolYear).at(-1);
  if (!collection) return undefined;
  const results = JSON.parse((await serviceJson(service, `/v1/collections/${collection.id}/results`, demo.countyAdminKey)).body).results;
  const of = (perspective) => results.find((r) => r.perspective === perspective)?.aggregate;
  return { district, name: collection.subject.name, schoolYear, self: of('self'), partner: of('partner') };
}

/**
 * Starts the demo server; resolves with its URL, the service, the documents the page's widget
 * submitted in this run (as stored), and a way to stop it. `dataDir` keeps the service's database
 * between runs (npm start uses .data/demo-db); without it the database lives in memory (tests).
 * `seedDistricts` seeds the county's districts at start instead of on the system view's first request.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', quiet = false, dataDir = undefined, seedDistricts = false } = {}) {
  const gapReport = JSON.stringify(await demoGapReport());
  const service = await startService(dataDir);
  const demo = service.demo;
  // The county's other districts are seeded on first use (a few hundred writes): pages and tests
  // that never open the system view do not wait for them; `npm start` seeds right away.
  let seeding;
  const districtsSeeded = () =>
    (seeding ??= import('../packages/core/dist/index.js')
      .then((core) => seedCountyDistricts(service, core))
      .catch((error) => {
        seeding = undefined;
        throw error;
      }));
  if (seedDistricts) districtsSeeded().catch((error) => console.error(`seeding the demo county's districts failed: ${error.message}`));
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
    if (url.pathname === '/api/demo/system.json' || url.pathname === '/api/demo/district-results.json') {
      try {
        await districtsSeeded();
        if (url.pathname === '/api/demo/system.json') return send(200, JSON.stringify(await countySystem(service)), 'application/json');
        const district = url.searchParams.get('district') ?? '';
        const schoolYear = url.searchParams.get('schoolYear') ?? '';
        const found = /^[a-z0-9-]{1,80}$/.test(district) && /^\d{4}-\d{2}$/.test(schoolYear) ? await districtResults(service, district, schoolYear) : undefined;
        if (!found) return send(404, JSON.stringify({ error: 'not_found', message: `no collection for district "${district.slice(0, 80)}" in school year "${schoolYear.slice(0, 20)}"; expected ?district=<id>&schoolYear=YYYY-YY` }), 'application/json');
        return send(200, JSON.stringify(found), 'application/json');
      } catch (error) {
        // The service is in this process: a failure here is the database's, not the request's.
        return send(503, JSON.stringify({ error: 'unavailable', message: `the collection service could not answer: ${error.message}` }), 'application/json');
      }
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
      await seeding?.catch(() => undefined);
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
  const { url, close } = await startDemoServer({ port, dataDir, seedDistricts: true });
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
