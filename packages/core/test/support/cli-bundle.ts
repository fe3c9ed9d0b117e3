/**
 * The CLI as one JavaScript file, built once per test process, for specs that run it as a real
 * child process. Users run a bundle too (the package's `dist/cli.js`); starting one costs ~0.1 s
 * of CPU, where starting the TypeScript sources through tsx costs ~0.6 s — most of the CLI
 * specs' time, with dozens of runs.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
let built: Promise<string> | undefined;

/** Path of the bundled CLI (built on first use, deleted when the process exits). */
export function cliBundle(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sos-kit-cli-bundle-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, 'cli.mjs');
    await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
    return outfile;
  })();
  return built;
}
