// npm run test:storybook — builds the static Storybook (timed, since CI has to afford it on two
// cores) and renders every story and docs page in Chromium with scripts/check-stories.mjs.
import { spawnSync } from 'node:child_process';

const started = performance.now();
const build = spawnSync('npm', ['run', 'build-storybook', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], shell: false });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (build.status !== 0) {
  console.error(`build-storybook failed (exit ${build.status}) after ${seconds} s`);
  process.exit(1);
}
console.log(`build-storybook: ${seconds} s (manifest, Vite build of every story and docs page)`);
const check = spawnSync(process.execPath, ['scripts/check-stories.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(check.status ?? 1);
