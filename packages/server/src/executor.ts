import { createClient, type AuditEntry, type BackendAdapter, type ExportFormat, type PrivacyPolicy, type QueryName, type Viewer } from '@learnlens/data-client';

/** What an export hands the response: the audit entry (already written), the file's name and type, its bytes in order. */
export interface ExportStream {
  audit: AuditEntry;
  fileName: string;
  mimeType: string;
  rowCount: number;
  /** The file's bytes, chunk by chunk, read as the response drains. */
  chunks: AsyncIterable<Uint8Array>;
}

/** Where the catalog runs: on the request thread (SQL adapters: async I/O) or in a pool of worker threads (CPU-bound engines). */
export interface Executor {
  /** Runs a query through a client for `viewer`; resolves with the result as JSON bytes, so the request thread never encodes it. */
  query(name: QueryName, params: Record<string, unknown>, viewer: Viewer, signal: AbortSignal): Promise<Uint8Array>;
  /** Runs an export (audit entry first) and returns its stream. */
  export(format: ExportFormat, params: Record<string, unknown>, viewer: Viewer, signal: AbortSignal): Promise<ExportStream>;
  /** The catalog queries the backend answers. */
  supportedQueries(): Promise<readonly string[]>;
  /** Resolves once the backend can answer (workers started); rejects if it cannot start. */
  ready(): Promise<void>;
  /** Frees what the executor holds (workers). */
  close(): Promise<void>;
}

// A write of at most this much at a time keeps a large file from sitting in the socket's buffer all at once.
const CHUNK_BYTES = 64 * 1024;

/** The bytes of a finished file as chunks. */
export async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK_BYTES) yield bytes.subarray(offset, offset + CHUNK_BYTES);
}

/** Runs on the request thread with a client over `adapter`. */
export function inProcessExecutor(adapter: BackendAdapter, privacy: PrivacyPolicy): Executor {
  const client = createClient({ adapter, privacy });
  return {
    async query(name, params, viewer, signal) {
      const result = await client.query(name, params as never, { viewer, signal });
      return Buffer.from(JSON.stringify(result), 'utf8');
    },
    async export(format, params, viewer, signal) {
      const result = await client.export({ format, params: params as never, viewer, signal });
      return { audit: result.audit, fileName: result.fileName, mimeType: result.mimeType, rowCount: result.rowCount, chunks: chunksOf(result.bytes) };
    },
    supportedQueries: async () => adapter.supportedQueries,
    ready: async () => undefined,
    close: async () => undefined,
  };
}
