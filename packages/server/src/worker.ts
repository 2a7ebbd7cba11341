// A worker thread of the pool: builds the host's adapter from its module, runs a client over it, and answers the
// request thread's jobs one at a time. Results go back already encoded as JSON bytes, so the request thread only
// writes them out.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, streamExport, type BackendAdapter, type ExportFormat, type PrivacyPolicy, type QueryName, type Viewer } from '@learnlens/data-client';
import { encodeError } from './workerErrors.js';
import type { ExportOptions } from './executor.js';

/** What the pool hands each worker. */
export interface WorkerSetup {
  /** URL (href) or package specifier of the module that builds the adapter. */
  module: string;
  /** Its export to call (default "createAdapter"). */
  exportName: string;
  /** The argument it is called with (structured-cloneable). */
  options: unknown;
  privacy: PrivacyPolicy;
}

/** A job from the request thread. */
export type WorkerJob =
  | { type: 'query'; id: number; name: QueryName; params: Record<string, unknown>; viewer: Viewer }
  | { type: 'export'; id: number; format: ExportFormat; params: Record<string, unknown>; viewer: Viewer; options: ExportOptions }
  | { type: 'cancel'; id: number }
  /** The next chunk of export `id`'s file, answered with `chunk` or `end`. */
  | { type: 'pull'; id: number }
  /** The request thread stopped reading export `id`. */
  | { type: 'close'; id: number };

const port = parentPort!;
const setup = workerData as WorkerSetup;
const running = new Map<number, AbortController>();
// Exports whose head was sent: their chunks are produced one per pull, so a slow download slows the export
// instead of filling the request thread's memory.
const streams = new Map<number, { chunks: AsyncIterator<Uint8Array>; controller: AbortController }>();

async function pull(id: number): Promise<void> {
  const stream = streams.get(id);
  if (!stream) return;
  try {
    const next = await stream.chunks.next();
    if (next.done) {
      streams.delete(id);
      port.postMessage({ type: 'end', id });
      return;
    }
    const owned = ownedBuffer(next.value);
    port.postMessage({ type: 'chunk', id, bytes: owned }, [owned.buffer as ArrayBuffer]);
  } catch (error) {
    streams.delete(id);
    port.postMessage({ type: 'stream-error', id, error: encodeError(error) });
  }
}

function ownedBuffer(bytes: Uint8Array): Uint8Array {
  // Transferring needs a buffer this view covers alone.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

async function start(): Promise<void> {
  let adapter: BackendAdapter;
  try {
    const exports = (await import(setup.module)) as Record<string, unknown>;
    const factory = exports[setup.exportName];
    if (typeof factory !== 'function') throw new TypeError(`${setup.module} has no function export "${setup.exportName}" that builds the adapter`);
    adapter = (await factory(setup.options)) as BackendAdapter;
    if (typeof adapter?.run !== 'function') throw new TypeError(`${setup.module} "${setup.exportName}" did not return a BackendAdapter`);
  } catch (error) {
    port.postMessage({ type: 'failed', error: encodeError(error) });
    return;
  }
  const client = createClient({ adapter, privacy: setup.privacy });

  port.on('message', async (job: WorkerJob) => {
    if (job.type === 'cancel') {
      running.get(job.id)?.abort(new Error('cancelled'));
      return;
    }
    if (job.type === 'pull') {
      await pull(job.id);
      return;
    }
    if (job.type === 'close') {
      const stream = streams.get(job.id);
      streams.delete(job.id);
      stream?.controller.abort(new Error('closed'));
      await stream?.chunks.return?.();
      return;
    }
    const controller = new AbortController();
    running.set(job.id, controller);
    const { signal } = controller;
    try {
      if (job.type === 'query') {
        const result = await client.query(job.name, job.params as never, { viewer: job.viewer, signal });
        const bytes = Buffer.from(JSON.stringify(result), 'utf8');
        const owned = ownedBuffer(bytes);
        port.postMessage({ type: 'result', id: job.id, bytes: owned }, [owned.buffer as ArrayBuffer]);
      } else {
        const stream = await streamExport(client, { format: job.format, params: job.params as never, viewer: job.viewer, signal, ...job.options });
        streams.set(job.id, { chunks: stream.chunks[Symbol.asyncIterator](), controller });
        const head = { audit: stream.audit, fileName: stream.fileName, mimeType: stream.mimeType, rowCount: stream.rowsTotal };
        port.postMessage({ type: 'export', id: job.id, ...head });
      }
    } catch (error) {
      port.postMessage({ type: 'error', id: job.id, error: encodeError(error) });
    } finally {
      running.delete(job.id);
    }
  });
  port.postMessage({ type: 'ready', supportedQueries: [...adapter.supportedQueries] });
}

void start();
