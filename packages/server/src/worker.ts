// A worker thread of the pool: builds the host's adapter from its module, runs a client over it, and answers the
// request thread's jobs one at a time. Results go back already encoded as JSON bytes, so the request thread only
// writes them out.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, type BackendAdapter, type ExportFormat, type PrivacyPolicy, type QueryName, type Viewer } from '@learnlens/data-client';
import { encodeError } from './workerErrors.js';

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
  | { type: 'export'; id: number; format: ExportFormat; params: Record<string, unknown>; viewer: Viewer }
  | { type: 'cancel'; id: number };

const port = parentPort!;
const setup = workerData as WorkerSetup;
const running = new Map<number, AbortController>();

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
        const result = await client.export({ format: job.format, params: job.params as never, viewer: job.viewer, signal });
        const owned = ownedBuffer(result.bytes);
        const head = { audit: result.audit, fileName: result.fileName, mimeType: result.mimeType, rowCount: result.rowCount };
        port.postMessage({ type: 'export', id: job.id, ...head, bytes: owned }, [owned.buffer as ArrayBuffer]);
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
