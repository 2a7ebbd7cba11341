import { createClient, type AuditEntry, type LearnlensClient } from '@learnlens/data-client';
import type { MockFaults } from '@learnlens/mock';
import { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DatasetInfo } from './backend/protocol.js';
import { createWorkerBackend, type WorkerBackend } from './backend/workerBackend.js';
import { datasetOptions, type DatasetSize } from './settings.js';

/** Where the demo's backend is. */
export type DemoBackendState =
  | { status: 'starting'; backend?: undefined }
  | { status: 'generating'; backend: WorkerBackend; startedAt: number }
  | { status: 'ready'; backend: WorkerBackend; client: LearnlensClient; queryClient: QueryClient; info: DatasetInfo }
  | { status: 'failed'; backend: WorkerBackend; error: Error };

/**
 * Two switches only tests use, read once from the URL: `end` fixes the history's last day and `pseudonymSalt`
 * the peers' pseudonyms, so screenshots compare equal on every run and every day.
 */
function pinnedForTests(): { endDate?: string; pseudonymSalt?: string } {
  const q = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
  const endDate = q.get('end');
  const pseudonymSalt = q.get('pseudonymSalt');
  return { ...(endDate ? { endDate } : {}), ...(pseudonymSalt ? { pseudonymSalt } : {}) };
}

/**
 * Generates the dataset of `size` in a worker and gives a client over it. A new size or seed means a new
 * worker, client and cache; fault changes go to the running worker, so nothing reloads.
 */
export function useDemoBackend(size: DatasetSize, seed: number, faultSeed: number, faults: MockFaults): DemoBackendState {
  const [state, setState] = useState<DemoBackendState | null>(null);

  useEffect(() => {
    const pinned = pinnedForTests();
    const dataset = { ...datasetOptions(size, seed), ...(pinned.endDate ? { endDate: pinned.endDate } : {}) };
    const backend = createWorkerBackend({ dataset, faults, faultSeed });
    let live = true;
    setState({ status: 'generating', backend, startedAt: performance.now() });
    backend.ready.then(
      (info) => {
        if (!live) return;
        const client = createClient({
          adapter: backend.adapter,
          ...(pinned.pseudonymSalt ? { privacy: { pseudonymSalt: pinned.pseudonymSalt } } : {}),
        });
        // The host's own cache, handed to the provider so the host's other queries could share it. No refetch on
        // window focus: with faults switched on, a focus would otherwise change what QA is looking at.
        const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
        setState({ status: 'ready', backend, client, queryClient, info });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', backend, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
      backend.dispose();
    };
    // Faults are applied below without regenerating; only their first values are sent at start.
  }, [size, seed, faultSeed]);

  const backend = state?.backend;
  useEffect(() => {
    if (!backend) return;
    const current = backend.faults();
    if (
      current.failureRate !== faults.failureRate ||
      current.malformedRate !== faults.malformedRate ||
      current.latencyMs !== faults.latencyMs ||
      current.failAuditWrites !== faults.failAuditWrites
    ) {
      backend.setFaults(faults);
    }
  }, [backend, faults.failureRate, faults.malformedRate, faults.latencyMs, faults.failAuditWrites]);

  return state ?? { status: 'starting' };
}

const noEntries: readonly AuditEntry[] = [];

/** The audit entries the backend has written, re-rendering on every new one. */
export function useAuditLog(backend: WorkerBackend | undefined): readonly AuditEntry[] {
  const subscribe = useCallback((listener: () => void) => backend?.subscribe(listener) ?? (() => {}), [backend]);
  return useSyncExternalStore(subscribe, () => backend?.auditLog() ?? noEntries);
}
