import type { QueryParamsInput } from '../catalog/index.js';
import { exportRows, type ExportRow } from '../catalog/exportRows.js';
import type { LearnlensClient } from '../client.js';
import { auditEntrySchema, type AuditEntry } from '../domain.js';
import { AuditWriteError, ExportLimitError, LearnlensError } from '../errors.js';
import type { Viewer } from '../viewer.js';
import { CSV_ROW_LIMIT, csvCell } from './csv.js';
import { exportDatasetColumns, type ExportDataset } from './exportDatasets.js';

/** An export format. */
export type ExportFormat = 'csv' | 'parquet';

/** Where an export is: counting, fetching a page, encoding it, or done. */
export interface ExportProgress {
  phase: 'counting' | 'fetching' | 'encoding' | 'done';
  rowsDone: number;
  rowsTotal: number;
}

/** What to export and for whom. */
export interface ExportRequest {
  format: ExportFormat;
  /** The same filters as the views (`exportRows` parameters, without paging). */
  params: Omit<QueryParamsInput<'exportRows'>, 'limit' | 'offset' | 'afterStartedAt' | 'afterAttemptId'>;
  viewer: Viewer;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Rows fetched per request (default 10,000; at most 100,000). */
  pageSize?: number;
  /** Parquet rows per row group (default 65,536): the most rows held in memory while encoding. */
  rowGroupRows?: number;
  /** The columns: "attempts" (default, every column) or "bi" (seed 000's BI columns; recorded in the audit). */
  dataset?: ExportDataset;
  /** Where the file is going (e.g. "s3://bucket/key"), recorded in the audit entry's params as `destination`. */
  destination?: string;
}

/**
 * An export whose audit entry is written and whose bytes are still to come: iterate `chunks` once, in order, to
 * get the file. Pages are fetched as the chunks are pulled, so a slow consumer slows the export instead of
 * filling memory; an error while fetching ends the iteration with that error (the file is then incomplete).
 */
export interface ExportStream {
  /** The audit entry, already written through the adapter; `row_count` is `rowsTotal`. */
  audit: AuditEntry;
  format: ExportFormat;
  mimeType: string;
  fileName: string;
  /** The rows matching when the export started (the audit's row count). */
  rowsTotal: number;
  /** The file's bytes, chunk by chunk (a few hundred KB to a few MB each). */
  chunks: AsyncIterable<Uint8Array>;
}

const MIME = { csv: 'text/csv;charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const;
const MAX_PAGE = 100_000;
const DEFAULT_PAGE = 10_000;

function newAuditId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  return `audit-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

// One page of rows as CSV records (CRLF-terminated), without the header.
function csvRecords(names: readonly (keyof ExportRow)[], rows: readonly ExportRow[]): string {
  let text = '';
  for (const row of rows) {
    let line = '';
    for (let c = 0; c < names.length; c++) {
      if (c > 0) line += ',';
      line += csvCell(row[names[c]!]);
    }
    text += `${line}\r\n`;
  }
  return text;
}

// True when row a comes after row b in the export order (started_at, then attempt_id in binary order).
function sortsAfter(a: ExportRow, b: ExportRow): boolean {
  const ta = Date.parse(a.started_at);
  const tb = Date.parse(b.started_at);
  return ta > tb || (ta === tb && a.attempt_id > b.attempt_id);
}

/**
 * Starts an export: counts the matching rows with the first page, refuses CSV over 10,000 rows, writes the audit
 * entry (an export whose audit entry cannot be written does not happen), and returns the stream of the file's
 * bytes. Pages are read by keyset (after the last row's started_at and attempt_id), so rows inserted while the
 * export runs neither shift nor duplicate the rows already counted. The Parquet writer is loaded only here.
 */
export async function streamExport(client: LearnlensClient, request: ExportRequest): Promise<ExportStream> {
  const { format, viewer, signal, onProgress } = request;
  if (format !== 'csv' && format !== 'parquet') {
    throw new LearnlensError('INVALID_PARAMS', `Unknown export format "${String(format)}": use "csv" or "parquet"`);
  }
  const dataset = request.dataset ?? 'attempts';
  if (dataset !== 'attempts' && dataset !== 'bi') {
    throw new LearnlensError('INVALID_PARAMS', `Unknown export dataset "${String(dataset)}": use "attempts" or "bi"`);
  }
  const columns = exportDatasetColumns(dataset);
  const names = columns.map((c) => c.name as keyof ExportRow);
  // Each page is one query with its own scope check. Pages of 10,000 rows die young: at 50,000 a page's row
  // objects (and their validated copies) outlive the young generation, and a 1M-row Parquet export grew the process
  // by 450–510 MiB instead of 80–180 MiB, for no gain in time (the bench's export dataset, 2026-12-07). Row groups
  // do not follow pages: the writer cuts them at its own size.
  const pageSize = request.pageSize ?? DEFAULT_PAGE;
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE)) {
    throw new LearnlensError('INVALID_PARAMS', `pageSize must be a whole number from 1 to ${MAX_PAGE}, got ${pageSize}`);
  }
  const raw = { ...request.params } as Record<string, unknown>;
  for (const key of ['limit', 'offset', 'afterStartedAt', 'afterAttemptId']) delete raw[key];
  // Pin `now` (and every default) once, so every page sees the same relative windows; the audit records these.
  const params = client.parseParams(exportRows, raw) as Record<string, unknown>;
  delete params.limit;
  delete params.offset;
  const callOptions = signal ? { viewer, signal } : { viewer };

  onProgress?.({ phase: 'counting', rowsDone: 0, rowsTotal: 0 });
  const first = await client.query(exportRows, { ...params, limit: pageSize } as never, callOptions);
  const total = first.total;
  if (format === 'csv' && total > CSV_ROW_LIMIT) throw new ExportLimitError('csv', total, CSV_ROW_LIMIT);

  const audit = auditEntrySchema.parse({
    audit_id: newAuditId(),
    at: new Date().toISOString(),
    org_id: viewer.orgId,
    user_id: viewer.userId,
    role: viewer.role,
    action: 'export',
    format,
    row_count: total,
    query: 'exportRows',
    params: {
      ...params,
      ...(dataset === 'bi' ? { dataset } : {}),
      ...(request.destination !== undefined ? { destination: request.destination } : {}),
    },
  });
  try {
    await client.adapter.writeAudit(audit, signal);
  } catch (error) {
    throw new AuditWriteError(error instanceof Error ? error.message : String(error), { cause: error });
  }

  async function* pages(): AsyncGenerator<ExportRow[]> {
    let page = first;
    let done = 0;
    let keyset = true;
    for (;;) {
      done += page.rows.length;
      onProgress?.({ phase: 'fetching', rowsDone: done, rowsTotal: Math.max(total, done) });
      if (format === 'csv' && done > CSV_ROW_LIMIT) throw new ExportLimitError('csv', done, CSV_ROW_LIMIT);
      yield page.rows;
      // A short page is the last one; an empty one ends a stream that ran out early (rows deleted meanwhile).
      if (page.rows.length < pageSize) return;
      const last = page.rows[page.rows.length - 1]!;
      if (keyset) {
        const cursor = { afterStartedAt: last.started_at, afterAttemptId: last.attempt_id };
        page = await client.query(exportRows, { ...params, ...cursor, limit: pageSize } as never, callOptions);
        const next = page.rows[0];
        if (next === undefined || sortsAfter(next, last)) continue;
        // An adapter that ignores the cursor answers the first page again: page by offset from here on.
        keyset = false;
      }
      page = await client.query(exportRows, { ...params, offset: done, limit: pageSize } as never, callOptions);
    }
  }

  async function* csvChunks(): AsyncGenerator<Uint8Array> {
    const encoder = new TextEncoder();
    let rows = 0;
    let header = `${names.map((n) => csvCell(n)).join(',')}\r\n`;
    for await (const page of pages()) {
      rows += page.length;
      yield encoder.encode(header + csvRecords(names, page));
      header = '';
      onProgress?.({ phase: 'encoding', rowsDone: rows, rowsTotal: Math.max(total, rows) });
    }
    if (header) yield encoder.encode(header);
    onProgress?.({ phase: 'done', rowsDone: rows, rowsTotal: rows });
  }

  async function* parquetChunks(): AsyncGenerator<Uint8Array> {
    const { ParquetStreamWriter } = await import('./parquetWriter.js');
    const writer = new ParquetStreamWriter(columns, request.rowGroupRows === undefined ? {} : { rowGroupRows: request.rowGroupRows });
    for await (const page of pages()) {
      yield* writer.write(page);
      onProgress?.({ phase: 'encoding', rowsDone: writer.rowCount, rowsTotal: Math.max(total, writer.rowCount) });
    }
    yield* writer.finish();
    onProgress?.({ phase: 'done', rowsDone: writer.rowCount, rowsTotal: writer.rowCount });
  }

  const stamp = audit.at.slice(0, 19).replace(/[:T]/g, '-');
  return {
    audit,
    format,
    mimeType: MIME[format],
    fileName: `${dataset === 'bi' ? 'analytics' : 'learnlens-export'}-${viewer.orgId}-${stamp}.${format}`,
    rowsTotal: total,
    chunks: format === 'csv' ? csvChunks() : parquetChunks(),
  };
}
