#!/usr/bin/env node
/**
 * sos-kit-server: runs the collection service, applies migrations, and creates the first keys.
 *   sos-kit-server [--port 8787] [--host 127.0.0.1] [--data-dir ./data] [--demo]
 *   sos-kit-server migrate
 *   sos-kit-server keys create --role county-admin --county "Sierra Vista" --label "Jo, COE data lead"
 *   sos-kit-server keys create --role state-viewer --label "CDE Geo Lead review"
 * DATABASE_URL=postgres://… uses a PostgreSQL server instead of the embedded database.
 */
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect, parseArgs } from 'node:util';
import { databaseUnreachable, openDatabase, type Database } from './db.js';
import { migrate, MIGRATIONS } from './migrations.js';
import { startServer } from './server.js';
import { Store } from './store.js';

const HELP = `Usage:
  sos-kit-server [--port N] [--host ADDRESS] [--data-dir DIR] [--demo] [--trust-proxy]
      Serve the API. Default 127.0.0.1:8787 with an in-memory database unless --data-dir is given.
      --trust-proxy: behind your own load balancer, take the client's address and the public
      scheme and host from its X-Forwarded-For / -Proto / -Host headers.
  sos-kit-server migrate [--data-dir DIR]
      Apply pending database migrations and exit.
  sos-kit-server keys create --role county-admin --county NAME --label TEXT [--data-dir DIR]
  sos-kit-server keys create --role state-viewer --label TEXT [--data-dir DIR]
      Create a key and print it (shown only once).
  sos-kit-server keys revoke KEY_ID [--data-dir DIR]

Environment: DATABASE_URL (postgres://user:password@host:5432/db) selects a PostgreSQL server;
PORT and HOST set defaults for --port and --host.`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
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
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = values['data-dir'];
  const [command, sub, arg] = positionals;
  if (command === 'migrate' || command === 'keys') {
    const db = await openForCli({ databaseUrl, dataDir });
    try {
      const applied = await migrateForCli(db, databaseUrl);
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
  const portText = values.port ?? process.env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^[0-9]{1,5}$/.test(portText) || port > 65535) {
    throw new UsageError(`${values.port === undefined ? 'PORT' : '--port'} must be a port number from 0 to 65535, not "${portText}"`);
  }
  const host = values.host ?? process.env.HOST ?? '127.0.0.1';
  const db = await openForCli({ databaseUrl, dataDir });
  let server;
  try {
    const applied = await migrateForCli(db, databaseUrl);
    const schemaVersion = Math.max(...MIGRATIONS.map((m) => m.version));
    server = await startServer({ port, host, database: db, demo: values.demo ?? false, trustProxy: values['trust-proxy'] ?? false }).catch((error: unknown) => {
      if ((error as { syscall?: unknown }).syscall === 'listen' || (error as { syscall?: unknown }).syscall === 'getaddrinfo') throw new StartupError(listenProblem(error, host, port));
      if (databaseUrl && databaseUnreachable(error)) throw new StartupError(databaseProblem(error, databaseUrl, 'starting'));
      throw error;
    });
    const engine = databaseUrl ? `PostgreSQL at ${redactedUrl(databaseUrl)}` : dataDir ? `embedded PGlite in ${dataDir}` : 'embedded PGlite in memory (nothing is kept: pass --data-dir)';
    console.log(`sos-kit-server: ${server.url}/  (database: ${engine})`);
    console.log(`database schema version ${schemaVersion}${applied.length > 0 ? `: applied migrations ${applied.join(', ')} now` : ', up to date'}`);
    if (host === '0.0.0.0' || host === '::') {
      const { port: bound } = new URL(server.url);
      console.log(`listening on every network interface; from this machine: http://127.0.0.1:${bound}/`);
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  if (server.demo) {
    console.log(`demo county ${server.demo.county}: team link ${server.url}/v1/respond/${server.demo.teamToken}`);
    console.log(`demo owner key: ${server.demo.ownerKey}`);
  }
  const running = server;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

/** Checks where the data lives and opens it, or says in plain words why it cannot. */
async function openForCli(config: { databaseUrl: string | undefined; dataDir: string | undefined }): Promise<Database> {
  const { databaseUrl, dataDir } = config;
  if (databaseUrl) {
    let url: URL | undefined;
    try {
      url = new URL(databaseUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
      throw new UsageError(`DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/database, not "${redactedUrl(databaseUrl)}"`);
    }
  } else if (dataDir) {
    checkDataDir(dataDir);
  }
  try {
    return await openDatabase({ databaseUrl, dataDir });
  } catch (error) {
    throw new StartupError(databaseUrl ? databaseProblem(error, databaseUrl) : `cannot open the embedded database${dataDir ? ` in ${dataDir}` : ''}: ${describe(error)}`);
  }
}

/** Applies pending migrations; a refusal of the database is explained, not passed on raw. */
async function migrateForCli(db: Database, databaseUrl: string | undefined): Promise<number[]> {
  try {
    return await migrate(db);
  } catch (error) {
    throw new StartupError(databaseUrl ? databaseProblem(error, databaseUrl, 'applying migrations') : `applying migrations failed: ${describe(error)}`);
  }
}

/** The embedded engine's directory must exist (it is made) and be writable by this process. */
function checkDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = join(dataDir, `.sos-kit-write-check-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? `this process (user ${userName()}) may not write there`
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'part of that path is a file, not a directory'
          : code === 'EROFS'
            ? 'it is on a read-only file system'
            : code === 'ENOSPC'
              ? 'the disk is full'
              : describe(error);
    throw new StartupError(`cannot use --data-dir ${dataDir}: ${why}. Choose a directory this service's user can write, or give it that directory.`);
  }
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return String(process.getuid?.() ?? 'unknown');
  }
}

/** The URL with its password replaced, for messages. */
function redactedUrl(text: string): string {
  // By the text, not by URL parsing: "user:secret@host/db" (no scheme) parses as a URL without a password.
  return text.replace(/^((?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?[^:@/]*):[^@]*@/, '$1:***@');
}

/** Why PostgreSQL cannot be used, in words that say what to check. */
export function databaseProblem(error: unknown, databaseUrl: string, doing = 'connecting'): string {
  const url = new URL(databaseUrl);
  const where = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
  const user = decodeURIComponent(url.username) || 'the default user';
  const database = decodeURIComponent(url.pathname.slice(1)) || user;
  const code = (error as { code?: unknown } | undefined)?.code;
  const prefix = `cannot use the PostgreSQL database in DATABASE_URL (${redactedUrl(databaseUrl)})`;
  switch (code) {
    case 'ECONNREFUSED':
      return `${prefix}: nothing accepts connections at ${where}. Is PostgreSQL running there, and are the host and port right?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${prefix}: the host name "${url.hostname}" is not known here. Check its spelling and that this machine or container can resolve it.`;
    case '28P01':
      return `${prefix}: PostgreSQL refused the password of user "${user}". Check the user and password (write @ : / # % in a password as %40 %3A %2F %23 %25).`;
    case '28000':
      return `${prefix}: PostgreSQL does not let user "${user}" connect to database "${database}" from this machine (see its pg_hba.conf): ${describe(error)}`;
    case '3D000':
      return `${prefix}: database "${database}" does not exist on ${where}. Create it, owned by the service's user (CREATE DATABASE ${database} OWNER ${user};), or correct its name.`;
    case '42501':
      return `${prefix}: user "${user}" may not create the service's tables while ${doing} (${describe(error)}). Make it the owner of database "${database}" (ALTER DATABASE ${database} OWNER TO ${user};): since PostgreSQL 15 other users may not create tables in its public schema.`;
    default:
      if (databaseUnreachable(error)) return `${prefix}: the connection to ${where} failed while ${doing} (${describe(error)}). Check that PostgreSQL is up, and that a firewall or SSL setting is not in the way.`;
      return `${prefix}: ${doing} failed: ${describe(error)}`;
  }
}

/** Why the service cannot listen where it was asked to. */
export function listenProblem(error: unknown, host: string, port: number): string {
  switch ((error as { code?: unknown } | undefined)?.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use (by another sos-kit-server or another program). Stop that one, or choose another port with --port or PORT.`;
    case 'EADDRNOTAVAIL':
      return `this machine has no network address ${host} to listen on. Use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface, e.g. in a container).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name "${host}" given with --host or HOST is not known here. Give an address such as 127.0.0.1 or 0.0.0.0.`;
    case 'EACCES':
      return `this user may not listen on port ${port} (ports below 1024 need extra privileges). Use a port from 1024 up, e.g. 8787, and let the load balancer take 443.`;
    default:
      return `cannot listen on ${host}:${port}: ${describe(error)}`;
  }
}

/** A thrown value as text, whatever it is (the embedded engine can throw plain objects). */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return inspect(error, { depth: 2, breakLength: Infinity });
}

/** The service cannot start for a reason outside it (database, port, directory): a sentence, no stack. */
class StartupError extends Error {}

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
      // A sentence saying what is wrong; the stack only for a fault of the program itself.
      const known = error instanceof UsageError || error instanceof StartupError;
      console.error(`sos-kit-server: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : describe(error)}`);
      if (error instanceof UsageError) console.error(`\n${HELP}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
