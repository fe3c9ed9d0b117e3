// npm run bench:server: starts a throwaway PostgreSQL cluster with its default (durable)
// settings, runs packages/server/bench/server.bench.ts on PGlite and PostgreSQL, then stops it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { tsImport } = await import('tsx/esm/api');
const { startCluster } = await tsImport('../test/postgres-cluster.ts', import.meta.url);
const cluster = await startCluster({ durable: true });
let status = 1;
try {
  status = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/bench/server.bench.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, SOS_TEST_POSTGRES_URL: cluster.url } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  cluster.stop();
}
process.exit(status);
