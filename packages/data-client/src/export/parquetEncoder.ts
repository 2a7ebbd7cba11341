import { ColumnPacker } from './packedColumns.js';
import type { ParquetWorkerReply, ParquetWorkerRequest } from './parquetWorker.js';
import { ParquetStreamWriter, type ColumnValues, type ExportColumn } from './parquetWriter.js';

// Where a Parquet export's pages are encoded. In Node, a worker thread encodes them while the export's own thread
// fetches and checks the next pages: the two overlap on two cores, and a large export leaves the thread it runs on
// (a server's event loop) free between pages. Elsewhere (browsers), or when no worker can start, the writer runs in
// the export's thread, as it always did. Either way the file's bytes are the same: the worker runs the same writer on
// the same values, in the same order.

/** Encodes an export's pages in order; each answer holds the bytes that page completed. */
export interface PageEncoder {
  /** Queues a page; resolves with the bytes it completed, after every earlier page's. The page's typed arrays may be transferred (detached). */
  write(length: number, columns: readonly ColumnValues[]): Promise<Uint8Array[]>;
  /** The last row group and the footer. */
  finish(): Promise<Uint8Array[]>;
  /** Ends the worker, if any (idempotent); pending answers are dropped. */
  close(): void;
  /** Where the pages were (or are being) encoded: "worker", or "thread" for the export's own thread. */
  readonly where: 'worker' | 'thread';
}

/** The writer in this thread, behind the same interface. */
export function threadEncoder(columns: readonly ExportColumn[], rowGroupRows: number): PageEncoder {
  const writer = new ParquetStreamWriter(columns, { rowGroupRows });
  return {
    where: 'thread',
    write: async (length, values) => writer.writeColumns(length, values),
    finish: async () => writer.finish(),
    close: () => undefined,
  };
}

// The part of node:worker_threads used here (data-client compiles without Node's types).
interface NodeWorker {
  postMessage(message: ParquetWorkerRequest, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (reply: ParquetWorkerReply) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  off(event: 'message' | 'error' | 'exit', listener: (...args: never[]) => void): void;
  terminate(): Promise<number>;
  unref(): void;
}
interface WorkerThreads {
  Worker: new (entry: string | URL, options: { eval?: boolean }) => NodeWorker;
}

// A worker whose export ended, kept for the next one: starting a thread (and loading the writer into it) is paid once
// per process rather than once per export. At most one is kept; it is unref'd, so it never keeps the process alive.
let idle: NodeWorker | null = null;
const forgetIdle = () => {
  idle = null;
};
let started = 0;

/** How many Parquet worker threads this process has started (one is reused from export to export). */
export function startedParquetWorkers(): number {
  return started;
}

// A non-literal specifier: bundlers leave it alone (a browser build gets no Node module), and a runtime without it
// (a browser) fails the import, which means: encode in this thread.
const threadsModule = 'node:worker_threads';

async function workerThreads(): Promise<WorkerThreads | null> {
  try {
    const threads = (await import(/* @vite-ignore */ /* webpackIgnore: true */ threadsModule)) as Partial<WorkerThreads>;
    return typeof threads.Worker === 'function' ? (threads as WorkerThreads) : null;
  } catch {
    return null;
  }
}

// The worker's file beside this one. Sources run under tsx (tests, the bench) load TypeScript, so their worker
// registers tsx first; built packages load parquetWorker.js. (Built by concatenation, so a bundler does not take the
// URL for an asset of a browser build.)
function workerEntry(): { entry: string | URL; eval: boolean } {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL('./parquetWorker' + (ts ? '.ts' : '.js'), import.meta.url);
  if (!ts) return { entry: url, eval: false };
  return { entry: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`, eval: true };
}

// Node's setImmediate (this encoder runs only where worker_threads exist); a plain callback where it is missing.
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
const nextTurn = (callback: () => void) => (immediate === undefined ? callback() : void immediate(callback));

// An error the worker's writer threw, as the in-thread writer would have thrown it.
function writerError(name: string, message: string): Error {
  if (name === 'RangeError') return new RangeError(message);
  if (name === 'TypeError') return new TypeError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

interface Pending {
  request: { length: number; columns: readonly ColumnValues[] } | null;
  resolve(parts: Uint8Array[]): void;
  reject(error: unknown): void;
}

/**
 * An encoder on a worker thread when this runtime has Node's worker_threads, else `threadEncoder`. A new worker starts
 * in the background: pages queue here (unposted, so still readable) until it is ready, and if it cannot start they
 * are encoded in this thread instead, so a host whose worker cannot load still gets its file. Once the file is
 * complete the worker is kept for the next export (one at a time).
 */
export async function openParquetEncoder(columns: readonly ExportColumn[], rowGroupRows: number): Promise<PageEncoder> {
  let worker: NodeWorker;
  let state: 'starting' | 'running' | 'thread' | 'failed' | 'closed' | 'released';
  if (idle !== null) {
    worker = idle;
    idle = null;
    worker.off('exit', forgetIdle);
    state = 'running';
  } else {
    const threads = await workerThreads();
    if (threads === null) return threadEncoder(columns, rowGroupRows);
    try {
      const { entry, eval: isEval } = workerEntry();
      worker = new threads.Worker(entry, { eval: isEval });
    } catch {
      return threadEncoder(columns, rowGroupRows);
    }
    started++;
    // An abandoned export must not keep the host's process alive.
    worker.unref();
    state = 'starting';
  }
  // Carries no transfer, so it may wait in the worker's queue while the worker starts.
  worker.postMessage({ type: 'open', columns: columns.map((c) => ({ ...c })), rowGroupRows });

  let fallback: PageEncoder | undefined;
  let failure: Error | undefined;
  // Requests not yet posted (while starting), then requests posted and not yet answered, in order.
  const waiting: Pending[] = [];
  const packer = new ColumnPacker();
  const posted: Pending[] = [];

  const post = (pending: Pending) => {
    const { request } = pending;
    if (request === null) worker.postMessage({ type: 'finish' });
    else {
      const packed = packer.pack(request.length, request.columns);
      worker.postMessage({ type: 'page', length: request.length, columns: packed.columns }, packed.transfer);
    }
    pending.request = null;
    posted.push(pending);
  };

  const fail = (error: Error) => {
    if (state === 'closed' || state === 'thread' || state === 'released') return;
    state = 'failed';
    failure = error;
    for (const pending of [...posted.splice(0), ...waiting.splice(0)]) pending.reject(error);
    void worker.terminate();
  };

  // The worker could not start: what queued is encoded here, in order, and so is everything after.
  const encodeHere = () => {
    state = 'thread';
    fallback = threadEncoder(columns, rowGroupRows);
    void worker.terminate();
    for (const pending of waiting.splice(0)) {
      const request = pending.request;
      (request === null ? fallback.finish() : fallback.write(request.length, request.columns)).then(pending.resolve, pending.reject);
    }
  };

  let finishing = false;
  // The file is complete: the worker goes back to wait for the next export (or ends, if one already waits).
  const release = () => {
    state = 'released';
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
    if (idle === null) {
      idle = worker;
      worker.on('exit', forgetIdle);
    } else void worker.terminate();
  };

  const onMessage = (reply: ParquetWorkerReply) => {
    if (reply.type === 'ready') {
      if (state !== 'starting') return;
      state = 'running';
      for (const pending of waiting.splice(0)) post(pending);
      return;
    }
    const pending = posted.shift();
    if (pending === undefined) return;
    if (reply.type === 'bytes') {
      // Answered on a later turn of the event loop, not among this port's messages: a worker ahead of the export's
      // thread has several answers queued, and taking them in one go would fetch and check several pages without
      // letting the loop serve anything else (a server's other requests) in between.
      const parts = reply.parts;
      nextTurn(() => pending.resolve(parts));
      if (finishing && posted.length === 0) release();
    } else {
      // The writer threw: this page fails with its error, and nothing after it can be written.
      const error = writerError(reply.name, reply.message);
      pending.reject(error);
      fail(error);
    }
  };
  const onError = (error: Error) => {
    if (state === 'starting') encodeHere();
    else fail(new Error(`The Parquet worker thread failed: ${error.message}`, { cause: error }));
  };
  const onExit = (code: number) => {
    if (state === 'starting') encodeHere();
    else fail(new Error(`The Parquet worker thread exited (code ${code})`));
  };
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);

  const enqueue = (request: Pending['request']) =>
    new Promise<Uint8Array[]>((resolve, reject) => {
      const pending: Pending = { request, resolve, reject };
      if (state === 'thread') {
        (request === null ? fallback!.finish() : fallback!.write(request.length, request.columns)).then(resolve, reject);
      } else if (state === 'failed' || state === 'closed' || state === 'released' || finishing) {
        reject(failure ?? new Error('The Parquet encoder is closed'));
      } else {
        if (request === null) finishing = true;
        if (state === 'starting') waiting.push(pending);
        else post(pending);
      }
    });

  return {
    get where() {
      return state === 'thread' ? ('thread' as const) : ('worker' as const);
    },
    write: (length, values) => enqueue({ length, columns: values }),
    finish: () => enqueue(null),
    close() {
      if (state === 'closed' || state === 'released') return;
      // Closed before its file was complete (the consumer stopped, an error): the worker's writer is mid-file, so
      // the thread ends rather than serve another export.
      const running = state === 'starting' || state === 'running';
      state = 'closed';
      waiting.length = 0;
      posted.length = 0;
      if (running) void worker.terminate();
    },
  };
}
