// Runs every spec under packages/*/test with Node's test runner. Node 20 neither expands globs
// nor fails when given no files (it runs 0 tests and exits 0), so list the files here and fail
// loudly when there are none.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function collect(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (/\.test\.ts$/.test(name) && !/\.browser\.test\.ts$/.test(name)) out.push(relative(root, path));
  }
  return out;
}

const packagesDir = join(root, 'packages');
const files = readdirSync(packagesDir)
  .map((pkg) => join(packagesDir, pkg, 'test'))
  .filter((dir) => { try { return statSync(dir).isDirectory(); } catch { return false; } })
  .concat(join(root, 'scripts', 'test')) // the build's own helpers
  .flatMap((dir) => collect(dir))
  .sort();

if (files.length === 0) {
  console.error('run-node-tests: no test files found under packages/*/test');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--import', './scripts/node-test-globals.mjs', '--test', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
