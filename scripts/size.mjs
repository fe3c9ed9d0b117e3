// npm run size: what a user's page downloads, measured through the packages' public entry points
// (package.json "exports", after `npm run build`) and bundled with esbuild the way an
// application would bundle them (minified, code splitting on, browser and production
// conditions). The drop-in is measured as built. Each file is gzipped on its own (level 9), as a
// server would send it. Figures and budgets, never assertions.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const KiB = 1024;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

for (const entry of ['packages/components/dist/define.js', 'packages/components/dist/drop-in/sos-kit.js', 'packages/core/dist/index.js']) {
  try {
    readFileSync(join(root, entry));
  } catch {
    console.error(`size: ${entry} is missing; run "npm run build" first (npm run size does).`);
    process.exit(1);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'sos-kit-size-'));

/**
 * `start` with every file it imports statically, transitively: what a browser fetches before that
 * file runs. `importsOf` names a file's static imports (esbuild's metafile, rollup's chunks or the
 * built drop-in's source each say it their own way).
 */
function staticClosure(start, importsOf) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of importsOf(file)) visit(imported);
  };
  visit(start);
  return files;
}

/**
 * Bundles `source` (an application's entry module) and returns what loads up front (the entry and
 * the chunks it imports statically) and what loads later (dynamic imports: framework data).
 */
async function bundle(name, source, { external = [] } = {}) {
  const file = join(scratch, `${name.replace(/\W+/g, '-')}.js`);
  writeFileSync(file, source);
  const result = await build({
    entryPoints: [file],
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(scratch, 'out'),
    write: false,
    minify: true,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser', 'production'],
    legalComments: 'none',
    logLevel: 'error',
    external,
  });
  const text = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  const outputs = result.metafile.outputs;
  // Dynamic imports (framework data) are entry points too: find the one for this file.
  const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint === relative(root, file));
  const upFront = staticClosure(entryPath, (path) => outputs[path].imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path));
  const absolute = (path) => join(root, path);
  const sizeOf = (paths) => [...paths].reduce((sum, path) => ({ min: sum.min + text.get(absolute(path)).length, gz: sum.gz + gz(text.get(absolute(path))) }), { min: 0, gz: 0 });
  const later = Object.keys(outputs).filter((path) => path.endsWith('.js') && !upFront.has(path));
  const inputs = Object.keys(result.metafile.inputs);
  return { ...sizeOf(upFront), later: later.map((path) => ({ name: basename(path), ...sizeOf([path]) })), inputs };
}

/** The built drop-in: its entry with the chunks it imports statically, and each lazy chunk. */
function dropIn() {
  const dir = join(root, 'packages/components/dist/drop-in');
  const read = (path) => readFileSync(join(dir, path), 'utf8');
  const files = ['sos-kit.js', ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`)].filter((f) => f.endsWith('.js'));
  // Static imports only: `import … from "./x.js"` / `import "./x.js"`, not `import("./x.js")`.
  const closure = (start) =>
    staticClosure(start, (path) =>
      [...read(path).matchAll(/(?:^|[;}\s])import\s*(?:[^("'`]*?from\s*)?["']\.\/([^"']+)["']/g)].map((match) => join(path.includes('/') ? 'chunks' : '', match[1]).replace(/^chunks\/chunks\//, 'chunks/')),
    );
  const upFront = closure('sos-kit.js');
  const size = (paths) => [...paths].reduce((sum, path) => ({ min: sum.min + read(path).length, gz: sum.gz + gz(read(path)) }), { min: 0, gz: 0 });
  const data = files.filter((f) => /chunks\/ca-sos-/.test(f));
  const code = files.filter((f) => !data.includes(f));
  /** What loading a lazy chunk (by name) fetches beyond what is already there. */
  const extra = (name, already = upFront) => {
    const file = code.find((f) => basename(f).startsWith(`${name}-`));
    if (!file) throw new Error(`size: the drop-in has no chunk named ${name}`);
    return size([...closure(file)].filter((f) => !already.has(f)));
  };
  return { entry: size(upFront), code: size(code), extra, lazyCode: code.filter((f) => !upFront.has(f)).map((f) => ({ name: f, ...size([f]) })), data: data.map((f) => ({ name: basename(f).replace(/-[\w-]{8}\.js$/, ''), ...size([f]) })) };
}

/**
 * The same application entry bundled with rollup (what Vite uses for production builds), minified
 * with terser: what loads up front (the entry and its static imports).
 */
async function rollupBundle(source) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: json } = await import('@rollup/plugin-json');
  const { default: terser } = await import('@rollup/plugin-terser');
  const file = join(scratch, 'rollup-entry.js');
  writeFileSync(file, source);
  const bundled = await rollup({
    input: file,
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'], modulePaths: [join(root, 'node_modules')] }), json(), terser()],
    onwarn: () => {},
  });
  const { output } = await bundled.generate({ format: 'es', dir: join(scratch, 'rollup-out') });
  await bundled.close();
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = staticClosure(output.find((c) => c.type === 'chunk' && c.isEntry).fileName, (name) => chunks.get(name).imports.filter((imported) => chunks.has(imported)));
  return [...upFront].reduce((sum, name) => ({ min: sum.min + chunks.get(name).code.length, gz: sum.gz + gz(chunks.get(name).code) }), { min: 0, gz: 0 });
}

const rows = [];
const row = (what, size, budget) => rows.push({ what, size, budget });

const radar = await bundle('radar', `import '@sos-kit/components/define/radar-chart.js';`);
row('<sos-radar-chart> alone: define/radar-chart.js', radar, { limit: 12 * KiB, label: '≤ 12 KiB' });
const radarViaRoot = await bundle('radar-root', `import { SosRadarChart } from '@sos-kit/components';\ncustomElements.define('sos-radar-chart', SosRadarChart);`);
row('SosRadarChart from the package root (esbuild)', radarViaRoot);
row('SosRadarChart from the package root (rollup, as Vite builds)', await rollupBundle(`import { SosRadarChart } from '@sos-kit/components';\ncustomElements.define('sos-radar-chart', SosRadarChart);`));
// Issues 10 and 11 budget the new elements "beyond lit and core": what the element adds to a page
// that already has both (they stay external here).
const beyondLitAndCore = { external: ['lit', 'lit/*', '@lit/*', '@sos-kit/core', '@sos-kit/core/*'] };
row('<sos-team-results> beyond lit and core', await bundle('team-results', `import '@sos-kit/components/define/team-results.js';`, beyondLitAndCore), { limit: 12 * KiB, label: '≤ 12 KiB' });
row('<sos-system-view> beyond lit and core', await bundle('system-view', `import '@sos-kit/components/define/system-view.js';`, beyondLitAndCore), { limit: 12 * KiB, label: '≤ 12 KiB' });
row('<sos-improvement-plan> beyond lit and core', await bundle('improvement-plan', `import '@sos-kit/components/define/improvement-plan.js';`, beyondLitAndCore), { limit: 14 * KiB, label: '≤ 14 KiB' });
row('<sos-gap-table> alone: define/gap-table.js', await bundle('gap-table', `import '@sos-kit/components/define/gap-table.js';`));
row('<sos-rubric> alone: define/rubric.js', await bundle('rubric', `import '@sos-kit/components/define/rubric.js';`));
const widget = await bundle('self-assessment', `import '@sos-kit/components/define/self-assessment.js';`);
row('<sos-self-assessment> and its parts: define/self-assessment.js', widget);
const everything = await bundle('define', `import '@sos-kit/components/define.js';`);
const built = dropIn();
row('every element: define.js', everything, { limit: built.code.gz, label: `≤ the drop-in (${kib(built.code.gz)})` });
row('drop-in sos-kit.js as built, every code file', built.code);
row('drop-in sos-kit.js, what loads up front', built.entry);
row('@sos-kit/core, everything', await bundle('core', `import * as core from '@sos-kit/core';\nglobalThis.sosKit = core;`));
row(
  'what a widget uses of core: validate, score, gaps, CSV',
  await bundle('core-widget', `export { analyzeGaps, assessmentsToCsv, createAssessment, gapReportToCsv, instrumentFor, loadBuiltInFramework, localize, safeParseAssessment, safeParseFramework, scoreAssessment, scoreResultToCsv, sortGapRows } from '@sos-kit/core';`),
);

console.log('What a page downloads, bundled with esbuild through the public entry points (minified / min+gzip per file):\n');
for (const { what, size, budget } of rows) {
  const verdict = budget ? `  budget ${budget.label}: ${size.gz <= budget.limit ? 'met' : 'MISSED'} (${(size.gz / budget.limit).toFixed(2)}×)` : '';
  console.log(`  ${what.padEnd(64)} ${kib(size.min).padStart(10)} ${kib(size.gz).padStart(10)}${verdict}${budget ? ` (${size.gz} B)` : ""}`);
}
const leaks = ['packages/core/', 'node_modules/zod/', 'rubric/', 'self-assessment/'].filter((part) => radar.inputs.some((input) => input.includes(part)));
console.log(`\n  the radar alone bundles ${leaks.length === 0 ? 'no core, zod, rubric or widget code' : `code it should not: ${leaks.join(', ')}`}`);
if (built.lazyCode.length > 0) console.log(`  the drop-in loads later: ${built.lazyCode.map((c) => `${basename(c.name)} ${kib(c.gz)}`).join(', ')}`);

console.log('\nA page rating one level with the drop-in, before the first answer (sos-kit.js up front + that level\'s framework data):');
// English pages download the level's document; Spanish pages its Spanish text (<id>.<level>.es) and the merging code too.
const translation = built.extra('translation').gz;
for (const slice of built.data.filter((d) => /^ca-sos-conditions-capacities\.[\w-]+$/.test(d.name) && !d.name.endsWith('.es'))) {
  const level = slice.name.split('.').pop();
  const total = built.entry.gz + slice.gz;
  const spanish = built.data.find((d) => d.name === `${slice.name}.es`);
  const es = spanish ? `; lang="es" + ${kib(spanish.gz + translation)} = ${kib(total + spanish.gz + translation)}` : '';
  console.log(`  level="${level}"`.padEnd(20) + `${kib(built.entry.gz)} + ${kib(slice.gz)} data = ${kib(total)}`.padEnd(44) + `(${total} B) budget ≤ 45 KiB: ${total <= 45 * KiB ? 'met' : 'MISSED'} (${(total / (45 * KiB)).toFixed(3)}×)${es}`);
}
// A returning visitor with a stored draft also waits for the code that reads it back (it validates: zod).
const recovery = built.extra('draft-recovery');
console.log(`  a returning visitor with a stored draft: + ${kib(recovery.gz)} (reading the draft back, with validation) before the answers show`);
// The widget's later steps come when the browser is next idle after the rubric shows (or on the first step change).
const steps = built.extra('steps');
console.log(`  after the first answer is possible (idle): the widget's results, review, plan and report steps + ${kib(steps.gz)}; results elements as listed above`);
console.log('\nBuilt-in framework data, loaded on demand:');
for (const chunk of built.data) console.log(`  ${chunk.name.padEnd(62)} ${kib(chunk.min).padStart(10)} ${kib(chunk.gz).padStart(10)}`);
rmSync(scratch, { recursive: true, force: true });
