// The module the worker-pool tests hand to `workers.module`: the mock engine over a small dataset, where
// `orgOverview` from 2000-01-01 stands for a pathological request (it holds its thread in a loop for `spinMs`).
import type { BackendAdapter } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';

/** What the tests pass as `workers.options`. */
export interface WorkerAdapterOptions {
  seed: number;
  spinMs?: number;
  failAuditWrites?: boolean;
}

/** A pathological request: the date the tests use for one. */
export const PATHOLOGICAL_FROM = '2000-01-01';

function isPathological(request: unknown): boolean {
  const r = request as { name?: unknown; params?: { from?: unknown } } | undefined;
  return r?.name === 'orgOverview' && r.params?.from === PATHOLOGICAL_FROM;
}

/** Builds the adapter inside a worker; any method handed the pathological request spins first. */
export function createAdapter(options: WorkerAdapterOptions): BackendAdapter {
  const dataset = createMockDataset({ endDate: '2026-11-01', seed: options.seed, orgs: 2, learnersPerOrg: 14, teamSize: 7, days: 40 });
  const adapter = createMockAdapter({ dataset, failAuditWrites: options.failAuditWrites ?? false });
  const spinMs = options.spinMs ?? 30_000;
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (isPathological(args[0])) {
          const end = Date.now() + spinMs;
          while (Date.now() < end) {
            // Synchronous on purpose: nothing but terminating the thread stops it.
          }
        }
        return value.apply(target, args);
      };
    },
  });
}

/** A module whose adapter cannot be built. */
export function createBrokenAdapter(): BackendAdapter {
  throw new Error('cannot open the backend: no such database');
}
