// Storybook for designers and county web teams: every element, state, theme and language.
// Offline by design: no telemetry, no update checks, nothing fetched at build or run time.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const coreSource = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  staticDirs: [
    // Framework files the self-assessment stories load by URL (src), as a county page would.
    { from: '../stories/data', to: '/data' },
  ],
  async viteFinal(viteConfig) {
    // Stories run against core's source, as the tests do: a fresh clone has no dist/.
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = [...(Array.isArray(viteConfig.resolve.alias) ? viteConfig.resolve.alias : []), { find: /^@sos-kit\/core$/, replacement: coreSource }];
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 4000 };
    return viteConfig;
  },
};
export default config;
