import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AdapterError, type ExportFormat, type PrivacyPolicy, type QueryName, type Viewer } from '@learnlens/data-client';
import type { Executor, ExportOptions, ExportStream } from './executor.js';
import type { WorkerJob, WorkerSetup } from './worker.js';
import { decodeError, type WireError } from './workerErrors.js';

/** Runs the backend in worker threads, so a long computation never holds the request thread (see docs/server.md). */
export interface WorkerPoolOptions {
  /**
   * The module each worker imports to build its adapter: a file URL (e.g. `new URL('./adapter.js', import.meta.url)`)
   * or a package name. Its export `exportName` is called with `options` and returns the adapter (or a promise of it).
   */
  module: string | URL;
  /** The export to call (default "createAdapter"). */
  exportName?: string;
  /** The argument of that export; it crosses to the worker by structured clone (no functions). */
  options?: unknown;
  /** Worker threads (default: the machine's cores, at least 1). */
  size?: number;
  /** After a cancelled job, how long its worker may take to stop before it is terminated and replaced, in ms (default 100). */
  cancelGraceMs?: number;
}

type Outcome = { type: 'result'; bytes: Uint8Array } | ({ type: 'export' } & Omit<ExportStream, 'chunks'>);

type Pulled = { done: true } | { done: false; bytes: Uint8Array };

interface Pull {
  resolve(pulled: Pulled): void;
  reject(error: unknown): void;
}

interface Job {
  message: Exclude<WorkerJob, { type: 'cancel' }>;
  signal: AbortSignal;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  /** Exports this worker is streaming, by id: the pull waiting for its next chunk, if any. */
  streams: Map<number, Pull | undefined>;
  killTimer?: ReturnType<typeof setTimeout>;
}

// Sources run under tsx (tests, `tsx bin.ts`): the worker must load TypeScript too. Built packages use worker.js.
function workerEntry(): { entry: URL | string; eval: boolean } {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(ts ? './worker.ts' : './worker.js', import.meta.url);
  if (!ts) return { entry: url, eval: false };
  return { entry: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`, eval: true };
}

/** Starts `size` workers; jobs queue on the request thread and go to whichever worker is free. */
export function createWorkerPool(options: WorkerPoolOptions, privacy: PrivacyPolicy): Executor {
  const size = options.size ?? Math.max(1, availableParallelism());
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`createLearnlensHandler: workers.size must be a positive integer, got ${size}`);
  const grace = options.cancelGraceMs ?? 100;
  const moduleHref = options.module instanceof URL ? options.module.href : String(options.module);
  if (!moduleHref) throw new TypeError('createLearnlensHandler: workers.module must name the module that builds the adapter');
  const setup: WorkerSetup = { module: moduleHref, exportName: options.exportName ?? 'createAdapter', options: options.options, privacy };
  const { entry, eval: isEval } = workerEntry();

  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let supported: readonly string[] | undefined;
  let readyResolve!: () => void;
  let readyReject!: (error: unknown) => void;
  const readyPromise = new Promise<void>((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  readyPromise.catch(() => undefined);
  let startFailure: unknown;

  function failAll(error: unknown): void {
    for (const job of queue.splice(0)) job.reject(error);
  }

  function spawn(): Slot {
    const worker = new Worker(entry, { eval: isEval, workerData: setup });
    // Idle workers must not keep the host's process alive.
    worker.unref();
    const slot: Slot = { worker, ready: false, streams: new Map() };
    worker.on('message', (message: { type: string; id?: number; error?: WireError; supportedQueries?: string[] } & Record<string, unknown>) => {
      if (message.type === 'ready') {
        slot.ready = true;
        supported ??= message.supportedQueries;
        readyResolve();
        dispatch();
        return;
      }
      if (message.type === 'failed') {
        startFailure = decodeError(message.error!);
        readyReject(startFailure);
        remove(slot);
        if (!slots.some((s) => s.ready)) failAll(startFailure);
        return;
      }
      if (message.type === 'chunk' || message.type === 'end' || message.type === 'stream-error') {
        const waiting = slot.streams.get(message.id!);
        if (!waiting) return;
        if (message.type === 'chunk') {
          slot.streams.set(message.id!, undefined);
          waiting.resolve({ done: false, bytes: message.bytes as Uint8Array });
        } else {
          slot.streams.delete(message.id!);
          if (message.type === 'end') waiting.resolve({ done: true });
          else waiting.reject(decodeError(message.error!));
        }
        return;
      }
      const job = slot.job;
      if (!job || message.id !== currentId.get(slot)) return;
      // An export's head frees the worker: its chunks are pulled one by one between other jobs.
      if (message.type === 'export') slot.streams.set(message.id!, undefined);
      finish(slot);
      if (message.type === 'error') job.reject(decodeError(message.error!));
      else job.resolve(message as unknown as Outcome);
    });
    worker.on('error', (error) => {
      const job = slot.job;
      replace(slot);
      job?.reject(new AdapterError('worker', `A worker thread failed: ${error.message}`, { transient: true, cause: error }));
    });
    worker.on('exit', () => {
      if (slots.includes(slot) && !closed) {
        const job = slot.job;
        replace(slot);
        job?.reject(new AdapterError('worker', 'A worker thread exited', { transient: true }));
      }
    });
    return slot;
  }

  const currentId = new WeakMap<Slot, number>();

  function finish(slot: Slot): void {
    const job = slot.job;
    slot.job = undefined;
    clearTimeout(slot.killTimer);
    job?.signal.removeEventListener('abort', onAbortOf.get(job)!);
    dispatch();
  }

  function remove(slot: Slot): void {
    const index = slots.indexOf(slot);
    if (index !== -1) slots.splice(index, 1);
    clearTimeout(slot.killTimer);
    // Downloads this worker was producing break off: the client sees an incomplete transfer, never a short file.
    for (const waiting of slot.streams.values()) waiting?.reject(new AdapterError('worker', 'The worker producing this export stopped', { transient: true }));
    slot.streams.clear();
    void slot.worker.terminate();
  }

  // A worker stuck in a computation cannot hear "cancel": terminating it is the only way to get the core back.
  function replace(slot: Slot): void {
    const job = slot.job;
    slot.job = undefined;
    if (job) job.signal.removeEventListener('abort', onAbortOf.get(job)!);
    remove(slot);
    if (!closed && startFailure === undefined) slots.push(spawn());
  }

  const onAbortOf = new WeakMap<Job, () => void>();

  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.job) continue;
      let job: Job | undefined;
      while ((job = queue.shift()) && job.signal.aborted) job.reject(job.signal.reason);
      if (!job) return;
      const id = nextId++;
      slot.job = job;
      currentId.set(slot, id);
      const onAbort = () => {
        slot.worker.postMessage({ type: 'cancel', id } satisfies WorkerJob);
        job.reject(job.signal.reason);
        slot.killTimer = setTimeout(() => {
          if (slot.job === job) replace(slot);
        }, grace);
      };
      onAbortOf.set(job, onAbort);
      job.signal.addEventListener('abort', onAbort, { once: true });
      slot.worker.postMessage({ ...job.message, id });
    }
  }

  // The worker and id of an export whose head just arrived (the head message carried its id).
  function streamOf(outcome: Outcome): { slot: Slot; id: number } | undefined {
    const id = (outcome as { id?: number }).id;
    const slot = slots.find((s) => id !== undefined && s.streams.has(id));
    return slot && id !== undefined ? { slot, id } : undefined;
  }

  async function* pullChunks(slot: Slot, id: number): AsyncGenerator<Uint8Array> {
    let finished = false;
    try {
      for (;;) {
        if (!slot.streams.has(id)) throw new AdapterError('worker', 'The worker producing this export stopped', { transient: true });
        const pulled = await new Promise<Pulled>((resolve, reject) => {
          slot.streams.set(id, { resolve, reject });
          slot.worker.postMessage({ type: 'pull', id } satisfies WorkerJob);
        });
        if (pulled.done) {
          finished = true;
          return;
        }
        yield pulled.bytes;
      }
    } finally {
      if (!finished && slot.streams.has(id)) {
        slot.streams.delete(id);
        slot.worker.postMessage({ type: 'close', id } satisfies WorkerJob);
      }
    }
  }

  function submit(message: Job['message'], signal: AbortSignal): Promise<Outcome> {
    if (closed) return Promise.reject(new AdapterError('worker', 'The worker pool is closed', { transient: true }));
    if (startFailure !== undefined && !slots.some((s) => s.ready)) return Promise.reject(startFailure);
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Outcome>((resolve, reject) => {
      const job: Job = { message, signal, resolve, reject };
      queue.push(job);
      // Waiting in the queue counts against the deadline too.
      signal.addEventListener(
        'abort',
        () => {
          const index = queue.indexOf(job);
          if (index !== -1) {
            queue.splice(index, 1);
            reject(signal.reason);
          }
        },
        { once: true },
      );
      dispatch();
    });
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    async query(name: QueryName, params: Record<string, unknown>, viewer: Viewer, signal: AbortSignal) {
      const outcome = await submit({ type: 'query', id: 0, name, params, viewer }, signal);
      if (outcome.type !== 'result') throw new Error('The worker answered a query with an export');
      return outcome.bytes;
    },
    async export(format: ExportFormat, params: Record<string, unknown>, viewer: Viewer, signal: AbortSignal, options: ExportOptions = {}) {
      const message = { type: 'export', id: 0, format, params, viewer, options } as const;
      const outcome = await submit(message, signal);
      if (outcome.type !== 'export') throw new Error('The worker answered an export with a query result');
      const { audit, fileName, mimeType, rowCount } = outcome;
      const located = streamOf(outcome);
      return { audit, fileName, mimeType, rowCount, chunks: located ? pullChunks(located.slot, located.id) : (async function* () {})() };
    },
    async supportedQueries() {
      await readyPromise;
      return supported ?? [];
    },
    ready: () => readyPromise,
    async close() {
      closed = true;
      failAll(new AdapterError('worker', 'The worker pool is closed', { transient: true }));
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
