/**
 * Two replicas of the service on one PostgreSQL database, as behind a load balancer. The submit
 * route of a replica reuses a recent link lookup; what another replica changes meanwhile must
 * still hold at once: a withdrawn link stores nothing, a closed collection answers 409, and a
 * submission through either replica counts in the results both give.
 */
import { aggregateAssessments } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostgres, type Database } from '../src/db.js';
import { startServer, type RunningServer } from '../src/server.js';
import { ENGINES, freshPostgresUrl } from './engines.js';
import { assessmentFor, call, conditionsFramework, DISTRICT, submitPath } from './helpers.js';

if (ENGINES.includes('postgres')) {
  describe('replicas on one PostgreSQL database', { timeout: 300_000 }, () => {
    const databases: Database[] = [];
    let a: RunningServer;
    let b: RunningServer;
    let admin: string;
    before(async () => {
      const url = await freshPostgresUrl();
      for (let i = 0; i < 2; i++) databases.push(await openPostgres(url));
      a = await startServer({ port: 0, database: databases[0]!, requestsPerMinute: 0, authFailuresPerMinute: 0 });
      b = await startServer({ port: 0, database: databases[1]!, requestsPerMinute: 0, authFailuresPerMinute: 0 });
      admin = (await a.store.createKey({ role: 'county-admin', county: 'Sierra Vista', label: 'replicas' }, undefined)).key;
    });
    after(async () => {
      await a?.close();
      await b?.close();
      for (const db of databases) await db.close();
    });

    const collectionWithTeam = async () => {
      const collection = (await call(a.url, 'POST', '/v1/collections', { key: admin, body: { title: 'Replicas', level: 'district', subject: DISTRICT, perspectives: ['self'] } })).body;
      const team = (await call(a.url, 'POST', `/v1/collections/${collection.id}/links`, { key: admin, body: { perspective: 'self' } })).body;
      return { collection, team };
    };

    it('refuses a link withdrawn through the other replica at once, storing nothing', async () => {
      const fw = await conditionsFramework();
      const { collection, team } = await collectionWithTeam();
      assert.equal((await call(a.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'first' }) })).status, 201, 'replica A has looked the link up');
      assert.equal((await call(b.url, 'DELETE', `/v1/collections/${collection.id}/links/${team.id}`, { key: admin })).status, 200);
      const late = await call(a.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'after-withdrawal' }) });
      assert.equal(late.status, 404, late.text);
      const stored = await call(b.url, 'GET', `/v1/collections/${collection.id}/submissions`, { key: admin });
      assert.deepEqual(stored.body.submissions.map((s: { document: { id: string } }) => s.document.id), ['first']);
    });

    it('answers 409 on one replica once the other closed the collection, and counts submissions from both', async () => {
      const fw = await conditionsFramework();
      const { collection, team } = await collectionWithTeam();
      const documents = [assessmentFor(fw, { id: 'via-a', seed: 1 }), assessmentFor(fw, { id: 'via-b', seed: 2 })];
      assert.equal((await call(a.url, 'POST', submitPath(team), { body: documents[0] })).status, 201);
      assert.equal((await call(b.url, 'POST', submitPath(team), { body: documents[1] })).status, 201);
      for (const replica of [a, b]) {
        const results = await call(replica.url, 'GET', `/v1/collections/${collection.id}/results`, { key: admin });
        assert.deepEqual(results.body.results[0].aggregate, aggregateAssessments(documents, fw));
      }
      assert.equal((await call(b.url, 'PATCH', `/v1/collections/${collection.id}`, { key: admin, body: { status: 'closed' } })).status, 200);
      const late = await call(a.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'after-close' }) });
      assert.equal(late.status, 409, late.text);
    });
  });
}
