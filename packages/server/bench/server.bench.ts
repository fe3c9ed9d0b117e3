/**
 * npm run bench:server — what the collection service costs, as ratios measured in one run on
 * the same database (no absolute timings are asserted anywhere):
 *  1. submission throughput: full HTTP + validation + store path (the widget's POST, with an
 *     Idempotency-Key, from clients in a worker thread), against a bare INSERT loop of documents
 *     made the same way, measured just before; p50/p99 latency;
 *     Beside it, the floor of any HTTP service that stores documents: a bare Node HTTP server
 *     whose handler only parses the body and runs the bare INSERT (no validation, receipt, audit
 *     or idempotency), driven by the same clients. Its ratio is the most any such service can
 *     reach on this machine, so the full path's ratio reads against it;
 *  2. team results for a collection of 10,000 submissions: merging the stored aggregate state,
 *     against recomputing from the raw rows.
 * On PGlite and on PostgreSQL (the runner starts a throwaway cluster with default, durable settings).
 */
import { aggregateAssessments, type Assessment } from '@sos-kit/core';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { openPglite, openPostgres, type Database } from '../src/db.js';
import { startServer } from '../src/server.js';
import { assessmentFor, call, conditionsFramework, DISTRICT } from '../test/helpers.js';
import { freshPostgresUrl } from '../test/engines.js';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const LARGE = Number(process.env.BENCH_LARGE ?? 10_000);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function open(engine: 'pglite' | 'postgres'): Promise<Database> {
  return engine === 'pglite' ? openPglite() : openPostgres(await freshPostgresUrl(), { max: 20 });
}

async function bench(engine: 'pglite' | 'postgres'): Promise<Record<string, string>> {
  const fw = await conditionsFramework();
  const db = await open(engine);
  const server = await startServer({ port: 0, database: db, requestsPerMinute: 0, authFailuresPerMinute: 0 });
  try {
    const admin = (await server.store.createKey({ role: 'county-admin', county: 'Sierra Vista', label: 'bench' }, undefined)).key;
    const newCollection = async (title: string) => {
      const collection = (await call(server.url, 'POST', '/v1/collections', { key: admin, body: { title, level: 'district', subject: DISTRICT, perspectives: ['self'] } })).body;
      const link = (await call(server.url, 'POST', `/v1/collections/${collection.id}/links`, { key: admin, body: { perspective: 'self' } })).body;
      return { collection, link };
    };
    const documents = (prefix: string, n: number): Assessment[] => Array.from({ length: n }, (_, i) => assessmentFor(fw, { id: `${prefix}-${i}`, seed: i % 97, answered: 20 + (i % 25) }));

    // 1. Bare INSERT loop: one autocommitted INSERT per document, as fast as the engine stores
    // them. Measured right before each full-path run on fresh documents, so both sides of a ratio
    // meet the same load on this shared machine.
    await db.query(`CREATE TABLE bench_bare (id text PRIMARY KEY, document jsonb NOT NULL)`);
    const bareLoop = async (prefix: string) => {
      const bareDocs = documents(prefix, SUBMISSIONS);
      const started = performance.now();
      for (const d of bareDocs) await db.query(`INSERT INTO bench_bare (id, document) VALUES ($1, $2::jsonb)`, [d.id, JSON.stringify(d)]);
      return SUBMISSIONS / ((performance.now() - started) / 1000);
    };

    // The full path: the widget's POST with an Idempotency-Key, from `clients` keep-alive clients
    // in a worker thread (bench/load-client.mjs).
    /** The same clients posting the same documents to `url` + `path`; rate and latencies. */
    const drive = async (url: string, path: string, bodies: string[], clients: number) => {
      const worker = new Worker(new URL('./load-client.mjs', import.meta.url), { workerData: { url, path, bodies, clients } });
      const { elapsed, latencies } = await new Promise<{ elapsed: number; latencies: number[] }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      latencies.sort((a, b) => a - b);
      return { rate: SUBMISSIONS / (elapsed / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
    };
    const fullPath = async (clients: number) => {
      const { link } = await newCollection(`throughput ${clients}`);
      return drive(server.url, `/v1/respond/${link.token}`, documents(`c${clients}`, SUBMISSIONS).map((d) => JSON.stringify(d)), clients);
    };
    // The floor: HTTP in, one bare INSERT, 201 out. Nothing a real service could leave out.
    await db.query(`CREATE TABLE bench_floor (id text PRIMARY KEY, document jsonb NOT NULL)`);
    const floorServer = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        db.query(`INSERT INTO bench_floor (id, document) VALUES ($1, $2::jsonb)`, [(JSON.parse(body) as Assessment).id, body]).then(
          () => response.writeHead(201, { 'content-type': 'application/json' }).end('{}'),
          (error: Error) => response.writeHead(500).end(error.message),
        );
      });
    });
    floorServer.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
    const floorUrl = `http://127.0.0.1:${(floorServer.address() as { port: number }).port}`;
    const floor = async (clients: number, tag = '') => drive(floorUrl, '/', documents(`f${tag}${clients}`, SUBMISSIONS).map((d) => JSON.stringify(d)), clients);
    // Warm-up, unmeasured: every path runs once at both client counts first, so the ratios
    // compare steady states (a service runs for hours with its code compiled by the JIT), not
    // which path V8 happened to optimise sooner.
    for (const clients of [1, CLIENTS]) {
      await bareLoop(`warm${clients}`);
      await floor(clients, 'warm');
      await fullPath(clients);
    }
    const bareBefore1 = await bareLoop('bare1');
    const floor1 = await floor(1);
    const sequential = await fullPath(1);
    const bareBeforeN = await bareLoop('bareN');
    const floorN = await floor(CLIENTS);
    const concurrent = await fullPath(CLIENTS);
    await new Promise<void>((resolve) => floorServer.close(() => resolve()));

    // 2. Results of a collection of LARGE submissions. Loaded in bulk (batched multi-row INSERTs
    // and the state the service would have kept; the concurrency spec proves they are equal).
    const { collection, link } = await newCollection('results');
    const large = documents('large', LARGE);
    for (let start = 0; start < large.length; start += 500) {
      const batch = large.slice(start, start + 500);
      const ids = batch.map((_, k) => `s-${start + k}`);
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO submissions (id, collection_id, link_id, respondent_key, perspective, latest_version)
           SELECT id, $1, $2, key, 'self', 1 FROM unnest($3::text[], $4::text[]) AS t(id, key)`,
          [collection.id, link.id, ids, batch.map((d) => d.id!)],
        );
        await tx.query(`INSERT INTO submission_versions (submission_id, version, document) SELECT id, 1, doc::jsonb FROM unnest($1::text[], $2::text[]) AS t(id, doc)`, [ids, batch.map((d) => JSON.stringify(d))]);
      });
    }
    let state = server.store.stateOf(fw, large[0]!);
    const { mergeAggregateStates } = await import('@sos-kit/core');
    for (const d of large.slice(1)) state = mergeAggregateStates(state, server.store.stateOf(fw, d));
    await db.query(`UPDATE aggregate_states SET state = $1::json WHERE collection_id = $2`, [JSON.stringify(state), collection.id]);
    // The load above runs on this thread as one chain of promise callbacks (PGlite never waits
    // for I/O), so no timer fires during it. When it lasts longer than the server's keep-alive
    // timeout (65 s, reached on a loaded machine), the server's timer closes fetch's idle socket
    // only after fetch has written its next request on it: ECONNRESET. Let the timers run first.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const owner = (await call(server.url, 'POST', '/v1/keys', { key: admin, body: { role: 'owner', collectionId: collection.id, label: 'bench' } })).body.key;

    const time = async (work: () => Promise<unknown>, runs: number) => {
      const samples: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t = performance.now();
        await work();
        samples.push(performance.now() - t);
      }
      return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    };
    const stored = await time(async () => {
      const reply = await call(server.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner });
      if (reply.body.results[0].aggregate.respondents !== LARGE) throw new Error('wrong respondent count');
    }, 7);
    const recomputed = await time(async () => {
      const rows = await db.query<{ document: Assessment }>(
        `SELECT v.document FROM submissions s JOIN submission_versions v ON v.submission_id = s.id AND v.version = s.latest_version WHERE s.collection_id = $1`,
        [collection.id],
      );
      const result = aggregateAssessments(rows.map((r) => r.document), fw, { validated: true });
      if (result.respondents !== LARGE) throw new Error('wrong respondent count');
    }, 3);

    return {
      engine,
      'bare INSERT /s (before 1 / N)': `${fmt(bareBefore1)} / ${fmt(bareBeforeN)}`,
      'full path /s (1 client)': fmt(sequential.rate),
      'ratio (1 client)': fmt(sequential.rate / bareBefore1, 2),
      'floor ratio (1 client)': fmt(floor1.rate / bareBefore1, 2),
      [`full path /s (${CLIENTS} clients)`]: fmt(concurrent.rate),
      [`ratio (${CLIENTS} clients)`]: fmt(concurrent.rate / bareBeforeN, 2),
      [`floor ratio (${CLIENTS} clients)`]: fmt(floorN.rate / bareBeforeN, 2),
      'p50 ms (1 / N clients)': `${fmt(sequential.p50)} / ${fmt(concurrent.p50)}`,
      'p99 ms (1 / N clients)': `${fmt(sequential.p99)} / ${fmt(concurrent.p99)}`,
      [`results of ${LARGE}: stored state ms`]: fmt(stored),
      [`results of ${LARGE}: recompute ms`]: fmt(recomputed),
      'results ratio (stored / recompute)': fmt(stored / recomputed, 3),
    };
  } finally {
    await server.close();
    await db.close();
  }
}

const rows = [];
for (const engine of (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[]) {
  console.log(`bench:server: ${engine}…`);
  rows.push(await bench(engine));
}
console.log(`\nsos-kit server (${SUBMISSIONS} submissions per throughput run; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; one run on a shared machine, so compare the ratios):`);
console.table(rows);
console.log(
  'floor ratio: a bare Node HTTP server whose handler parses the body and runs the same bare INSERT (no validation, receipt, audit or idempotency), driven by the same clients: the most any HTTP service storing these documents can reach on this machine.',
);
