import { createClient, streamExport, type AuditEntry, type LearnlensClient, type BackendAdapter, type ExportDataset, type ExportFormat, type PrivacyPolicy, type QueryName, type Viewer } from '@learnlens/data-client';

/** Which export: its dataset (default "attempts", every column) and where the file is going, for the audit entry. */
export interface ExportOptions {
  dataset?: ExportDataset;
  destination?: string;
}

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
  export(format: ExportFormat, params: Record<string, unknown>, viewer: Viewer, signal: AbortSignal, options?: ExportOptions): Promise<ExportStream>;
  /** The catalog queries the backend answers. */
  supportedQueries(): Promise<readonly string[]>;
  /** Resolves once the backend can answer (workers started); rejects if it cannot start. */
  ready(): Promise<void>;
  /** Frees what the executor holds (workers). */
  close(): Promise<void>;
}

/** Runs on the request thread with a client over `adapter`. */
export function inProcessExecutor(adapter: BackendAdapter, privacy: PrivacyPolicy): Executor & { client: LearnlensClient } {
  const client = createClient({ adapter, privacy });
  return {
    client,
    async query(name, params, viewer, signal) {
      const result = await client.query(name, params as never, { viewer, signal });
      return Buffer.from(JSON.stringify(result), 'utf8');
    },
    async export(format, params, viewer, signal, options = {}) {
      // Pages are fetched and encoded as the response drains: memory holds a page and a row group, not the file.
      // Parquet row groups are encoded on a worker thread, so this thread serves other requests between pages.
      const stream = await streamExport(client, { format, params: params as never, viewer, signal, ...options, parquetWorker: true });
      return { audit: stream.audit, fileName: stream.fileName, mimeType: stream.mimeType, rowCount: stream.rowsTotal, chunks: stream.chunks };
    },
    supportedQueries: async () => adapter.supportedQueries,
    ready: async () => undefined,
    close: async () => undefined,
  };
}
