// Runs the portable specs (every *.test.ts except *.node.test.ts) in real Chromium from Debian.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FOREGROUND_ARGS, CHROMIUM_PATH as executablePath } from './scripts/chromium.mjs';


// Endpoints for submit-url specs: /__test__/submit/ok records what was POSTed (read it back with
// GET /__test__/submit/last); /__test__/submit/fail answers 503.
let lastSubmission = null;
async function submitEndpoints(ctx, next) {
  if (ctx.path === '/__test__/submit/ok' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    lastSubmission = Buffer.concat(chunks).toString('utf8');
    ctx.status = 201;
    ctx.body = '{"received":true}';
    return;
  }
  if (ctx.path === '/__test__/submit/fail' && ctx.method === 'POST') {
    ctx.status = 503;
    ctx.body = 'unavailable';
    return;
  }
  if (ctx.path === '/__test__/submit/last') {
    ctx.type = 'application/json';
    ctx.body = lastSubmission ?? 'null';
    return;
  }
  return next();
}

export default {
  files: ['packages/*/test/**/*.test.ts', 'packages/components/src/**/*.test.ts', '!packages/*/test/**/*.node.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  middleware: [submitEndpoints],
  plugins: [
    // Tests run against core's source: nothing has to be built first (a fresh clone has no dist/).
    { name: 'core-from-source', resolveImport: ({ source }) => (source === '@sos-kit/core' ? '/packages/core/src/index.ts' : source === '@sos-kit/core/zod' ? '/packages/core/src/zod.ts' : undefined) },
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'chrome123' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_FOREGROUND_ARGS,
      },
    }),
  ],
  // One page at a time: keyboard and viewport commands need the focused page.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
