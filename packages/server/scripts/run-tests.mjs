// Runs the server suite on both engines: starts a throwaway PostgreSQL cluster, runs every
// packages/server/test/*.spec.ts with Node's test runner (each file covers PGlite and
// PostgreSQL), then stops and deletes the cluster whatever happened.
//   node packages/server/scripts/run-tests.mjs [spec files…]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const testDir = fileURLToPath(new URL('../test', import.meta.url));
const requested = process.argv.slice(2);
const files = requested.length > 0 ? requested : readdirSync(testDir).filter((f) => f.endsWith('.spec.ts')).sort().map((f) => relative(root, join(testDir, f)));
if (files.length === 0) {
  console.error('test:server: no spec files found in packages/server/test');
  process.exit(1);
}

const { tsImport } = await import('tsx/esm/api');
const { startCluster } = await tsImport('../test/postgres-cluster.ts', import.meta.url);
const cluster = await startCluster({ durable: false });
console.log(`test:server: PostgreSQL cluster at ${cluster.url}`);
let status = 1;
try {
  status = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SOS_TEST_POSTGRES_URL: cluster.url },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  cluster.stop();
}
process.exit(status);
