// Reports what @sos-kit/core costs a browser: the library with zod/mini bundled in, minified and
// gzipped, and each built-in framework's lazily loaded data chunk. Figures, not assertions.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
import { onwarn } from '../rollup.config.js';

const bundle = await rollup({
  input: 'packages/core/src/index.ts',
  plugins: [nodeResolve({ browser: true }), json({ preferConst: true, compact: true }), esbuild({ target: 'es2022', tsconfig: 'packages/core/tsconfig.json' }), terser()],
  onwarn,
});
const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = output
  .filter((o) => o.type === 'chunk')
  .map((chunk) => ({ name: chunk.isEntry ? '@sos-kit/core (library + zod/mini)' : `framework data: ${chunk.name}`, min: chunk.code.length, gz: gzipSync(chunk.code, { level: 9 }).length }));
console.log('size (minified / min+gzip):');
for (const row of rows) console.log(`  ${row.name.padEnd(58)} ${kb(row.min).padStart(9)} ${kb(row.gz).padStart(9)}`);
