import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { eventsOrgPlugin } from './server/eventsOrgPlugin.js';

const pkg = (name: string) => fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));

// The workspace packages resolve to their sources, so the demo runs without `pnpm run build`.
const alias = {
  // Before '@learnlens/ui', which would otherwise take the subpath for a folder of its index file.
  '@learnlens/ui/messages/de': fileURLToPath(new URL('../../packages/ui/src/i18n/locales/de.ts', import.meta.url)),
  '@learnlens/ui/messages/fr': fileURLToPath(new URL('../../packages/ui/src/i18n/locales/fr.ts', import.meta.url)),
  '@learnlens/ui/messages/es': fileURLToPath(new URL('../../packages/ui/src/i18n/locales/es.ts', import.meta.url)),
  '@learnlens/ui/messages/ja': fileURLToPath(new URL('../../packages/ui/src/i18n/locales/ja.ts', import.meta.url)),
  '@learnlens/ui/messages/ar': fileURLToPath(new URL('../../packages/ui/src/i18n/locales/ar.ts', import.meta.url)),
  '@learnlens/data-client': pkg('data-client'),
  '@learnlens/mock': pkg('mock'),
  '@learnlens/ui': pkg('ui'),
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The events org's data go through the event pipeline on the server side (server/eventsOrgPlugin.ts).
  plugins: [react(), eventsOrgPlugin(alias)],
  resolve: { alias },
  worker: { format: 'es' },
  // The demo imports every widget and view into one chunk on purpose; a host bundles only what it imports.
  build: { chunkSizeWarningLimit: 2_000 },
  optimizeDeps: {
    // Listed up front so the dev server never discovers one late and reloads the page mid-session (or mid-test).
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
      'zod',
      'date-fns',
      'date-fns/locale/en-US',
      'date-fns/locale/de',
      'date-fns/locale/fr',
      'date-fns/locale/ja',
      'date-fns/locale/es',
      'date-fns/locale/ar',
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
