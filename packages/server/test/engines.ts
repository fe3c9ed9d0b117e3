/**
 * Both database engines for the same suite. The test runner (packages/server/scripts/run-tests.mjs)
 * starts one PostgreSQL cluster and passes its URL in SOS_TEST_POSTGRES_URL; each test file gets
 * its own fresh database in it, and its own in-memory PGlite.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../src/db.js';

export type Engine = 'pglite' | 'postgres';
/** Both, unless SOS_TEST_ENGINES narrows it for a quick local run (e.g. SOS_TEST_ENGINES=postgres). */
export const ENGINES: readonly Engine[] = (process.env.SOS_TEST_ENGINES ?? 'pglite,postgres').split(',').filter((e): e is Engine => e === 'pglite' || e === 'postgres');
if (ENGINES.length === 0) throw new Error(`SOS_TEST_ENGINES names no engine: "${process.env.SOS_TEST_ENGINES}"`);

function adminUrl(): string {
  const url = process.env.SOS_TEST_POSTGRES_URL;
  if (!url) throw new Error('SOS_TEST_POSTGRES_URL is not set: run the server suite with "npm run test:server", which starts a PostgreSQL cluster');
  return url;
}

/** A new, empty database's URL on the test cluster. */
export async function freshPostgresUrl(): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const name = `sos_test_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.href;
}

/** A new, empty database on the engine. */
export async function openTestDatabase(engine: Engine, options: { dataDir?: string } = {}): Promise<Database> {
  return engine === 'pglite' ? openPglite(options.dataDir) : openPostgres(await freshPostgresUrl(), { max: 20 });
}
