// What each worker of the server bench imports (and the in-process server builds): the mock engine over a generated
// dataset, where `orgOverview` from 1900-01-01 stands for a pathological request — it holds its thread for `spinMs`
// (synthetic, standing in for any CPU-bound query that runs too long).
import type { BackendAdapter } from '../packages/data-client/src/index.js';
import { createMockAdapter, createMockDataset } from '../packages/mock/src/index.js';

/** The dataset and the pathological request's cost. */
export interface ServerBenchAdapterOptions {
  seed: number;
  orgs: number;
  learnersPerOrg: number;
  days: number;
  spinMs: number;
}

/** The `from` that marks the pathological request. */
export const PATHOLOGICAL_FROM = '1900-01-01';

/** Builds the adapter (in a worker, or on the request thread). */
export function createAdapter(options: ServerBenchAdapterOptions): BackendAdapter {
  const dataset = createMockDataset({ seed: options.seed, orgs: options.orgs, learnersPerOrg: options.learnersPerOrg, days: options.days });
  const adapter = createMockAdapter({ dataset });
  return {
    name: adapter.name,
    supportedQueries: adapter.supportedQueries,
    writeAudit: (entry, signal) => adapter.writeAudit(entry, signal),
    run(request, signal) {
      if (request.name === 'orgOverview' && (request.params as { from?: string }).from === PATHOLOGICAL_FROM) {
        const end = Date.now() + options.spinMs;
        while (Date.now() < end) {
          // Holds the thread, as a runaway computation would.
        }
      }
      return adapter.run(request, signal);
    },
  };
}
