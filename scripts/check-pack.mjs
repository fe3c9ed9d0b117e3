// Packs each published package and checks that it ships exactly what a user needs, then
// installs the tarball into a scratch project and uses it the way a vendor would.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const failures = [];

function pack(workspace) {
  const out = execFileSync('npm', ['pack', '--json', '--workspace', workspace, '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out)[0];
}

const scratch = mkdtempSync(join(tmpdir(), 'sos-kit-pack-'));
try {
  const core = pack('packages/core');
  const files = core.files.map((f) => f.path).sort();
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'SOURCES.md',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/cli.js',
    'examples/aggregate-with-workers.mjs',
    'dist/model/types.d.ts',
    'dist/frameworks/ca-sos-conditions-capacities.js',
    'frameworks/ca-sos-conditions-capacities.json',
    'frameworks/ca-sos-effective-support-principles.json',
    'schemas/framework.schema.json',
    'schemas/assessment.schema.json',
  ];
  for (const file of required) if (!files.includes(file)) failures.push(`@sos-kit/core is missing ${file}`);
  for (const file of files) {
    if (/^(src|test|scripts)\//.test(file) || /tsconfig|\.test\./.test(file)) failures.push(`@sos-kit/core ships a development file: ${file}`);
  }

  // Install the tarball as a user would (zod linked from this checkout: no network needed).
  const project = join(scratch, 'project');
  mkdirSync(join(project, 'node_modules', '@sos-kit'), { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, core.filename), '-C', join(project, 'node_modules', '@sos-kit')]);
  execFileSync('mv', [join(project, 'node_modules', '@sos-kit', 'package'), join(project, 'node_modules', '@sos-kit', 'core')]);
  // The zod that @sos-kit/core resolves here (the root one may be another major, hoisted for a tool).
  const zodDir = dirname(createRequire(join(root, 'packages/core/package.json')).resolve('zod/package.json'));
  symlinkSync(zodDir, join(project, 'node_modules', 'zod'));
  const usage = `
    import { loadBuiltInFramework, createAssessment, parseAssessment, instrumentFor } from '@sos-kit/core';
    import schema from '@sos-kit/core/schemas/framework.schema.json' with { type: 'json' };
    import data from '@sos-kit/core/frameworks/ca-sos-conditions-capacities.json' with { type: 'json' };
    const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
    const draft = createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T00:00:00Z' });
    draft.ratings['shared-purpose.equity-focus'] = { value: 3 };
    parseAssessment(draft, framework);
    if (instrumentFor(framework, 'district').items.length !== 45) throw new Error('district instrument should have 45 items');
    if (schema.$id !== 'urn:sos-kit:schema:v1:framework' || data.id !== framework.id) throw new Error('schema or raw framework JSON not exported');
    console.log('installed @sos-kit/core works: 45 district items, schema and raw JSON exported');
  `;
  try {
    process.stdout.write(execFileSync(process.execPath, ['--input-type=module', '-e', usage], { cwd: project, encoding: 'utf8' }));
  } catch (error) {
    failures.push(`using the installed package failed:\n${error.stderr ?? error.message}`);
  }
  // The bin as npm would link it.
  const cli = spawnSync(process.execPath, [join(project, 'node_modules/@sos-kit/core/dist/cli.js'), 'export', '--format', 'csv', '--level', 'district'], { cwd: project, encoding: 'utf8' });
  if (cli.status !== 0 || !cli.stdout.startsWith('level,subject_name,shared-purpose.student-centered-purpose,')) failures.push(`the packaged sos-kit CLI failed: ${cli.stderr}`);
  else console.log('installed sos-kit CLI works: exported the district survey template');
  const example = spawnSync(process.execPath, [join(project, 'node_modules/@sos-kit/core/examples/aggregate-with-workers.mjs')], { cwd: project, encoding: 'utf8' });
  if (example.status !== 0 || !example.stdout.includes('identical to one thread: true')) failures.push(`the worker-thread example failed: ${example.stdout}${example.stderr}`);
  else console.log(`installed worker-thread example works: ${example.stdout.split('\n')[0]}`);
  const components = pack('packages/components');
  const componentFiles = components.files.map((f) => f.path);
  const entries = ['index', 'define', 'radar-chart', 'gap-table', 'rubric', 'self-assessment', 'define/radar-chart', 'define/gap-table', 'define/rubric', 'define/self-assessment', 'run-chart', 'improvement-plan', 'define/run-chart', 'define/improvement-plan', 'team-results', 'define/team-results', 'system-view', 'define/system-view'];
  for (const file of [...entries.flatMap((e) => [`dist/${e}.js`, `dist/${e}.d.ts`]), 'dist/drop-in/sos-kit.js', 'custom-elements.json', 'README.md', 'LICENSE']) {
    if (!componentFiles.includes(file)) failures.push(`@sos-kit/components is missing ${file}`);
  }
  for (const file of componentFiles) if (/^(src|test)\/|\.test\./.test(file)) failures.push(`@sos-kit/components ships a development file: ${file}`);

  // A bundler user: install the tarball next to core and lit, import one element through its
  // public entry point, and check the bundle holds that element and nothing it does not use.
  execFileSync('tar', ['-xzf', join(scratch, components.filename), '-C', join(project, 'node_modules', '@sos-kit')]);
  execFileSync('mv', [join(project, 'node_modules', '@sos-kit', 'package'), join(project, 'node_modules', '@sos-kit', 'components')]);
  // Lit's packages do not export package.json: take the installed copies (hoisted) as they are.
  for (const dependency of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context']) {
    const dir = join(root, 'node_modules', dependency);
    mkdirSync(dirname(join(project, 'node_modules', dependency)), { recursive: true });
    symlinkSync(dir, join(project, 'node_modules', dependency));
  }
  const { build } = await import('esbuild');
  const bundleOf = async (source) => {
    const result = await build({ stdin: { contents: source, resolveDir: project, loader: 'js' }, bundle: true, write: false, metafile: true, format: 'esm', splitting: false, platform: 'browser', conditions: ['browser', 'production'], logLevel: 'silent' });
    return Object.keys(result.metafile.inputs);
  };
  try {
    const radarOnly = await bundleOf(`import '@sos-kit/components/define/radar-chart.js';`);
    const stray = radarOnly.filter((input) => /@sos-kit\/core|node_modules\/zod|rubric|self-assessment|gap-table/.test(input));
    if (stray.length > 0) failures.push(`importing only the radar chart bundles other code: ${stray.join(', ')}`);
    else console.log(`installed @sos-kit/components: define/radar-chart.js bundles ${radarOnly.length} modules, none of core, zod or the other elements`);
    for (const entry of entries.filter((e) => e !== 'define')) {
      const specifier = entry === 'index' ? '@sos-kit/components' : `@sos-kit/components/${entry}.js`;
      await bundleOf(`import * as m from '${specifier}'; console.log(m);`);
    }
    console.log(`installed @sos-kit/components: all ${entries.length} entry points resolve and bundle`);
  } catch (error) {
    failures.push(`bundling the installed @sos-kit/components failed: ${error.message}`);
  }
  console.log(`@sos-kit/components ${components.version}: ${componentFiles.length} files, ${(components.size / 1024).toFixed(1)} KB packed`);
  console.log(`@sos-kit/core ${core.version}: ${files.length} files, ${(core.size / 1024).toFixed(1)} KB packed, ${(core.unpackedSize / 1024).toFixed(1)} KB unpacked`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(failures.map((f) => `check-pack: ${f}`).join('\n'));
  process.exit(1);
}

// @sos-kit/server has its own check (its bin starts a database): packages/server/scripts/check-pack.mjs.
await import('../packages/server/scripts/check-pack.mjs');
