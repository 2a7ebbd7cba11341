import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// One configuration for the whole workspace: tests import packages by name and
// resolve to their sources, so nothing has to be built before `vitest run`.
export default defineConfig({
  resolve: {
    alias: {
      '@learnlens/data-client': pkg('data-client'),
      '@learnlens/sql': pkg('sql'),
      '@learnlens/mock': pkg('mock'),
      '@learnlens/adapter-duckdb': pkg('adapter-duckdb'),
      '@learnlens/ui': pkg('ui'),
      '@learnlens/adapter-postgres': pkg('adapter-postgres'),
      '@learnlens/adapter-clickhouse': pkg('adapter-clickhouse'),
      '@learnlens/adapter-http': pkg('adapter-http'),
      '@learnlens/server': pkg('server'),
      '@learnlens/jobs': pkg('jobs'),
      '@learnlens/pipeline': pkg('pipeline'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts', 'testing/**/*.test.ts', 'examples/*/e2e/**/*.test.ts'],
    setupFiles: ['./testing/setup-dom.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './scripts/count-reporter.ts'],
  },
});
