/**
 * 10,000+ generated bad requests across every route — broken URLs and encodings, wrong methods,
 * wrong or missing content types, garbage and near-valid JSON, text PostgreSQL cannot store,
 * oversized bodies, bad keys and tokens — sent as raw HTTP: never a 5xx, the server stays up,
 * and its memory stays bounded.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, startService, submitPath, type Service } from './helpers.js';

const RUNS = Number(process.env.SOS_FUZZ_RUNS ?? 5200); // per engine: 10,400 in all

/** Sends raw bytes; resolves with the status code (0 when the server closed without answering). */
function raw(url: string, request: Buffer): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let head = '';
    socket.setTimeout(60_000, () => socket.destroy());
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (match) {
        resolve(Number(match[1]));
        socket.destroy();
      }
    });
    socket.on('error', () => resolve(0));
    socket.on('close', () => resolve(0));
    socket.write(request, () => undefined);
  });
}

for (const engine of ENGINES) {
  describe(`malformed requests on ${engine}`, { timeout: 900_000 }, () => {
    let service: Service;
    let context: { collectionId: string; token: string; owner: string; submissionId: string; planId: string; validDocument: string; validPlan: string };
    before(async () => {
      service = await startService(engine);
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service);
      const submitted = await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'seed' }) });
      const validPlan = JSON.stringify({ schemaVersion: 1, title: 'fuzz', aims: [{ id: 'aim-1', what: 'An aim to mutate.' }] });
      const planned = await call(service.url, 'POST', `/v1/collections/${collection.id}/plans`, { key: owner, body: validPlan });
      context = { collectionId: collection.id, token: team.token, owner, submissionId: submitted.body.id, planId: planned.body.id, validDocument: JSON.stringify(assessmentFor(fw, { id: 'fuzz' })), validPlan };
    });
    after(async () => service?.stop());

    it(`answers ${RUNS} generated bad requests without a 5xx, and stays up with bounded memory`, async () => {
      const c = context;
      const garbageSegment = fc.oneof(
        fc.constantFrom('%', '%E0%A4%A', '%00', '%ZZ', '%C0%AF', '..', '%2e%2e', '%2F', '%FF%FE', 'x'.repeat(3000), '\u00e9', '%u0041', ''),
        fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s)),
        fc.string({ maxLength: 20 }).map((s) => s.replace(/[\s\r\n]/g, '')),
      );
      const segment = fc.oneof(fc.constantFrom(c.collectionId, c.token, c.submissionId, c.planId, 'links', 'submissions', 'results', 'plans'), garbageSegment);
      const path = fc.oneof(
        fc.tuple(
          fc.constantFrom('/healthz', '/openapi.json', `/v1/respond/${c.token}`, '/v1/collections', `/v1/collections/${c.collectionId}`, `/v1/collections/${c.collectionId}/links`, `/v1/collections/${c.collectionId}/links/x`, `/v1/collections/${c.collectionId}/submissions`, `/v1/collections/${c.collectionId}/submissions/${c.submissionId}`, `/v1/collections/${c.collectionId}/results`, `/v1/collections/${c.collectionId}/gaps`, `/v1/collections/${c.collectionId}/plans`, `/v1/collections/${c.collectionId}/plans/${c.planId}`, `/v1/collections/${c.collectionId}/plans/x`, '/v1/keys', '/v1/keys/x', '/v1/rollups', '/v1/audit'),
          fc.constantFrom('', '?format=csv', '?format=%ZZ', '?history=true', '?by=%00', '?by=level', '?limit=-1', '?limit=99999999999999999999', '?before=abc', '?comparison=x', '?defaultTarget=NaN', '?county=%00', '?level=%E0%A4%A', '?schoolYear=' + 'y'.repeat(2000), '?%=%', '?a=1&a=2&&&=', '?version=0', '?version=2', '?version=99999999999999999999', '?version=%00'),
        ).map(([p, q]) => p + q),
        fc.array(segment, { minLength: 1, maxLength: 6 }).map((segments) => '/' + segments.join('/')),
        fc.array(segment, { maxLength: 4 }).map((segments) => `/v1/collections/${segments.join('/')}`),
      );
      const method = fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'CONNECT', 'PROPFIND'), fc.stringMatching(/^[A-Z]{1,12}$/));
      const authorization = fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(`Bearer ${c.owner}`, `Bearer ${service.admin}`, `Bearer ${service.viewer}`, `Bearer ${c.token}`, 'Bearer', 'Basic dXNlcjpwYXNz', `Bearer sosk_${'0'.repeat(36)}.${'a'.repeat(43)}`, `Bearer ${c.owner}x`, `Bearer ${c.owner.slice(0, -1)}`),
        fc.string({ maxLength: 80 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, '')}`),
      );
      const contentType = fc.oneof(fc.constant(undefined), fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'APPLICATION/JSON', ''));
      const mutatedDocument = fc.tuple(fc.jsonValue(), fc.constantFrom('schemaVersion', 'framework', 'level', 'subject', 'perspective', 'ratings', 'status', 'createdAt', 'targets', 'notes', 'id', 'respondent')).map(([value, key]) => {
        const document = JSON.parse(c.validDocument) as Record<string, unknown>;
        document[key] = value;
        return JSON.stringify(document);
      });
      // Plans: a valid plan with one field replaced by any JSON value.
      const mutatedPlan = fc.tuple(fc.jsonValue(), fc.constantFrom('schemaVersion', 'aims', 'measures', 'changeIdeas', 'organization', 'level', 'schoolYear', 'framework', 'gaps', 'owners', 'notes')).map(([value, key]) => {
        const plan = JSON.parse(c.validPlan) as Record<string, unknown>;
        plan[key] = value;
        return JSON.stringify(plan);
      });
      const body = fc.oneof(
        { weight: 3, arbitrary: mutatedPlan },
        { weight: 3, arbitrary: fc.constant('') },
        { weight: 5, arbitrary: fc.json() },
        { weight: 5, arbitrary: mutatedDocument },
        { weight: 2, arbitrary: fc.constantFrom(c.validDocument.replace('"fuzz"', '"nul\\u0000"'), c.validDocument.replace('"fuzz"', '"\\ud800"'), c.validDocument.slice(0, 200), '{"title":"\\u0000","level":"district","subject":{"name":"x","type":"district"}}', 'not json', '{', '[]', 'null', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}') },
        { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')) },
      );
      const idempotency = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 250 }).map((s) => s.replace(/[\r\n]/g, '')));
      const lengthLie = fc.constantFrom('exact', 'exact', 'exact', 'exact', 'short', 'huge', 'chunked');
      const ifMatch = fc.oneof(fc.constant(undefined), fc.constantFrom('"1"', 'W/"1"', '"0"', '*', '"99999999999"', ''), fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')));
      const request = fc.record({ method, path, authorization, contentType, body, idempotency, ifMatch, lengthLie, origin: fc.constantFrom(undefined, 'https://evil.example', 'null') });

      const statuses = new Map<number, number>();
      let serverErrors = 0;
      const unanswered: string[] = [];
      const before = process.memoryUsage().rss;
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const bodyBytes = Buffer.from(r.body, 'latin1');
          const headers = [`Host: 127.0.0.1`, 'Connection: close'];
          if (r.authorization) headers.push(`Authorization: ${r.authorization}`);
          if (r.contentType !== undefined) headers.push(`Content-Type: ${r.contentType}`);
          if (r.idempotency !== undefined) headers.push(`Idempotency-Key: ${r.idempotency}`);
          if (r.ifMatch !== undefined) headers.push(`If-Match: ${r.ifMatch}`);
          if (r.origin) headers.push(`Origin: ${r.origin}`);
          let payload = bodyBytes;
          if (r.lengthLie === 'chunked') {
            headers.push('Transfer-Encoding: chunked');
            payload = Buffer.concat([Buffer.from(`${bodyBytes.length.toString(16)}\r\n`), bodyBytes, Buffer.from('\r\n0\r\n\r\n')]);
          } else if (r.lengthLie === 'huge') headers.push('Content-Length: 52428800');
          else headers.push(`Content-Length: ${r.lengthLie === 'short' ? Math.max(0, bodyBytes.length - 3) : bodyBytes.length}`);
          const head = Buffer.from(`${r.method} ${r.path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`, 'utf8');
          const status = await raw(service.url, Buffer.concat([head, payload]));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 0 && unanswered.length < 5) unanswered.push(`${r.method} ${r.path.slice(0, 60)} ${r.lengthLie} ${JSON.stringify(r.idempotency)?.slice(0, 40)} ${JSON.stringify(r.authorization)?.slice(0, 40)}`);
          if (status >= 500) serverErrors++;
          return status < 500;
        }),
        { numRuns: RUNS, seed: 9_2026 + (engine === 'pglite' ? 0 : 1), endOnFailure: true },
      );
      // Bodies over the limit, with and without a declared length.
      for (const big of [Buffer.alloc(3 * 1024 * 1024, 'a'), Buffer.from(`{"notes":"${'b'.repeat(1_200_000)}"}`)]) {
        const status = await raw(service.url, Buffer.concat([Buffer.from(`POST /v1/respond/${c.token} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n`), big]));
        assert.ok(status === 413 || status === 0, `oversized body: ${status}`);
      }
      const grown = process.memoryUsage().rss - before;
      console.log(`  ${engine}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; RSS grew ${(grown / 1048576).toFixed(0)} MB`);
      if (unanswered.length > 0) console.log(`  closed without an answer (the HTTP parser refusing the request), e.g. ${unanswered.join(' | ')}`);
      assert.equal(serverErrors, 0);
      assert.equal((await call(service.url, 'GET', '/healthz')).status, 200, 'still alive');
      assert.ok(grown < 300 * 1048576, `memory grew by ${(grown / 1048576).toFixed(0)} MB`);
    });
  });
}
