/**
 * A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb in a temporary directory,
 * listening on 127.0.0.1 at a free port, stopped and deleted afterwards. initdb refuses to run
 * as root, so as root the cluster belongs to the `postgres` system user (runuser).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export interface Cluster {
  /** Connection URL of the `postgres` database (superuser, no password). */
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a new cluster; throws with the install hint when PostgreSQL is missing.
 * `durable: false` (the test suite) turns fsync off: on a shared CI disk each commit's fsync
 * costs tens of milliseconds, and the suite tests the service, not the disk. The crash test kills
 * the service, never the database, so it is unaffected. Benchmarks keep PostgreSQL's defaults.
 */
export async function startCluster(options: { durable?: boolean } = {}): Promise<Cluster> {
  if (!existsSync(join(POSTGRES_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (no ${POSTGRES_BIN}/initdb): apt-get install -y postgresql, or set POSTGRES_BIN`);
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'sos-kit-pg-'));
  const run = (binary: string, args: string[]) => {
    const command = join(POSTGRES_BIN, binary);
    return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' }) : execFileSync(command, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const fast = options.durable === false ? ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off' : '';
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`, '-w', '-l', join(dir, 'log'), 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
