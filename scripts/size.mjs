// Reports what @sos-kit/core costs a browser: the library with zod/mini bundled in, minified and
// gzipped, and each built-in framework's lazily loaded data chunk. Figures, not assertions.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
import { onwarn } from '../rollup.config.js';
import minifyTemplates from './minify-templates.mjs';
// The same terser settings as the drop-in build in rollup.config.js.
const TERSER = { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } };

async function measure(input, entryName) {
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), json({ preferConst: true, compact: true }), minifyTemplates(), esbuild({ target: 'es2022' }), terser(TERSER)],
    onwarn,
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
  return output
    .filter((o) => o.type === 'chunk')
    .map((chunk) => ({ name: chunk.isEntry ? entryName : `${chunk.moduleIds.some((id) => id.endsWith('.json')) ? 'framework data' : 'lazy code'}: ${chunk.name}`, min: chunk.code.length, gz: gzipSync(chunk.code, { level: 9 }).length }));
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const whole = await measure('packages/core/src/index.ts', '@sos-kit/core, everything (with zod/mini)');
const widget = await measure('scripts/size-entries/widget.ts', 'what a widget uses: validate, score, gaps, CSV');
const radar = await measure('scripts/size-entries/radar.ts', 'sos-radar-chart alone, with lit');
const dropIn = await measure('packages/components/src/define.ts', 'drop-in sos-kit.js: lit + core + all elements');
const entryOf = (rows) => rows.find((row) => !row.name.startsWith('framework'));
const rows = [...whole.filter((row) => !row.name.includes('.')), entryOf(widget), entryOf(dropIn), entryOf(radar)];
console.log('size (minified / min+gzip):');
for (const row of rows) console.log(`  ${row.name.padEnd(58)} ${kb(row.min).padStart(9)} ${kb(row.gz).padStart(9)}`);
// <sos-self-assessment level="…"> downloads the bundle and the data of the level it rates.
// Each level's Spanish text (<id>.<level>.es) is a separate chunk, fetched only by Spanish pages.
const slices = whole.filter((row) => row.name.startsWith('framework data: ca-sos-conditions-capacities.') && !row.name.endsWith('.es'));
const spanishOf = (slice) => whole.find((row) => row.name === `${slice.name}.es`);
// Spanish pages also load the code that lays the Spanish texts over the English.
const translationCode = whole.find((row) => row.name === 'lazy code: translation');
console.log('\ndrop-in page rating one level of the conditions-and-capacities framework (bundle + that level\'s data; lang="es" adds its Spanish):');
for (const slice of slices) {
  const level = slice.name.split('.').pop();
  const spanish = spanishOf(slice);
  console.log(`  ${`level="${level}": ${kb(entryOf(dropIn).gz)} + ${kb(slice.gz)} data`.padEnd(58)} ${''.padStart(9)} ${kb(entryOf(dropIn).gz + slice.gz).padStart(9)}${spanish ? `   lang="es": + ${kb(spanish.gz)} text + ${kb(translationCode?.gz ?? 0)} code` : ''}`);
}
