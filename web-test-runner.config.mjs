// Runs the portable specs (every *.test.ts except *.node.test.ts) in real Chromium from Debian.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export default {
  files: ['packages/*/test/**/*.test.ts', 'packages/components/src/**/*.test.ts', '!packages/*/test/**/*.node.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'chrome123' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // A headless page can count as backgrounded; its timers and rendering must not be throttled.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: keyboard and viewport commands need the focused page.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
