/**
 * Respondents' submissions with a declared body length are served straight from Node's request
 * and response; those sent in chunks go through the Hono app. A respondent gets the same answer
 * either way: status, body, and every header (CORS, security, Location, Idempotent-Replayed,
 * Retry-After), for stored, replayed, refused and malformed submissions.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, startService, submitPath, type Service } from './helpers.js';

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/** A POST with Content-Length, or with the body in chunks (no length: Node sends Transfer-Encoding: chunked). */
function post(base: string, path: string, body: string, headers: Record<string, string>, chunked: boolean): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(body);
    const req = request(base + path, { method: 'POST', headers: { ...headers, ...(chunked ? {} : { 'content-length': String(bytes.length) }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode!, headers: flat, body: text ? JSON.parse(text) : undefined });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (chunked) {
      // Two chunks, so the body really arrives in pieces.
      req.write(bytes.subarray(0, bytes.length >> 1));
      req.end(bytes.subarray(bytes.length >> 1));
    } else req.end(bytes);
  });
}

/** What must agree between the two paths: headers that carry no transport detail or fresh id. */
function comparable(reply: Raw): { status: number; headers: Record<string, string>; body: unknown } {
  const { date: _date, 'content-length': _length, 'transfer-encoding': _encoding, connection: _connection, 'keep-alive': _keepAlive, location, ...headers } = reply.headers;
  const body = reply.body && typeof reply.body === 'object' && 'receivedAt' in reply.body ? { ...reply.body, id: typeof reply.body.id, receivedAt: typeof reply.body.receivedAt } : reply.body;
  return { status: reply.status, headers: { ...headers, ...(location === undefined ? {} : { location: location.replace(/[^/]+$/, ':id') }) }, body };
}

for (const engine of ENGINES) {
  describe(`the submission path on ${engine}`, { timeout: 300_000 }, () => {
    let service: Service;
    before(async () => {
      service = await startService(engine, { requestsPerMinute: 0, bodyLimit: 64 * 1024 });
    });
    after(async () => service?.stop());

    it('answers a body with a declared length as it answers the same body sent in chunks', async () => {
      const fw = await conditionsFramework();
      const origin = 'https://www.sierravista-coe.example';
      const { collection, team, owner } = await collectionWithLinks(service, { allowedOrigins: [origin] });
      const json = { 'content-type': 'application/json', origin };
      const broken: any = assessmentFor(fw, { id: 'broken' });
      broken.ratings['shared-purpose.student-centered-purpose'] = { value: 9 };
      const cases: { name: string; path?: string; body: (chunked: boolean) => string; headers: (chunked: boolean) => Record<string, string> }[] = [
        { name: 'stored', body: (c) => JSON.stringify(assessmentFor(fw, { id: `new-${c}` })), headers: (c) => ({ ...json, 'idempotency-key': `first-${c}` }) },
        { name: 'replayed', body: (c) => JSON.stringify(assessmentFor(fw, { id: `new-${c}` })), headers: (c) => ({ ...json, 'idempotency-key': `first-${c}` }) },
        { name: 'key reused', body: (c) => JSON.stringify(assessmentFor(fw, { id: `other-${c}` })), headers: (c) => ({ ...json, 'idempotency-key': `first-${c}` }) },
        { name: 'second version', body: (c) => JSON.stringify(assessmentFor(fw, { id: `new-${c}`, seed: 4 })), headers: () => json },
        { name: 'with a byte-order mark', body: (c) => `\uFEFF${JSON.stringify(assessmentFor(fw, { id: `bom-${c}` }))}`, headers: () => json },
        { name: 'invalid', body: () => JSON.stringify(broken), headers: () => json },
        { name: 'not JSON', body: () => '{"ratings":', headers: () => json },
        { name: 'empty', body: () => '', headers: () => json },
        { name: 'another content type', body: () => 'a=1', headers: () => ({ 'content-type': 'application/x-www-form-urlencoded', origin }) },
        { name: 'bad idempotency key', body: () => '{}', headers: () => ({ ...json, 'idempotency-key': 'two words' }) },
        { name: 'text that cannot be stored', body: (c) => JSON.stringify(assessmentFor(fw, { id: `nul-${c}` })).replace('"Evidence 0-0"', '"a\\u0000b"'), headers: () => json },
        { name: 'unknown link', path: '/v1/respond/sosr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', body: () => '{}', headers: () => json },
        { name: 'over the body limit', body: () => `{"notes":"${'x'.repeat(70 * 1024)}"}`, headers: () => json },
      ];
      for (const { name, path, body, headers } of cases) {
        const direct = await post(service.url, path ?? submitPath(team), body(false), headers(false), false);
        const chunked = await post(service.url, path ?? submitPath(team), body(true), headers(true), true);
        assert.deepEqual(comparable(direct), comparable(chunked), name);
        assert.equal(direct.headers['x-content-type-options'], 'nosniff', name);
      }
      // Closed: 409, from both.
      await call(service.url, 'PATCH', `/v1/collections/${collection.id}`, { key: owner, body: { status: 'closed' } });
      const late = [false, true].map((c) => post(service.url, submitPath(team), JSON.stringify(assessmentFor(fw, { id: `late-${c}` })), json, c));
      const [direct, chunked] = await Promise.all(late);
      assert.equal(direct!.status, 409);
      assert.deepEqual(comparable(direct!), comparable(chunked!));
    });

    it('refuses text PostgreSQL cannot store wherever it is written, and stores escapes that only look like it', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service);
      // The evidence of the first rating, written as raw JSON text.
      const valid = JSON.stringify(assessmentFor(fw, { id: 'escapes' }));
      const withEvidence = (evidence: string) => valid.replace('"Evidence 0-0"', `"${evidence}"`);
      assert.notEqual(withEvidence('x'), valid);
      for (const evidence of ['nul \\u0000 here', 'half \\uD800 pair', 'half \\udfff pair']) {
        const reply = await call(service.url, 'POST', submitPath(team), { body: withEvidence(evidence) });
        assert.equal(reply.status, 422, evidence);
        const issue = reply.body.issues.find((i: { code: string }) => i.code === 'unstorable_text');
        assert.ok(issue && /^\$\.ratings\[?.*\.evidence$/.test(issue.jsonPath), `${evidence}: ${reply.text}`);
      }
      for (const evidence of ['a pair \\ud83d\\ude00 is text', 'an escaped backslash \\\\u0000 is text']) {
        const reply = await call(service.url, 'POST', submitPath(team), { body: withEvidence(evidence) });
        assert.equal(reply.status, 201, `${evidence}: ${reply.text}`);
      }
    });

    it('keeps the connection usable after each kind of answer', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service);
      // fetch keeps one connection alive: a body left unread would garble the next request.
      for (const body of ['{"ratings":', 'a=1', JSON.stringify(assessmentFor(fw, { id: 'after' }))]) {
        const reply = await call(service.url, 'POST', submitPath(team), { body, headers: { 'content-type': body === 'a=1' ? 'text/plain' : 'application/json' } });
        assert.ok([201, 400, 415].includes(reply.status), reply.text);
      }
      assert.equal((await call(service.url, 'GET', '/healthz')).status, 200);
    });
  });
}

describe('the submission path and the rate limit', { timeout: 300_000 }, () => {
  let service: Service;
  before(async () => {
    service = await startService(ENGINES[0]!, { requestsPerMinute: 3 });
  });
  after(async () => service?.stop());

  it('counts direct and chunked submissions against one limit, and answers 429 with Retry-After from both', async () => {
    const unknown = '/v1/respond/sosr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const replies: Raw[] = [];
    for (let k = 0; k < 6; k++) replies.push(await post(service.url, unknown, '{}', { 'content-type': 'application/json' }, k % 2 === 1));
    assert.deepEqual(replies.map((r) => r.status), [404, 404, 404, 429, 429, 429], 'three requests a minute, whichever path each took');
    for (const reply of replies.slice(3)) {
      assert.match(reply.headers['retry-after'] ?? '', /^[0-9]+$/);
      assert.equal(reply.body.error, 'rate_limited');
    }
    assert.deepEqual(comparable(replies[3]!), comparable(replies[4]!));
  });
});
