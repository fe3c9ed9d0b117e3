#!/usr/bin/env node
/**
 * sos-kit-server: runs the collection service, applies migrations, and creates the first keys.
 *   sos-kit-server [--port 8787] [--host 127.0.0.1] [--data-dir ./data] [--demo]
 *   sos-kit-server migrate
 *   sos-kit-server keys create --role county-admin --county "Sierra Vista" --label "Jo, COE data lead"
 *   sos-kit-server keys create --role state-viewer --label "CDE Geo Lead review"
 * DATABASE_URL=postgres://… uses a PostgreSQL server instead of the embedded database.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from './db.js';
import { migrate } from './migrations.js';
import { startServer } from './server.js';
import { Store } from './store.js';

const HELP = `Usage:
  sos-kit-server [--port N] [--host ADDRESS] [--data-dir DIR] [--demo]
      Serve the API. Default 127.0.0.1:8787 with an in-memory database unless --data-dir is given.
  sos-kit-server migrate [--data-dir DIR]
      Apply pending database migrations and exit.
  sos-kit-server keys create --role county-admin --county NAME --label TEXT [--data-dir DIR]
  sos-kit-server keys create --role state-viewer --label TEXT [--data-dir DIR]
      Create a key and print it (shown only once).
  sos-kit-server keys revoke KEY_ID [--data-dir DIR]

Environment: DATABASE_URL (postgres://user:password@host:5432/db) selects a PostgreSQL server;
PORT and HOST set defaults for --port and --host.`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean' },
      role: { type: 'string' },
      county: { type: 'string' },
      label: { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = values['data-dir'];
  const [command, sub, arg] = positionals;
  if (command === 'migrate' || command === 'keys') {
    const db = await openDatabase({ databaseUrl, dataDir });
    try {
      const applied = await migrate(db);
      if (command === 'migrate') {
        console.log(applied.length > 0 ? `applied migrations ${applied.join(', ')}` : 'the database is up to date');
        return 0;
      }
      const store = new Store(db);
      if (sub === 'create') {
        const role = values.role;
        if (role !== 'county-admin' && role !== 'state-viewer') throw new UsageError('--role must be county-admin or state-viewer (owner keys are made by a county admin through the API)');
        if (role === 'county-admin' && !values.county) throw new UsageError('a county admin key needs --county');
        if (!values.label) throw new UsageError('give the key a --label saying who holds it');
        const created = await store.createKey({ role, county: values.county, label: values.label }, undefined);
        console.log(`key id: ${created.id}\nkey:    ${created.key}\nStore it now: it is shown only this once.`);
        return 0;
      }
      if (sub === 'revoke' && arg) {
        await store.revokeKey(arg, undefined);
        console.log(`revoked ${arg}`);
        return 0;
      }
      throw new UsageError('expected "keys create" or "keys revoke KEY_ID"');
    } finally {
      await db.close();
    }
  }
  if (command !== undefined && command !== 'serve') throw new UsageError(`unknown command "${command}"`);
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const server = await startServer({ port, host: values.host ?? process.env.HOST ?? '127.0.0.1', databaseUrl, dataDir, demo: values.demo ?? false, trustProxy: values['trust-proxy'] ?? false });
  const engine = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : dataDir ? `embedded PGlite in ${dataDir}` : 'embedded PGlite in memory (nothing is kept: pass --data-dir)';
  console.log(`sos-kit-server: ${server.url}/  (database: ${engine})`);
  if (server.demo) {
    console.log(`demo county ${server.demo.county}: team link ${server.url}/v1/respond/${server.demo.teamToken}`);
    console.log(`demo owner key: ${server.demo.ownerKey}`);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

class UsageError extends Error {}

/** True when this file is the program (also through npm's bin symlink), not an import. */
function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}

const invoked = isMain();
if (invoked) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (error: unknown) => {
      console.error(`sos-kit-server: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof UsageError) console.error(`\n${HELP}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
