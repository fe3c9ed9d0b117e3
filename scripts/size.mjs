// Reports what @sos-kit/core costs a browser: the library with zod/mini bundled in, minified and
// gzipped, and each built-in framework's lazily loaded data chunk. Figures, not assertions.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
import { onwarn } from '../rollup.config.js';

async function measure(input, entryName) {
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ browser: true }), json({ preferConst: true, compact: true }), esbuild({ target: 'es2022', tsconfig: 'packages/core/tsconfig.json' }), terser()],
    onwarn,
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
  return output
    .filter((o) => o.type === 'chunk')
    .map((chunk) => ({ name: chunk.isEntry ? entryName : `framework data: ${chunk.name}`, min: chunk.code.length, gz: gzipSync(chunk.code, { level: 9 }).length }));
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const whole = await measure('packages/core/src/index.ts', '@sos-kit/core, everything (with zod/mini)');
const widget = await measure('scripts/size-entries/widget.ts', 'what a widget uses: validate, score, gaps, CSV');
const rows = [...whole, widget.find((row) => !row.name.startsWith('framework'))];
console.log('size (minified / min+gzip):');
for (const row of rows) console.log(`  ${row.name.padEnd(58)} ${kb(row.min).padStart(9)} ${kb(row.gz).padStart(9)}`);
