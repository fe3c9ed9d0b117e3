/** Versioned migrations: empty → latest on both engines, recorded, idempotent, and a newer database is refused. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Aggregator, aggregateAssessments } from '@sos-kit/core';
import { migrate, MIGRATIONS } from '../src/migrations.js';
import type { Database } from '../src/db.js';
import { startServer } from '../src/server.js';
import { newLinkToken } from '../src/tokens.js';
import { contributionOf, countsLength } from '../src/counts.js';
import { ENGINES, openTestDatabase, type Engine } from './engines.js';
import { assessmentFor, call, conditionsFramework, DISTRICT } from './helpers.js';

/** Runs `check` on a new, empty database of the engine, and closes it. */
async function onEmptyDatabase(engine: Engine, check: (db: Database) => Promise<void>): Promise<void> {
  const db = await openTestDatabase(engine);
  try {
    await check(db);
  } finally {
    await db.close();
  }
}

for (const engine of ENGINES) {
  describe(`migrations on ${engine}`, { timeout: 120_000 }, () => {
    it('take an empty database to the latest version, record each, and do nothing the second time', () =>
      onEmptyDatabase(engine, async (db) => {
        const latest = Math.max(...MIGRATIONS.map((m) => m.version));
        assert.deepEqual(await migrate(db), MIGRATIONS.map((m) => m.version));
        const recorded = await db.query<{ version: number; name: string }>(`SELECT version, name FROM sos_schema_migrations ORDER BY version`);
        assert.deepEqual(recorded.map((r) => r.version), MIGRATIONS.map((m) => m.version));
        assert.equal(recorded.at(-1)!.version, latest);
        const tables = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
        assert.deepEqual(
          tables.map((t) => t.table_name),
          ['aggregate_counts', 'aggregate_states', 'api_keys', 'audit_events', 'collections', 'idempotency_keys', 'improvement_plan_versions', 'improvement_plans', 'respondent_links', 'server_settings', 'sos_schema_migrations', 'submission_versions', 'submissions'],
        );
        assert.deepEqual(await migrate(db), [], 'nothing left to apply');
      }));

    it('apply a later migration on top, and refuse a database newer than the server', () =>
      onEmptyDatabase(engine, async (db) => {
        const next = { version: 999, name: 'test: add a column', sql: 'ALTER TABLE collections ADD COLUMN note text; CREATE INDEX collections_note ON collections (note);' };
        await migrate(db);
        assert.deepEqual(await migrate(db, [...MIGRATIONS, next]), [999]);
        await assert.rejects(migrate(db), /schema version 999, newer than this server knows/);
      }));

    it('upgrade a version-1 database with data to the plans schema, keeping the data', () =>
      onEmptyDatabase(engine, async (db) => {
        assert.deepEqual(await migrate(db, MIGRATIONS.filter((m) => m.version === 1)), [1]);
        await db.query(`INSERT INTO collections (id, county, title, framework_id, framework_version, level, subject, perspectives) VALUES ('c1', 'Sierra Vista', 'Before plans', 'f', '1.0.0', 'district', '{"name":"X","type":"district"}', '["self"]')`);
        assert.deepEqual(await migrate(db, MIGRATIONS.filter((m) => m.version <= 2)), [2]);
        assert.deepEqual(await db.query(`SELECT title FROM collections`), [{ title: 'Before plans' }]);
        await db.query(`INSERT INTO improvement_plans (id, collection_id, latest_version, created_by) VALUES ('p1', 'c1', 1, 'system')`);
        await db.query(`INSERT INTO improvement_plan_versions (plan_id, version, document, saved_by) VALUES ('p1', 1, '{"schemaVersion":1}', 'system')`);
        // A version number is stored once: a second "version 1" cannot replace the first.
        await assert.rejects(db.query(`INSERT INTO improvement_plan_versions (plan_id, version, document, saved_by) VALUES ('p1', 1, '{}', 'system')`));
      }));

    it('upgrade a version-2 database whose states were kept as JSON: results unchanged, resubmissions of earlier submissions counted right', () =>
      onEmptyDatabase(engine, async (db) => {
        const fw = await conditionsFramework();
        await migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
        // What the version-2 server stored: the submissions, and the state of their latest versions as one JSON value.
        const documents = Array.from({ length: 6 }, (_, i) => assessmentFor(fw, { id: `before-${i}`, seed: i * 11, answered: 30 + i }));
        const aggregator = new Aggregator(fw, 'district', { validated: true });
        for (const document of documents) aggregator.add(document);
        const state = aggregator.state();
        const { token, hash } = newLinkToken();
        await db.query(
          `INSERT INTO collections (id, county, title, framework_id, framework_version, level, subject, perspectives) VALUES ('c1', 'Sierra Vista', 'Before counts', $1, $2, 'district', $3::jsonb, '["self"]')`,
          [fw.id, fw.version, JSON.stringify(DISTRICT)],
        );
        await db.query(`INSERT INTO aggregate_states (collection_id, perspective, state) VALUES ('c1', 'self', $1::json)`, [JSON.stringify(state)]);
        await db.query(`INSERT INTO respondent_links (id, collection_id, token_hash, perspective, label, created_by) VALUES ('l1', 'c1', $1, 'self', 'Team', 'system')`, [hash]);
        for (const [i, document] of documents.entries()) {
          await db.query(`INSERT INTO submissions (id, collection_id, link_id, respondent_key, perspective, latest_version) VALUES ($1, 'c1', 'l1', $2, 'self', 1)`, [`s${i}`, document.id]);
          await db.query(`INSERT INTO submission_versions (submission_id, version, document) VALUES ($1, 1, $2::jsonb)`, [`s${i}`, JSON.stringify(document)]);
        }

        const server = await startServer({ port: 0, database: db, requestsPerMinute: 0, authFailuresPerMinute: 0 });
        try {
          const [uncounted] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM submissions WHERE contribution IS NULL`);
          assert.equal(uncounted?.n, 0, 'every earlier submission got its counts at start');
          const owner = (await server.store.createKey({ role: 'owner', collectionId: 'c1', label: 'owner' }, undefined)).key;
          const results = async () => (await call(server.url, 'GET', '/v1/collections/c1/results', { key: owner })).body.results[0].aggregate;
          assert.deepEqual(await results(), aggregateAssessments(documents, fw), 'the JSON state carried over');

          const changed = documents.map((d, i) => (i % 2 === 0 ? assessmentFor(fw, { id: d.id!, seed: 100 + i, answered: 20 }) : d));
          for (const document of changed.filter((_, i) => i % 2 === 0)) {
            const reply = await call(server.url, 'POST', `/v1/respond/${token}`, { body: document });
            assert.equal(reply.status, 201, reply.text);
            assert.equal(reply.body.version, 2);
          }
          const added = assessmentFor(fw, { id: 'after-1', seed: 5 });
          assert.equal((await call(server.url, 'POST', `/v1/respond/${token}`, { body: added })).status, 201);
          assert.deepEqual(await results(), aggregateAssessments([...changed, added], fw), 'earlier versions taken out, new ones counted');
        } finally {
          await server.close();
        }
      }));

    it('upgrade a version-4 database whose submissions were counted at once: results unchanged, resubmissions counted right', () =>
      onEmptyDatabase(engine, async (db) => {
        const fw = await conditionsFramework();
        await migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
        const { token, hash } = newLinkToken();
        const empty = new Aggregator(fw, 'district', { validated: true }).state();
        await db.query(
          `INSERT INTO collections (id, county, title, framework_id, framework_version, level, subject, perspectives) VALUES ('c1', 'Sierra Vista', 'Counted at once', $1, $2, 'district', $3::jsonb, '["self"]')`,
          [fw.id, fw.version, JSON.stringify(DISTRICT)],
        );
        await db.query(`INSERT INTO aggregate_states (collection_id, perspective, state) VALUES ('c1', 'self', $1::json)`, [JSON.stringify(empty)]);
        await db.query(`INSERT INTO respondent_links (id, collection_id, token_hash, perspective, label, created_by) VALUES ('l1', 'c1', $1, 'self', 'Team', 'system')`, [hash]);
        // What the version-4 server did for each submission: migration 4's sos_submit, which added
        // its contribution to a shard of counts (and took out the earlier version's) at once.
        const documents = Array.from({ length: 5 }, (_, i) => assessmentFor(fw, { id: `counted-${i}`, seed: i * 7, answered: 25 + i }));
        const revised = assessmentFor(fw, { id: 'counted-1', seed: 50, answered: 33 });
        for (const [i, document] of [...documents, revised].entries()) {
          const state = new Aggregator(fw, 'district', { validated: true }).add(document).state();
          await db.query(`SELECT * FROM sos_submit($1, 'c1', 'l1', $2, 'self', $3::jsonb, $4::integer[], $5, $6::smallint, NULL, 'h')`, [
            `s${i}`,
            document.id,
            JSON.stringify(document),
            contributionOf(state),
            countsLength(state),
            i % 3,
          ]);
        }
        const latest = [documents[0]!, revised, ...documents.slice(2)];
        assert.deepEqual(await migrate(db), MIGRATIONS.filter((m) => m.version > 4).map((m) => m.version));

        const server = await startServer({ port: 0, database: db, requestsPerMinute: 0, authFailuresPerMinute: 0 });
        try {
          const owner = (await server.store.createKey({ role: 'owner', collectionId: 'c1', label: 'owner' }, undefined)).key;
          const results = async () => (await call(server.url, 'GET', '/v1/collections/c1/results', { key: owner })).body.results[0].aggregate;
          assert.deepEqual(await results(), aggregateAssessments(latest, fw), 'the counts carried over');
          // A resubmission of a submission counted before the upgrade takes that version out.
          const again = assessmentFor(fw, { id: 'counted-3', seed: 60, answered: 18 });
          const reply = await call(server.url, 'POST', `/v1/respond/${token}`, { body: again });
          assert.equal(reply.status, 201, reply.text);
          assert.equal(reply.body.version, 2);
          const now = latest.map((d) => (d.id === 'counted-3' ? again : d));
          assert.deepEqual(await results(), aggregateAssessments(now, fw), 'pending: read with the counts');
          assert.equal(await server.store.fold('c1', 'self'), 1);
          assert.deepEqual(await results(), aggregateAssessments(now, fw), 'folded into the counts');
        } finally {
          await server.close();
        }
      }));

    it('roll back a failing migration completely', () =>
      onEmptyDatabase(engine, async (db) => {
        const latest = Math.max(...MIGRATIONS.map((m) => m.version));
        const broken = { version: latest + 1, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' };
        await assert.rejects(migrate(db, [...MIGRATIONS, broken]));
        const tables = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name IN ('half_done', 'collections')`);
        assert.equal(tables.length, 0, 'neither the broken step nor the earlier ones of the same run were kept');
        assert.deepEqual(await migrate(db), MIGRATIONS.map((m) => m.version));
      }));
  });
}
