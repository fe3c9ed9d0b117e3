/**
 * kill -9 of the service in the middle of a load, then a restart on the same data: every
 * submission that was answered 201 is there, with the version it was given. Runs the real CLI
 * in a child process, on an embedded data directory and on PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENGINES, freshPostgresUrl } from './engines.js';
import { assessmentFor, call, conditionsFramework, DISTRICT } from './helpers.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Runs the CLI; resolves with its stdout once it exits. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`cli ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/** Starts the service; resolves with its URL (from the line it prints) and the process. */
function serve(args: string[], env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const match = /sos-kit-server: (http:\/\/\S+?)\/ /.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code} before listening: ${err}`)));
  });
}

for (const engine of ENGINES) {
  describe(`crash safety on ${engine}`, { timeout: 600_000 }, () => {
    it('keeps every 201 across kill -9 and a restart', async () => {
      const fw = await conditionsFramework();
      const dir = mkdtempSync(join(tmpdir(), 'sos-kit-crash-'));
      const env: NodeJS.ProcessEnv = { ...process.env };
      const args: string[] = [];
      if (engine === 'postgres') env.DATABASE_URL = await freshPostgresUrl();
      else args.push('--data-dir', join(dir, 'db'));
      try {
        const created = await runCli(['keys', 'create', '--role', 'county-admin', '--county', 'Sierra Vista', '--label', 'crash test', ...args], env);
        const admin = /key:\s+(\S+)/.exec(created)![1]!;
        let { url, child } = await serve(args, env);
        const collection = await call(url, 'POST', '/v1/collections', { key: admin, body: { title: 'Crash', level: 'district', subject: DISTRICT, perspectives: ['self'] } });
        const link = await call(url, 'POST', `/v1/collections/${collection.body.id}/links`, { key: admin, body: { perspective: 'self' } });
        const path = `/v1/respond/${link.body.token}`;

        const acknowledged: { id: string; version: number }[] = [];
        let n = 0;
        let killed = false;
        const client = async (c: number) => {
          while (!killed) {
            const i = n++;
            // Every fifth request resubmits an earlier respondent: versions must survive too.
            const id = i % 5 === 4 ? `r-${c}-${i - 4}` : `r-${c}-${i}`;
            try {
              const reply = await call(url, 'POST', path, { body: assessmentFor(fw, { id, seed: i }) });
              if (reply.status === 201) acknowledged.push(reply.body);
              else assert.fail(`unexpected ${reply.status}: ${reply.text}`);
            } catch (error) {
              if (!killed) throw error;
              return;
            }
          }
        };
        const load = Promise.all(Array.from({ length: 16 }, (_, c) => client(c)));
        while (acknowledged.length < 120) await new Promise((r) => setTimeout(r, 20));
        child.kill('SIGKILL');
        killed = true;
        await load;
        await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once('exit', r)));
        assert.ok(acknowledged.length >= 120);

        ({ url, child } = await serve(args, env));
        try {
          const owner = await call(url, 'POST', '/v1/keys', { key: admin, body: { role: 'owner', collectionId: collection.body.id, label: 'after' } });
          const stored = await call(url, 'GET', `/v1/collections/${collection.body.id}/submissions?history=true`, { key: owner.body.key });
          const have = new Set(stored.body.submissions.map((s: { id: string; version: number }) => `${s.id}@${s.version}`));
          const missing = acknowledged.filter((r) => !have.has(`${r.id}@${r.version}`));
          assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged submissions lost`);
          // The state is consistent with the rows after the crash: one respondent per latest version.
          const results = await call(url, 'GET', `/v1/collections/${collection.body.id}/results`, { key: owner.body.key });
          const latest = await call(url, 'GET', `/v1/collections/${collection.body.id}/submissions`, { key: owner.body.key });
          assert.equal(results.body.results[0].aggregate.respondents, latest.body.submissions.length);
          // And the restarted service takes new submissions.
          assert.equal((await call(url, 'POST', path, { body: assessmentFor(fw, { id: 'after-restart' }) })).status, 201);
        } finally {
          child.kill('SIGTERM');
          await new Promise((r) => child.once('exit', r));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
