import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const source = (name: string) => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url));
const uiWidget = fileURLToPath(new URL('../packages/ui/src/widgets/', import.meta.url));

/** Storybook for every Learnlens widget and state, on the mock adapter, resolving packages to their sources. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // react-docgen-typescript reads the props through the types, so widgets wrapped in their error boundary
  // (withWidgetBoundary) still get a docs table with every prop and its doc comment. Storybook's defaults leave
  // out props declared in node_modules (React's and the DOM's own).
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {
        alias: [
          { find: /^@learnlens\/ui$/, replacement: source('ui') },
          { find: /^@learnlens\/ui\/(.+)$/, replacement: `${uiWidget}$1/index.ts` },
          { find: /^@learnlens\/data-client$/, replacement: source('data-client') },
          { find: /^@learnlens\/mock$/, replacement: source('mock') },
        ],
      },
      // The mock engine generates data in the browser; a large org is a few megabytes of typed arrays.
      build: {
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          // "use client" directives mean nothing in a client-only bundle; the warning about them is noise.
          onLog(level: string, log: { code?: string }, handler: (level: string, log: object) => void) {
            if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
          },
        },
      },
    });
  },
};

export default config;
