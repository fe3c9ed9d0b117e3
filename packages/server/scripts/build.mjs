// Builds @sos-kit/server's dist/ (needs @sos-kit/core's declarations built first, as the root
// `npm run build` does) and copies the licence in, so the package packs like core.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${pkg}dist`, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', `${pkg}tsconfig.build.json`], { stdio: 'inherit' });
chmodSync(`${pkg}dist/cli.js`, 0o755);
copyFileSync(`${pkg}../../LICENSE`, `${pkg}LICENSE`);
