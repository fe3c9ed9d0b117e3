// Runs the journey tests against the built demo: builds first when the drop-in bundle is
// missing (a fresh clone), then runs the journeys with Node's test runner. Exits non-zero on any
// failure, and fails when the journey file is missing instead of running nothing. Every
// *.test.mjs file in this folder is a journey (journeys.test.mjs, plan.test.mjs, …).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DROP_IN } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const journeys = fileURLToPath(new URL('./journeys.test.mjs', import.meta.url));
if (!existsSync(journeys)) {
  console.error(`journey tests missing: ${journeys}`);
  process.exit(1);
}
if (!existsSync(DROP_IN)) {
  console.log('The drop-in bundle is not built yet: running npm run build first.');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const here = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(here).filter((name) => name.endsWith('.test.mjs')).sort().map((name) => `${here}${name}`);
// Argument filters run some journeys only: `node test/journeys/run.mjs plan`.
const wanted = process.argv.slice(2);
const chosen = wanted.length ? files.filter((file) => wanted.some((word) => file.includes(word))) : files;
if (chosen.length === 0) {
  console.error(`no journey file matches ${wanted.join(', ')}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...chosen], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
