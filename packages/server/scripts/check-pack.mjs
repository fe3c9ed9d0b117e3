// Packs @sos-kit/server and checks it ships what a user needs and nothing else, then installs the
// tarball into a scratch project (its dependencies linked from this checkout: no network) and
// uses it as a deployment would: the library entry, and the sos-kit-server bin serving /healthz.
// Run after `npm run build` (scripts/check-pack.mjs runs it).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const failures = [];
const scratch = mkdtempSync(join(tmpdir(), 'sos-kit-server-pack-'));

/** Starts the installed bin on a free port with an in-memory database; resolves with its URL. */
function serve(bin, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed within 120 s: ${out}${err}`)), 120_000);
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    });
    child.on('exit', (code) => reject(new Error(`sos-kit-server exited ${code}: ${err}`)));
  });
}

try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--workspace', 'packages/server', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  const files = packed.files.map((f) => f.path).sort();
  for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/store.js', 'dist/migrations.js', 'dist/openapi.js']) {
    if (!files.includes(file)) failures.push(`@sos-kit/server is missing ${file}`);
  }
  for (const file of files) {
    if (/^(src|test|bench|scripts)\//.test(file) || /tsconfig|\.spec\./.test(file)) failures.push(`@sos-kit/server ships a development file: ${file}`);
  }

  const project = join(scratch, 'project');
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '@sos-kit'), { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', join(modules, '@sos-kit')]);
  execFileSync('mv', [join(modules, '@sos-kit', 'package'), join(modules, '@sos-kit', 'server')]);
  // Its dependencies as this checkout resolves them for the package (core: the built workspace).
  // (looked up as Node would from packages/server: its own node_modules first, then the root's)
  const installed = (name) => [join(root, 'packages/server/node_modules', name), join(root, 'node_modules', name)].find((dir) => existsSync(join(dir, 'package.json')));
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', join(scratch, packed.filename), 'package/package.json'], { encoding: 'utf8' }));
  for (const name of Object.keys(manifest.dependencies)) {
    const dir = name === '@sos-kit/core' ? join(root, 'packages/core') : installed(name);
    if (!dir) throw new Error(`${name} is not installed in this checkout (npm ci)`);
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(dir, join(modules, name));
  }

  const usage = `
    import { createService, MIGRATIONS, openApiDocument } from '@sos-kit/server';
    const service = await createService();
    const health = await service.app.fetch(new Request('http://local/healthz'));
    const body = await health.json();
    await service.close();
    if (health.status !== 200 || body.schemaVersion !== Math.max(...MIGRATIONS.map((m) => m.version))) throw new Error('healthz: ' + JSON.stringify(body));
    if (!openApiDocument().paths['/v1/respond/{token}']) throw new Error('the OpenAPI document lacks the submit route');
    console.log('installed @sos-kit/server works: migrated an in-memory database, answered /healthz, OpenAPI included');
  `;
  try {
    process.stdout.write(execFileSync(process.execPath, ['--input-type=module', '-e', usage], { cwd: project, encoding: 'utf8' }));
  } catch (error) {
    failures.push(`using the installed @sos-kit/server failed:\n${error.stderr ?? error.message}`);
  }

  // The bin as npm links it: executable, runs from the built files, serves.
  const bin = join(modules, '@sos-kit/server', manifest.bin['sos-kit-server']);
  try {
    const { url, child } = await serve(bin, project);
    try {
      const health = await fetch(`${url}/healthz`);
      const body = await health.json();
      if (health.status !== 200 || body.status !== 'ok') failures.push(`the packaged sos-kit-server answered /healthz with ${health.status} ${JSON.stringify(body)}`);
      else console.log(`installed sos-kit-server bin works: ${url}/healthz → ${JSON.stringify(body)}`);
    } finally {
      child.kill();
    }
  } catch (error) {
    failures.push(`the packaged sos-kit-server bin failed: ${error.message}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-pack (server): ${failure}`);
  process.exit(1);
}
