import type { QueryParamsInput } from '../catalog/index.js';
import { exportRows, exportRowSchema } from '../catalog/exportRows.js';
import type { LearnlensClient } from '../client.js';
import { unvalidatedAnswerOf, type UnvalidatedAnswer } from '../clientCore.js';
import { auditEntrySchema, type AuditEntry } from '../domain.js';
import { AuditWriteError, ExportLimitError, LearnlensError, ResultValidationError } from '../errors.js';
import type { Viewer } from '../viewer.js';
import { toIssues } from '../zodIssues.js';
import { compileColumnCheck, timestampText, type CheckedColumn, type CheckedPage, type ColumnCheck } from './columnCheck.js';
import { columnarToRows, compileColumnarCheck, type ColumnarCheck, type ColumnarRows } from './columnarRows.js';
import { CSV_ROW_LIMIT, csvCell } from './csv.js';
import { exportColumns } from './exportColumns.js';
import { exportDatasetColumns, type ExportDataset } from './exportDatasets.js';
import type { ColumnValues } from './parquetWriter.js';

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
  /**
   * Parquet only: `true` encodes row groups on a worker thread (Node's worker_threads) while this thread fetches and
   * checks the next pages, so this thread's event loop turns between pages (what `@learnlens/server` does); default
   * `false`, encoding here, which costs less CPU in all (docs/exports.md). Without worker threads (browsers) or when
   * the worker cannot start, the pages are encoded here. The bytes are the same either way.
   */
  parquetWorker?: boolean;
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
/** Pages handed to the Parquet encoder and not yet written out: enough to overlap fetching with encoding. */
const IN_FLIGHT = 2;
const DEFAULT_PAGE = 10_000;

function newAuditId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  return `audit-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

// One page of rows as CSV records (CRLF-terminated), without the header: the cells `csvCell` makes of the rows, for
// the page's columns at `picked`.
function csvRecords(page: CheckedPage, picked: readonly number[]): string {
  const cells = picked.map((c) => cellsOf(page.columns[c]!));
  // One line per row, joined once: appending every line to one string made a rope that the encoder flattened again.
  const lines: string[] = new Array(page.length + 1);
  for (let r = 0; r < page.length; r++) {
    let line = '';
    for (let c = 0; c < cells.length; c++) {
      if (c > 0) line += ',';
      line += csvCell(cells[c]!(r));
    }
    lines[r] = line;
  }
  lines[page.length] = '';
  return lines.join('\r\n');
}

// Row r's value of a column as the row held it (a timestamp as its text).
function cellsOf(column: CheckedColumn): (r: number) => unknown {
  if (column.kind === 'string' || column.kind === 'value') return (r) => column.values[r];
  if (column.kind === 'coded') {
    const { ids, table } = column;
    return (r) => (ids[r]! < 0 ? null : table[ids[r]!]);
  }
  if (column.kind === 'timestamp') return (r) => timestampText(column, r);
  const { values, present } = column;
  if (column.kind === 'boolean') return (r) => (present !== null && present[r] === 0 ? null : values[r] === 1);
  return (r) => (present !== null && present[r] === 0 ? null : values[r]);
}

let checkRows: ColumnCheck | undefined;
let checkColumnar: ColumnarCheck | undefined;
const STARTED_AT = exportColumns.findIndex((c) => c.name === 'started_at');
const ATTEMPT_ID = exportColumns.findIndex((c) => c.name === 'attempt_id');

/** A page's keyset position: row r's (started_at, attempt_id). */
function keyOf(page: CheckedPage, r: number): { startedAt: string; ms: number; attemptId: string } {
  const started = page.columns[STARTED_AT] as Extract<CheckedColumn, { kind: 'timestamp' }>;
  const id = page.columns[ATTEMPT_ID] as Extract<CheckedColumn, { kind: 'string' | 'coded' }>;
  const attemptId = id.kind === 'coded' ? id.table[id.ids[r]!]! : id.values[r]!;
  return { startedAt: timestampText(started, r)!, ms: started.values[r]!, attemptId };
}

/**
 * One `exportRows` answer, validated: its total and its rows as columns. The rows are checked column by column against
 * `exportRowSchema` (what `client.query` would do row by row with zod, many times slower); when anything is malformed,
 * zod reads the whole answer again, so the error is the very `ResultValidationError` `client.query` throws (code
 * INVALID_RESULT, issues naming `rows.<row>.<field>`).
 */
export function checkExportPage(answer: unknown, adapterName: string): { total: number; page: CheckedPage } {
  checkRows ??= compileColumnCheck(exportRowSchema);
  // A columnar answer (asked for with `RunHints.columnar`): checked as typed columns; anything doubtful is turned into
  // the rows it stands for and judged as rows below, so a bad value fails with the error its row would get.
  const columnar = (answer as { columnar?: ColumnarRows } | null)?.columnar;
  if (columnar !== undefined) {
    checkColumnar ??= compileColumnarCheck(exportRowSchema);
    const { columnar: _, ...rest } = answer as { columnar: ColumnarRows };
    if (exportRows.result.safeParse({ ...rest, rows: [] }).success) {
      const page = checkColumnar(columnar);
      if (page !== null) return { total: (rest as { total: number }).total, page };
    }
    return checkExportPage({ ...rest, rows: columnarToRows(exportRowSchema, columnar) ?? columnar }, adapterName);
  }
  const rows = (answer as { rows?: unknown } | null)?.rows;
  if (Array.isArray(rows)) {
    const envelope = exportRows.result.safeParse({ ...(answer as object), rows: [] });
    const page = envelope.success ? checkRows(rows) : null;
    if (envelope.success && page !== null) return { total: envelope.data.total, page };
  }
  const parsed = exportRows.result.safeParse(answer);
  if (!parsed.success) throw new ResultValidationError('exportRows', adapterName, toIssues(parsed.error));
  const page = checkRows(parsed.data.rows);
  if (page === null) throw new Error('exportRows: zod accepted a page the column check refused');
  return { total: parsed.data.total, page };
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
  // Where each of the dataset's columns is among a checked page's (every field of exportRowSchema, in order).
  const picked = columns.map((c) => exportColumns.findIndex((e) => e.name === c.name));
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
  // Each page is validated here, as columns (`checkExportPage`), after every check `client.query` makes but that one.
  const answer: UnvalidatedAnswer = unvalidatedAnswerOf(client) ?? ((query, p, options) => client.query(query as never, p as never, options));
  const fetchPage = async (pageParams: Record<string, unknown>) =>
    checkExportPage(await answer(exportRows, pageParams, callOptions, { columnar: true }), client.adapter.name);
  const first = await fetchPage({ ...params, limit: pageSize });
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

  async function* pages(): AsyncGenerator<CheckedPage> {
    let page = first.page;
    let done = 0;
    let keyset = true;
    for (;;) {
      done += page.length;
      onProgress?.({ phase: 'fetching', rowsDone: done, rowsTotal: Math.max(total, done) });
      if (format === 'csv' && done > CSV_ROW_LIMIT) throw new ExportLimitError('csv', done, CSV_ROW_LIMIT);
      // A short page is the last one; an empty one ends a stream that ran out early (rows deleted meanwhile).
      const full = page.length === pageSize;
      // Read before the page is handed on: a Parquet worker takes its typed columns (they are detached here).
      const last = full ? keyOf(page, page.length - 1) : null;
      yield page;
      if (last === null) return;
      if (keyset) {
        const cursor = { afterStartedAt: last.startedAt, afterAttemptId: last.attemptId };
        page = (await fetchPage({ ...params, ...cursor, limit: pageSize })).page;
        if (page.length === 0) continue;
        const next = keyOf(page, 0);
        // The next page starts after the last row (started_at, then attempt_id in binary order).
        if (next.ms > last.ms || (next.ms === last.ms && next.attemptId > last.attemptId)) continue;
        // An adapter that ignores the cursor answers the first page again: page by offset from here on.
        keyset = false;
      }
      page = (await fetchPage({ ...params, offset: done, limit: pageSize })).page;
    }
  }

  async function* csvChunks(): AsyncGenerator<Uint8Array> {
    const encoder = new TextEncoder();
    let rows = 0;
    let header = `${columns.map((c) => csvCell(c.name)).join(',')}\r\n`;
    for await (const page of pages()) {
      rows += page.length;
      yield encoder.encode(header + csvRecords(page, picked));
      header = '';
      onProgress?.({ phase: 'encoding', rowsDone: rows, rowsTotal: Math.max(total, rows) });
    }
    if (header) yield encoder.encode(header);
    onProgress?.({ phase: 'done', rowsDone: rows, rowsTotal: rows });
  }

  async function* parquetChunks(): AsyncGenerator<Uint8Array> {
    const { openParquetEncoder, threadEncoder } = await import('./parquetEncoder.js');
    const { rowGroupRowsOf } = await import('./parquetWriter.js');
    const rowGroupRows = rowGroupRowsOf(request);
    const encoder = request.parquetWorker === true ? await openParquetEncoder(columns, rowGroupRows) : threadEncoder(columns, rowGroupRows);
    // Pages handed to the encoder and not yet yielded, oldest first: at most IN_FLIGHT, so while the encoder works
    // on one page this thread fetches and checks the next, and memory holds a few pages, not the file.
    const inFlight: { rows: number; bytes: Promise<Uint8Array[]>; ready: boolean }[] = [];
    const hand = (rows: number, bytes: Promise<Uint8Array[]>) => {
      const entry = { rows, bytes, ready: false };
      // Marked when settled; a rejection is read when its turn comes (and is not unhandled meanwhile).
      bytes.then(() => (entry.ready = true), () => (entry.ready = true));
      inFlight.push(entry);
    };
    let rows = 0;
    async function* drain(all: boolean): AsyncGenerator<Uint8Array> {
      while (inFlight.length > 0 && (all || inFlight.length >= IN_FLIGHT || inFlight[0]!.ready)) {
        const entry = inFlight.shift()!;
        yield* await entry.bytes;
        rows += entry.rows;
        onProgress?.({ phase: 'encoding', rowsDone: rows, rowsTotal: Math.max(total, rows) });
      }
    }
    try {
      for await (const page of pages()) {
        // The export's columns are checked as strings, numbers and timestamps, which the writer takes as they are.
        hand(page.length, encoder.write(page.length, picked.map((c) => page.columns[c]! as ColumnValues)));
        yield* drain(false);
      }
      hand(0, encoder.finish());
      yield* drain(true);
    } finally {
      encoder.close();
    }
    onProgress?.({ phase: 'done', rowsDone: rows, rowsTotal: rows });
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
