/**
 * What a web team sees when they start `sos-kit-server` on a bad day: a database that is not
 * there, a URL that is not PostgreSQL's, a port in use, a data directory that cannot be written,
 * a mistyped option. Each is one sentence that says what is wrong and what to check, and a
 * non-zero exit — never a stack trace, never a password. And on a good day: the URL, and which
 * schema version the database is at and what was applied.
 */
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describe as describeThrown } from '../src/cli.js';
import { MIGRATIONS } from '../src/migrations.js';
import { ENGINES, freshPostgresUrl } from './engines.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI until it exits (or, for a server that starts, until it prints `until`, then stops it). */
function run(args: string[], env: Record<string, string | undefined> = {}, until?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, PORT: undefined, HOST: undefined, ...env };
    for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sos-kit-server ${args.join(' ')} did not finish within 120 s: ${out}${err}`));
    }, 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (until?.test(out)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** One plain sentence on stderr, no stack frames, and a failing exit code. */
function assertPlainFailure(result: Run, expected: RegExp, code = 1): void {
  assert.equal(result.code, code, `exit code (stderr: ${result.err})`);
  assert.match(result.err, /^sos-kit-server: /);
  assert.match(result.err, expected);
  assert.doesNotMatch(result.err, /\n\s+at |\[object Object\]/, `no stack trace or unprintable value: ${result.err}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('sos-kit-server on a bad day (any engine)', { timeout: 300_000 }, () => {
  let occupied: Server;
  let scratch: string;
  before(async () => {
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', () => resolve()));
    scratch = mkdtempSync(join(tmpdir(), 'sos-kit-cli-'));
  });
  after(async () => {
    await new Promise<void>((resolve) => occupied.close(() => resolve()));
    rmSync(scratch, { recursive: true, force: true });
  });

  it('names a port that is in use and how to choose another', async () => {
    const { port } = occupied.address() as { port: number };
    assertPlainFailure(await run(['--port', String(port)]), new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port or PORT`));
  });

  it('names a --data-dir it cannot write, and why', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a directory');
    assertPlainFailure(await run(['--port', '0', '--data-dir', join(file, 'data')]), /cannot use --data-dir .*a-file\/data: part of that path is a file, not a directory/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL\'s without showing its password', async () => {
    for (const url of ['mysql://sos:hunter2@db:3306/sos', 'sos:hunter2@localhost/sos']) {
      const result = await run(['--port', '0'], { DATABASE_URL: url });
      assertPlainFailure(result, /DATABASE_URL must be a PostgreSQL URL such as postgres:\/\//, 2);
      assert.doesNotMatch(result.err, /hunter2/);
    }
  });

  it('says PORT is out of range when the environment gave it (not "undefined")', async () => {
    assertPlainFailure(await run([], { PORT: '99999' }), /PORT must be a port number from 0 to 65535, not "99999"/, 2);
  });

  it('answers a mistyped option with the usage and exit code 2', async () => {
    const result = await run(['--prot', '9000']);
    assertPlainFailure(result, /Unknown option '--prot'/, 2);
    assert.match(result.err, /Usage:/);
  });

  it('prints its URL and the schema version, and what it applied', async () => {
    const dataDir = join(scratch, 'data');
    const first = await run(['--port', '0', '--data-dir', dataDir], {}, /schema version/);
    assert.match(first.out, /^sos-kit-server: http:\/\/127\.0\.0\.1:\d+\/ {2}\(database: embedded PGlite in /);
    assert.match(first.out, new RegExp(`database schema version ${LATEST}: applied migrations 1, .*${LATEST} now`));
    const second = await run(['--port', '0', '--data-dir', dataDir], {}, /schema version/);
    assert.match(second.out, new RegExp(`database schema version ${LATEST}, up to date`));
  });

  it('prints an address to open when it listens on every interface', async () => {
    const result = await run(['--port', '0', '--host', '0.0.0.0'], {}, /from this machine/);
    assert.match(result.out, /listening on every network interface; from this machine: http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('describes a thrown value that is not an Error instead of "[object Object]"', () => {
    assert.equal(describeThrown({ status: 1, reason: 'read-only' }), "{ status: 1, reason: 'read-only' }");
    assert.equal(describeThrown(new Error('plain')), 'plain');
  });
});

if (ENGINES.includes('postgres')) {
  describe('sos-kit-server with a PostgreSQL it cannot use', { timeout: 300_000 }, () => {
    it('says nothing accepts connections at the host and port of DATABASE_URL, hiding the password', async () => {
      const port = await freePort();
      const result = await run(['--port', '0'], { DATABASE_URL: `postgres://sos:hunter2@127.0.0.1:${port}/sos` });
      assertPlainFailure(result, new RegExp(`nothing accepts connections at 127\\.0\\.0\\.1:${port}\\. Is PostgreSQL running there`));
      assert.match(result.err, /postgres:\/\/sos:\*\*\*@127\.0\.0\.1/);
      assert.doesNotMatch(result.err, /hunter2/);
    });

    it('names a database that does not exist and how to create it', async () => {
      const url = new URL(await freshPostgresUrl());
      url.pathname = '/no_such_db';
      assertPlainFailure(await run(['--port', '0'], { DATABASE_URL: url.href }), /database "no_such_db" does not exist on .*CREATE DATABASE no_such_db OWNER/);
    });

    it('migrate and keys commands explain the same way', async () => {
      const port = await freePort();
      for (const args of [['migrate'], ['keys', 'create', '--role', 'state-viewer', '--label', 'x']]) {
        assertPlainFailure(await run(args, { DATABASE_URL: `postgres://sos@127.0.0.1:${port}/sos` }), /nothing accepts connections/);
      }
    });
  });
}
