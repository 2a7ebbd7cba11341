// The page's side of the worker-hosted mock engine: a BackendAdapter whose every call is a message to the
// worker, so `createClient({ adapter })`, the hooks and the widgets use it exactly like any other backend.
import {
  AdapterError,
  queryNames,
  ScopeError,
  type AdapterAnswer,
  type AuditEntry,
  type BackendAdapter,
  type QueryRequest,
} from '@learnlens/data-client';
import type { MockDatasetOptions, MockFaults } from '@learnlens/mock';
import type { DatasetInfo, FromWorker, RemoteMethod, ToWorker, WireError } from './protocol.js';

/** Options of `createWorkerBackend`. */
export interface WorkerBackendOptions {
  /** What to generate (`createMockDataset` options). */
  dataset: MockDatasetOptions;
  /** Fault switches to start with. */
  faults: MockFaults;
  /** Seed of the fault draws, so a failing run replays. */
  faultSeed: number;
}

/** The mock backend running in a worker, with the QA controls the page needs. */
export interface WorkerBackend {
  /** The adapter to hand to `createClient`. */
  adapter: BackendAdapter;
  /** Resolves when the dataset is generated. */
  ready: Promise<DatasetInfo>;
  /** The fault switches in effect. */
  faults(): MockFaults;
  /** Changes fault switches without regenerating anything. */
  setFaults(faults: Partial<MockFaults>): void;
  /** Audit entries of the exports made in this page, oldest first. */
  auditLog(): readonly AuditEntry[];
  /** Calls `listener` after every audit write and fault change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Stops the worker; pending calls reject. */
  dispose(): void;
}

function fromWire(error: WireError): Error {
  if (error.code === 'SCOPE') return new ScopeError(error.message);
  if (error.code === 'ADAPTER') return new AdapterError('mock', error.message, { transient: error.transient ?? false });
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}

/** Starts the worker, generates the dataset in it and returns the adapter that talks to it. */
export function createWorkerBackend(options: WorkerBackendOptions): WorkerBackend {
  const worker = new Worker(new URL('./mock.worker.ts', import.meta.url), { type: 'module', name: 'learnlens-mock' });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const listeners = new Set<() => void>();
  // Replaced, never mutated, so React can compare snapshots.
  let audit: readonly AuditEntry[] = [];
  let faults = { ...options.faults };
  let nextId = 1;
  let disposed = false;

  const send = (message: ToWorker) => worker.postMessage(message);
  const notify = () => {
    for (const listener of listeners) listener();
  };

  let settleReady: { resolve: (info: DatasetInfo) => void; reject: (error: Error) => void };
  const ready = new Promise<DatasetInfo>((resolve, reject) => {
    settleReady = { resolve, reject };
  });

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'ready') settleReady.resolve(message.info);
    else if (message.type === 'failed') settleReady.reject(fromWire(message.error));
    else {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.ok) call.resolve(message.value);
      else call.reject(fromWire(message.error));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const error = new AdapterError('mock', `The mock engine's worker failed: ${event.message}`, { transient: false });
    settleReady.reject(error);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  send({ type: 'init', dataset: options.dataset, faults, faultSeed: options.faultSeed });

  function remote<T>(method: RemoteMethod, arg: unknown, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (disposed) return Promise.reject(new AdapterError('mock', 'The mock engine was stopped', { transient: false }));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        pending.delete(id);
        send({ type: 'abort', id });
        reject(signal!.reason);
      };
      pending.set(id, {
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      send({ type: 'call', id, method, arg } as ToWorker);
    });
  }

  const adapter: BackendAdapter = {
    name: 'mock',
    supportedQueries: queryNames,
    async run(request: QueryRequest, signal?: AbortSignal) {
      await ready;
      return remote<AdapterAnswer>('run', request, signal);
    },
    async writeAudit(entry: AuditEntry, signal?: AbortSignal) {
      await ready;
      await remote<void>('writeAudit', entry, signal);
      audit = [...audit, entry];
      notify();
    },
  };

  return {
    adapter,
    ready,
    faults: () => ({ ...faults }),
    setFaults(partial) {
      faults = { ...faults, ...partial };
      send({ type: 'setFaults', faults: partial });
      notify();
    },
    auditLog: () => audit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      worker.terminate();
      const error = new AdapterError('mock', 'The mock engine was stopped', { transient: false });
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    },
  };
}
