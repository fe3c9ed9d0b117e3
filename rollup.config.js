// Builds each package to dist/ as ES modules. Declarations come from tsc (see package.json
// "build"); rollup-plugin-esbuild only strips types, so `npm run typecheck` is what type-checks.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** zod 4 ships annotations and import cycles rollup warns about harmlessly; hide only those. */
export function onwarn(warning, warn) {
  const inZod = (warning.id ?? warning.ids?.join(' ') ?? warning.message).includes('node_modules/zod');
  if (inZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

const core = {
  input: { index: 'packages/core/src/index.ts', cli: 'packages/core/src/cli/bin.ts' },
  // Dependencies stay external in the npm build so applications share one copy of zod.
  external: (id) => id === 'zod' || id.startsWith('zod/') || id.startsWith('node:'),
  output: {
    dir: 'packages/core/dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Each built-in framework is its own chunk, loaded only when asked for.
    chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.endsWith('.json')) ? 'frameworks/[name].js' : 'chunks/[name]-[hash].js'),
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    sourcemap: true,
  },
  plugins: [nodeResolve(), json({ preferConst: true }), esbuild({ target: 'es2022', tsconfig: 'packages/core/tsconfig.json' })],
  onwarn,
};

export default [core];
