/** Versioned migrations: empty → latest on both engines, recorded, idempotent, and a newer database is refused. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migrate, MIGRATIONS } from '../src/migrations.js';
import type { Database } from '../src/db.js';
import { ENGINES, openTestDatabase, type Engine } from './engines.js';

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
          ['aggregate_states', 'api_keys', 'audit_events', 'collections', 'idempotency_keys', 'improvement_plan_versions', 'improvement_plans', 'respondent_links', 'server_settings', 'sos_schema_migrations', 'submission_versions', 'submissions'],
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
        assert.deepEqual(await migrate(db), [2]);
        assert.deepEqual(await db.query(`SELECT title FROM collections`), [{ title: 'Before plans' }]);
        await db.query(`INSERT INTO improvement_plans (id, collection_id, latest_version, created_by) VALUES ('p1', 'c1', 1, 'system')`);
        await db.query(`INSERT INTO improvement_plan_versions (plan_id, version, document, saved_by) VALUES ('p1', 1, '{"schemaVersion":1}', 'system')`);
        // A version number is stored once: a second "version 1" cannot replace the first.
        await assert.rejects(db.query(`INSERT INTO improvement_plan_versions (plan_id, version, document, saved_by) VALUES ('p1', 1, '{}', 'system')`));
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
