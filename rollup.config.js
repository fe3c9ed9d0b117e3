// Builds each package to dist/ as ES modules. Declarations come from tsc (see package.json
// "build"); rollup-plugin-esbuild only strips types, so `npm run typecheck` is what type-checks.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';
import minifyTemplates from './scripts/minify-templates.mjs';

/** zod 4 ships annotations and import cycles rollup warns about harmlessly; hide only those. */
export function onwarn(warning, warn) {
  const inZod = (warning.id ?? warning.ids?.join(' ') ?? warning.message).includes('node_modules/zod');
  if (inZod && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

const core = {
  input: { index: 'packages/core/src/index.ts', zod: 'packages/core/src/zod.ts', cli: 'packages/core/src/cli/bin.ts' },
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

/** The package's public entry points: every element alone, its registration, and all of them. */
const componentEntries = Object.fromEntries(
  ['index', 'define', 'radar-chart', 'gap-table', 'rubric', 'self-assessment', 'define/radar-chart', 'define/gap-table', 'define/rubric', 'define/self-assessment', 'run-chart', 'improvement-plan', 'define/run-chart', 'define/improvement-plan', 'team-results', 'define/team-results', 'system-view', 'define/system-view'].map((name) => [name, `packages/components/src/${name}.ts`]),
);

const components = {
  input: componentEntries,
  // Bundler users bring their own lit and core; the drop-in below carries everything.
  external: (id) => /^(lit|@lit\/|@sos-kit\/|zod)/.test(id),
  output: { dir: 'packages/components/dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  // Template whitespace is shrunk here too: an application's minifier leaves template literals alone.
  plugins: [minifyTemplates(), esbuild({ target: 'es2022', tsconfig: 'packages/components/tsconfig.json' })],
  onwarn,
};

/**
 * Bundles @sos-kit/core from its sources: its npm build is pre-chunked (shared with the CLI),
 * which hides unused code from tree-shaking.
 */
function coreFromSource() {
  const entry = fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url));
  return { name: 'core-from-source', resolveId: (id) => (id === '@sos-kit/core' ? entry : null) };
}

/** The drop-in: one <script type="module" src=".../sos-kit.js"> on any page. */
const dropIn = {
  input: { 'sos-kit': 'packages/components/src/drop-in.ts' },
  // Core and zod declare "sideEffects": false; read from source, core's modules would otherwise be
  // kept whole for their module-level schema constructions (e.g. improvement plans in the rubric's
  // bundle). Only the elements' define files register anything.
  treeshake: { moduleSideEffects: (id) => !/[\\/]packages[\\/]core[\\/]src[\\/]|[\\/]node_modules[\\/]zod[\\/]/.test(id) },
  output: {
    dir: 'packages/components/dist/drop-in',
    format: 'es',
    entryFileNames: '[name].js',
    // Built-in framework data lands in its own chunks, loaded only when a page asks for it.
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    coreFromSource(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    json({ preferConst: true, compact: true }),
    minifyTemplates(),
    esbuild({ target: 'es2022', tsconfig: 'packages/components/tsconfig.json' }),
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
  onwarn,
};

export default [core, components, dropIn];
