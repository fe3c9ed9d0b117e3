/**
 * The HTTP contract the widget and county staff rely on, on both engines: receipts, plain-words
 * issues, versions that are never overwritten, idempotent retries, closing, limits, CSV, CORS,
 * security headers and the audit trail.
 */
import { aggregateAssessments, type Assessment } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MIGRATIONS } from '../src/migrations.js';
import { ENGINES } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, submitPath, startService, type Service } from './helpers.js';

for (const engine of ENGINES) {
  describe(`collection service API on ${engine}`, { timeout: 300_000 }, () => {
    let service: Service;
    before(async () => {
      service = await startService(engine, { requestsPerMinute: 0 });
    });
    after(async () => service?.stop());

    it('answers /healthz with the engine and the schema version', async () => {
      const reply = await call(service.url, 'GET', '/healthz');
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { status: 'ok', engine, schemaVersion: Math.max(...MIGRATIONS.map((m) => m.version)) });
    });

    it('stores a widget POST and answers 201 {id, version, receivedAt}', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service);
      const reply = await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'member-1' }) });
      assert.equal(reply.status, 201, reply.text);
      assert.deepEqual(Object.keys(reply.body).sort(), ['id', 'receivedAt', 'version']);
      assert.equal(reply.body.version, 1);
      assert.ok(!Number.isNaN(Date.parse(reply.body.receivedAt)));
      assert.ok(team.submitUrl.endsWith(submitPath(team)), 'the link creation returns the full submit URL');
    });

    it('answers 422 with every problem located by JSON path', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service);
      const document: any = assessmentFor(fw);
      document.ratings['shared-purpose.student-centered-purpose'] = { value: 9 };
      delete document.level;
      const reply = await call(service.url, 'POST', submitPath(team), { body: document });
      assert.equal(reply.status, 422);
      const paths = reply.body.issues.map((i: { jsonPath: string }) => i.jsonPath);
      assert.ok(paths.includes('$.level'), JSON.stringify(reply.body.issues));
      for (const issue of reply.body.issues) assert.ok(issue.message.length > 5, 'each issue says what is wrong');
    });

    it('refuses a valid assessment that belongs elsewhere (level, subject, perspective, draft)', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service);
      const cases: [Assessment, string][] = [
        [assessmentFor(fw, { level: 'school', subject: { name: 'Costa Azul High', type: 'school' } }), '$.level'],
        [assessmentFor(fw, { subject: { name: 'Another Unified', type: 'district', id: 'another' } }), '$.subject'],
        [assessmentFor(fw, { perspective: 'partner' }), '$.perspective.kind'],
        [{ ...assessmentFor(fw), status: 'draft' }, '$.status'],
      ];
      for (const [document, path] of cases) {
        const reply = await call(service.url, 'POST', submitPath(team), { body: document });
        assert.equal(reply.status, 422, `${path}: ${reply.text}`);
        assert.ok(reply.body.issues.some((i: { jsonPath: string }) => i.jsonPath === path), `${path}: ${reply.text}`);
      }
    });

    it('keeps every version of a resubmission, and results count the latest only', async () => {
      const fw = await conditionsFramework();
      const { collection, team, partner, owner } = await collectionWithLinks(service);
      const first = assessmentFor(fw, { id: 'alice', seed: 1 });
      const second = assessmentFor(fw, { id: 'alice', seed: 3, answered: 10 });
      const bob = assessmentFor(fw, { id: 'bob', seed: 2 });
      const coe = assessmentFor(fw, { perspective: 'partner', seed: 4 });
      const r1 = await call(service.url, 'POST', submitPath(team), { body: first });
      const r2 = await call(service.url, 'POST', submitPath(team), { body: second });
      const r3 = await call(service.url, 'POST', submitPath(team), { body: bob });
      const r4 = await call(service.url, 'POST', submitPath(partner), { body: coe });
      const r5 = await call(service.url, 'POST', submitPath(partner), { body: { ...coe, notes: 'revised' } });
      assert.deepEqual([r1.status, r2.status, r3.status, r4.status, r5.status], [201, 201, 201, 201, 201]);
      assert.equal(r2.body.id, r1.body.id, 'the same respondent resubmitting gets the same submission');
      assert.equal(r2.body.version, 2);
      assert.notEqual(r3.body.id, r1.body.id);
      assert.equal(r5.body.id, r4.body.id, 'a named respondent link has one submission');
      assert.equal(r5.body.version, 2);

      const history = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions/${r1.body.id}`, { key: owner });
      assert.equal(history.status, 200);
      assert.deepEqual(history.body.versions.map((v: { version: number }) => v.version), [1, 2]);
      assert.deepEqual(history.body.versions[0].document, first, 'version 1 is kept as it was');

      const results = await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner });
      assert.equal(results.status, 200);
      const self = results.body.results.find((r: { perspective: string }) => r.perspective === 'self').aggregate;
      assert.deepEqual(self, aggregateAssessments([second, bob], fw), 'results from the stored state equal aggregating the latest versions');
      const partnerResult = results.body.results.find((r: { perspective: string }) => r.perspective === 'partner').aggregate;
      assert.equal(partnerResult.respondents, 1);

      const latest = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions`, { key: owner });
      assert.equal(latest.body.submissions.length, 3);
      const all = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions?history=true`, { key: owner });
      assert.equal(all.body.submissions.length, 5);
    });

    it('returns the first receipt for a retried Idempotency-Key and refuses the key with another document', async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service);
      const document = assessmentFor(fw, { id: 'retry' });
      const headers = { 'idempotency-key': 'attempt-42' };
      const first = await call(service.url, 'POST', submitPath(team), { body: document, headers });
      const again = await call(service.url, 'POST', submitPath(team), { body: document, headers });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.deepEqual(again.body, first.body);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const other = await call(service.url, 'POST', submitPath(team), { body: { ...document, notes: 'changed' }, headers });
      assert.equal(other.status, 422);
      assert.equal(other.body.error, 'idempotency_key_reused');
      const stored = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions?history=true`, { key: owner });
      assert.equal(stored.body.submissions.length, 1);
    });

    it('answers 409 once a collection is closed or past its deadline, and reopens', async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service);
      const closed = await call(service.url, 'PATCH', `/v1/collections/${collection.id}`, { key: owner, body: { status: 'closed' } });
      assert.equal(closed.status, 200);
      assert.equal(closed.body.status, 'closed');
      const refused = await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw) });
      assert.equal(refused.status, 409);
      assert.match(refused.body.message, /closed/);
      await call(service.url, 'PATCH', `/v1/collections/${collection.id}`, { key: owner, body: { status: 'open', deadline: '2020-01-01T00:00:00Z' } });
      const late = await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw) });
      assert.equal(late.status, 409);
      assert.match(late.body.message, /deadline/);
      await call(service.url, 'PATCH', `/v1/collections/${collection.id}`, { key: owner, body: { deadline: null } });
      assert.equal((await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw) })).status, 201);
    });

    it('answers 413 over the body limit, 415 for other content types, 405 with Allow, 404 elsewhere', async () => {
      const { team } = await collectionWithLinks(service);
      const big = await call(service.url, 'POST', submitPath(team), { body: `{"notes":"${'x'.repeat(1024 * 1024 + 10)}"}` });
      assert.equal(big.status, 413);
      const form = await call(service.url, 'POST', submitPath(team), { body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(form.status, 415);
      const put = await call(service.url, 'PUT', submitPath(team));
      assert.equal(put.status, 405);
      assert.match(put.headers.get('allow') ?? '', /POST/);
      const trace = await call(service.url, 'DELETE', '/healthz');
      assert.equal(trace.status, 405);
      for (const path of ['/nope', '/%', '/%E0%A4%A', '/v1/respond/sosr_nope', '/../../etc/passwd']) {
        const reply = await call(service.url, 'GET', path);
        assert.equal(reply.status, 404, path);
        assert.equal(typeof reply.body.message, 'string');
      }
      assert.equal((await call(service.url, 'POST', submitPath(team), { body: 'not json' })).status, 400);
      assert.equal((await call(service.url, 'GET', '/healthz')).status, 200, 'still alive');
    });

    it('sets security headers on every answer', async () => {
      for (const path of ['/healthz', '/nope', '/v1/collections']) {
        const reply = await call(service.url, 'GET', path);
        assert.equal(reply.headers.get('x-content-type-options'), 'nosniff', path);
        assert.equal(reply.headers.get('referrer-policy'), 'no-referrer', path);
        assert.equal(reply.headers.get('cache-control'), 'no-store', path);
        assert.match(reply.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      }
    });

    it('allows cross-origin submissions only from the collection\'s allowed origins', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service, { allowedOrigins: ['https://www.sierravista-coe.example'] });
      const preflight = await call(service.url, 'OPTIONS', submitPath(team), { headers: { origin: 'https://www.sierravista-coe.example', 'access-control-request-method': 'POST' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.sierravista-coe.example');
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
      const foreign = await call(service.url, 'OPTIONS', submitPath(team), { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(foreign.status, 403);
      assert.equal(foreign.headers.get('access-control-allow-origin'), null);
      const posted = await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw), headers: { origin: 'https://www.sierravista-coe.example' } });
      assert.equal(posted.headers.get('access-control-allow-origin'), 'https://www.sierravista-coe.example');
      const refusedOrigin = await call(service.url, 'POST', '/v1/collections', { key: service.admin, body: { title: 'x', level: 'district', subject: { name: 'x', type: 'district' }, allowedOrigins: ['https://x.example/path'] } });
      assert.equal(refusedOrigin.status, 422);
      assert.equal(refusedOrigin.body.issues[0].jsonPath, '$.allowedOrigins[0]');
    });

    it('answers CSV through core\'s writers', async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service);
      await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'csv-1' }) });
      const submissions = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions?format=csv`, { key: owner });
      assert.equal(submissions.status, 200);
      assert.match(submissions.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(submissions.text, /^id,level,/);
      assert.match(submissions.text, /csv-1,district/);
      const results = await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner, headers: { accept: 'text/csv' } });
      assert.equal(results.status, 200);
      assert.match(results.headers.get('content-type') ?? '', /^text\/csv/);
      const bad = await call(service.url, 'GET', `/v1/collections/${collection.id}/results?format=xml`, { key: owner });
      assert.equal(bad.status, 400);
    });

    it('names a gap report\'s sides in Spanish with lang=es, and its CSV rows too', async () => {
      const fw = await conditionsFramework();
      const { collection, team, partner, owner } = await collectionWithLinks(service);
      await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'es-self' }) });
      await call(service.url, 'POST', submitPath(partner!), { body: assessmentFor(fw, { id: 'es-partner', perspective: 'partner', seed: 3 }) });
      const path = `/v1/collections/${collection.id}/gaps`;
      const english = await call(service.url, 'GET', path, { key: owner });
      assert.equal(english.status, 200, english.text);
      assert.match(english.body.a.label, /^Self: /);
      const spanish = await call(service.url, 'GET', `${path}?lang=es`, { key: owner });
      assert.equal(spanish.status, 200, spanish.text);
      assert.deepEqual([spanish.body.a.label.split(':')[0], spanish.body.b.label], ['Autoevaluación', 'Socio: Sierra Vista COE']);
      const element = fw.conditions![0]!.elements[0]!;
      const spanishName = (element.name as { es: string }).es;
      assert.deepEqual(spanish.body.items.find((r: { id: string }) => r.id === element.id).label, element.name, 'JSON rows carry both languages, as the framework does');
      const csvReport = await call(service.url, 'GET', `${path}?lang=es&format=csv`, { key: owner });
      assert.equal(csvReport.status, 200);
      const csvRow = csvReport.text.split('\n').find((line) => line.includes(`,${element.id},`))!;
      assert.ok(csvRow.startsWith('self-vs-partner,Autoevaluación: ') && csvRow.includes(spanishName), `the CSV names sides and rows in Spanish: ${csvRow}`);
      const french = await call(service.url, 'GET', `${path}?lang=fr`, { key: owner });
      assert.equal(french.status, 400);
      assert.deepEqual(french.body.issues, [{ jsonPath: '$.lang', message: 'is "fr"; expected "en" or "es"' }]);
    });

    it('withdraws links and revokes keys at once', async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service);
      const withdrawn = await call(service.url, 'DELETE', `/v1/collections/${collection.id}/links/${team.id}`, { key: owner });
      assert.equal(withdrawn.status, 200);
      assert.ok(withdrawn.body.revokedAt);
      assert.equal((await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw) })).status, 404);
      const keys = await call(service.url, 'GET', '/v1/keys', { key: owner });
      assert.equal(keys.body.keys.length, 1);
      assert.ok(!('key' in keys.body.keys[0]), 'a listed key never shows its secret');
      const revoked = await call(service.url, 'DELETE', `/v1/keys/${keys.body.keys[0].id}`, { key: service.admin });
      assert.equal(revoked.status, 200);
      assert.equal((await call(service.url, 'GET', `/v1/collections/${collection.id}`, { key: owner })).status, 401);
    });

    it('records who did what in the audit trail', async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service);
      await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'audited' }) });
      await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'audited', seed: 2 }) });
      const audit = await call(service.url, 'GET', `/v1/audit?limit=50`, { key: owner });
      assert.equal(audit.status, 200);
      const actions = audit.body.events.map((e: { action: string }) => e.action).reverse();
      assert.deepEqual(actions, ['collection.create', 'link.create', 'link.create', 'key.create', 'submission.create', 'submission.version']);
      assert.ok(audit.body.events.every((e: { collectionId: string }) => e.collectionId === collection.id));
    });

    it('gives a respondent their own submissions and nothing else', async () => {
      const fw = await conditionsFramework();
      const { team, partner } = await collectionWithLinks(service);
      await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'mine' }) });
      await call(service.url, 'POST', submitPath(partner), { body: assessmentFor(fw, { perspective: 'partner' }) });
      const view = await call(service.url, 'GET', submitPath(team));
      assert.equal(view.status, 200);
      assert.equal(view.body.perspective, 'self');
      assert.equal(view.body.submissions.length, 1);
      assert.ok(!('document' in view.body.submissions[0]));
    });

    it('answers 429 with Retry-After when a client sends too many requests', async () => {
      const limited = await startService(engine, { requestsPerMinute: 5 });
      try {
        const statuses = [];
        for (let i = 0; i < 7; i++) statuses.push((await call(limited.url, 'GET', '/healthz')).status);
        assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
        const reply = await call(limited.url, 'GET', '/healthz');
        assert.ok(Number(reply.headers.get('retry-after')) >= 1);
      } finally {
        await limited.stop();
      }
    });

    it('answers 429 after repeated wrong keys, even with a right one', async () => {
      const limited = await startService(engine, { authFailuresPerMinute: 3 });
      try {
        for (let i = 0; i < 3; i++) assert.equal((await call(limited.url, 'GET', '/v1/collections', { key: `sosk_00000000-0000-4000-8000-000000000000.${'a'.repeat(43)}` })).status, 401);
        const blocked = await call(limited.url, 'GET', '/v1/collections', { key: limited.admin });
        assert.equal(blocked.status, 429);
        assert.ok(blocked.headers.get('retry-after'));
      } finally {
        await limited.stop();
      }
    });
  });
}
