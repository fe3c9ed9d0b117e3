/**
 * Group commit: submissions that reach the store together are stored by one call of
 * sos_put_submissions, in one transaction, and each still gets what it would have got alone — its
 * own receipt, the first receipt for a retried Idempotency-Key, the next version number for the
 * same respondent, 404 for a withdrawn link — and results equal recomputing. When something undoes
 * the whole call, each submission is stored alone instead.
 */
import { aggregateAssessments, type Assessment, type Framework } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostgres, type Database } from '../src/db.js';
import { startServer } from '../src/server.js';
import { RequestError, type Collection, type RespondentLink, type SubmitOutcome } from '../src/store.js';
import { ENGINES, freshPostgresUrl } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, DISTRICT, startService, submitPath, type Service } from './helpers.js';

/** Counts the calls of each submission statement the store makes. */
function countCalls(db: Database): { many: number; alone: number } {
  const calls = { many: 0, alone: 0 };
  const query = db.query.bind(db);
  db.query = (text, params) => {
    if (text.includes('sos_put_submissions(')) calls.many++;
    else if (text.includes('sos_put_submission(')) calls.alone++;
    return query(text, params);
  };
  return calls;
}

for (const engine of ENGINES) {
  describe(`group commit on ${engine}`, { timeout: 300_000 }, () => {
    let service: Service;
    let fw: Framework;
    let calls: { many: number; alone: number };
    before(async () => {
      service = await startService(engine);
      fw = await conditionsFramework();
      calls = countCalls(service.store.db);
    });
    after(async () => service?.stop());

    const submit = (collection: Collection, link: RespondentLink, document: Assessment, idempotencyKey?: string): Promise<SubmitOutcome> =>
      service.store.submit({ link, collection, framework: fw, document, idempotencyKey, requestHash: `hash of ${JSON.stringify(document)}` });
    const results = async (collection: Collection, owner: string) =>
      (await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner })).body.results.find((r: { perspective: string }) => r.perspective === 'self').aggregate;

    it('stores submissions that arrive together in one call, each answered as if alone', async () => {
      const { collection, team, owner } = await collectionWithLinks(service, { perspectives: ['self'] });
      const first = assessmentFor(fw, { id: 'respondent-a', seed: 1, answered: 30 });
      const revised = assessmentFor(fw, { id: 'respondent-a', seed: 2, answered: 40 });
      const other = assessmentFor(fw, { id: 'respondent-b', seed: 3, answered: 25 });
      const before = { ...calls };
      const outcomes = await Promise.all([
        submit(collection, team, first, 'key-a1'),
        submit(collection, team, other, 'key-b'),
        // A retry of the first request in the same call: its receipt, nothing stored twice.
        submit(collection, team, first, 'key-a1'),
        // The same respondent's next version in the same call: numbered after the first.
        submit(collection, team, revised, 'key-a2'),
        // The same key with another document: refused, as alone.
        submit(collection, team, other, 'key-a1'),
      ]);
      assert.equal(calls.many - before.many, 1, 'one call of sos_put_submissions');
      assert.equal(calls.alone - before.alone, 0, 'no submission sent alone');
      const [a1, b, retry, a2, conflict] = outcomes;
      assert.ok(a1?.kind === 'stored' && !a1.replayed && a1.receipt.version === 1);
      assert.ok(b?.kind === 'stored' && !b.replayed && b.receipt.version === 1 && b.receipt.id !== a1.receipt.id);
      assert.ok(retry?.kind === 'stored' && retry.replayed);
      assert.deepEqual(retry.receipt, a1.receipt);
      assert.ok(a2?.kind === 'stored' && a2.receipt.id === a1.receipt.id && a2.receipt.version === 2);
      assert.deepEqual(conflict, { kind: 'idempotency-conflict' });
      assert.deepEqual(await results(collection, owner), aggregateAssessments([revised, other], fw));
      const stored = (await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions?history=true`, { key: owner })).body.submissions;
      assert.deepEqual(
        stored.map((s: { document: Assessment; version: number }) => [s.document.id, s.version]).sort(),
        [['respondent-a', 1], ['respondent-a', 2], ['respondent-b', 1]],
      );
    });

    it('answers 404 to a submission through a withdrawn link and stores the others of its call', async () => {
      const { collection, team, owner } = await collectionWithLinks(service, { perspectives: ['self'] });
      const withdrawn = (await call(service.url, 'DELETE', `/v1/collections/${collection.id}/links/${team.id}`, { key: service.admin })).status;
      assert.equal(withdrawn, 200);
      const live = await call(service.url, 'POST', `/v1/collections/${collection.id}/links`, { key: service.admin, body: { perspective: 'self', label: 'second team' } });
      const documents = [0, 1, 2].map((i) => assessmentFor(fw, { id: `r-${i}`, seed: i, answered: 20 }));
      const before = { ...calls };
      const outcomes = await Promise.allSettled([submit(collection, live.body, documents[0]!), submit(collection, team, documents[1]!), submit(collection, live.body, documents[2]!)]);
      assert.equal(calls.many - before.many, 1);
      assert.equal(outcomes[0]!.status, 'fulfilled');
      assert.ok(outcomes[1]!.status === 'rejected' && outcomes[1].reason instanceof RequestError && outcomes[1].reason.status === 404);
      assert.equal(outcomes[2]!.status, 'fulfilled');
      assert.deepEqual(await results(collection, owner), aggregateAssessments([documents[0]!, documents[2]!], fw));
    });

    it('stores each submission alone when something undoes their shared call', async () => {
      const { collection, team, owner } = await collectionWithLinks(service, { perspectives: ['self'] });
      const good = assessmentFor(fw, { id: 'good', seed: 8, answered: 30 });
      // Text PostgreSQL refuses to store (the HTTP layer answers 422 before it gets this far).
      const refused = { ...assessmentFor(fw, { id: 'refused', seed: 9, answered: 30 }), notes: 'nul \u0000 here' } as Assessment;
      const before = { ...calls };
      const [stored, failed] = await Promise.allSettled([submit(collection, team, good), submit(collection, team, refused)]);
      assert.equal(calls.many - before.many, 1, 'tried together first');
      assert.ok(calls.alone - before.alone >= 2, 'then each alone');
      assert.ok(stored.status === 'fulfilled' && stored.value.kind === 'stored' && stored.value.receipt.version === 1);
      assert.equal(failed.status, 'rejected');
      assert.deepEqual(await results(collection, owner), aggregateAssessments([good], fw));
    });

    it("stores a returning respondent's revision alone when its earlier version's contribution must be computed first", async () => {
      const { collection, team, owner } = await collectionWithLinks(service, { perspectives: ['self'] });
      const earlier = assessmentFor(fw, { id: 'returning', seed: 5, answered: 30 });
      assert.equal((await submit(collection, team, earlier)).kind, 'stored');
      // As stored before migration 3: counted in the state, but its contribution not yet known, so
      // its next version is not stored by the call but alone, once the server has computed it.
      assert.equal(await service.store.fold(collection.id, 'self'), 1);
      await service.store.db.query(`UPDATE submissions SET contribution = NULL WHERE collection_id = $1`, [collection.id]);
      const next = assessmentFor(fw, { id: 'returning', seed: 6, answered: 35 });
      const newcomer = assessmentFor(fw, { id: 'newcomer', seed: 7, answered: 22 });
      const before = { ...calls };
      const [revision, added] = await Promise.all([submit(collection, team, next), submit(collection, team, newcomer)]);
      assert.equal(calls.many - before.many, 1, 'tried together first');
      assert.ok(calls.alone - before.alone >= 1, 'then the revision alone');
      assert.ok(revision.kind === 'stored' && revision.receipt.version === 2);
      assert.ok(added.kind === 'stored' && added.receipt.version === 1);
      assert.deepEqual(await results(collection, owner), aggregateAssessments([next, newcomer], fw));
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('Idempotency-Keys sent to two replicas at once (PostgreSQL)', { timeout: 300_000 }, () => {
    it('stores each submission once and answers both copies with its receipt', async () => {
      const url = await freshPostgresUrl();
      const databases = [await openPostgres(url), await openPostgres(url)];
      const [a, b] = [
        await startServer({ port: 0, database: databases[0]!, requestsPerMinute: 0, authFailuresPerMinute: 0 }),
        await startServer({ port: 0, database: databases[1]!, requestsPerMinute: 0, authFailuresPerMinute: 0 }),
      ];
      try {
        const fw = await conditionsFramework();
        const admin = (await a.store.createKey({ role: 'county-admin', county: 'Sierra Vista', label: 'replicas' }, undefined)).key;
        const collection = (await call(a.url, 'POST', '/v1/collections', { key: admin, body: { title: 'Two replicas', level: 'district', subject: DISTRICT, perspectives: ['self'] } })).body;
        const team = (await call(a.url, 'POST', `/v1/collections/${collection.id}/links`, { key: admin, body: { perspective: 'self' } })).body;
        const documents = Array.from({ length: 20 }, (_, i) => assessmentFor(fw, { id: `twice-${i}`, seed: i, answered: 20 + i }));
        // Each document goes to both replicas at the same moment with the same key, as a client
        // retrying through a load balancer would: the two calls race in the database.
        const replies = await Promise.all(
          documents.map((document, i) =>
            Promise.all([a, b].map((server) => call(server.url, 'POST', submitPath(team), { body: document, headers: { 'idempotency-key': `key-${i}` } }))),
          ),
        );
        for (const [first, second] of replies) {
          assert.equal(first!.status, 201, first!.text);
          assert.equal(second!.status, 201, second!.text);
          assert.deepEqual(first!.body, second!.body);
          assert.equal(first!.body.version, 1);
        }
        const [stored] = await databases[0]!.query<{ versions: number }>(
          `SELECT count(*)::int AS versions FROM submission_versions v JOIN submissions s ON s.id = v.submission_id WHERE s.collection_id = $1`,
          [collection.id],
        );
        assert.equal(stored?.versions, documents.length);
        const owner = (await call(a.url, 'POST', '/v1/keys', { key: admin, body: { role: 'owner', collectionId: collection.id, label: 'owner' } })).body.key;
        const results = (await call(b.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner })).body.results[0].aggregate;
        assert.deepEqual(results, aggregateAssessments(documents, fw));
      } finally {
        await a.close();
        await b.close();
        for (const db of databases) await db.close();
      }
    });
  });
}
