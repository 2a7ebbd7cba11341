import type { QueryParamsInput } from '../catalog/index.js';
import type { ExportRow } from '../catalog/exportRows.js';
import type { LearnlensClient } from '../client.js';
import { auditEntrySchema, type AuditEntry } from '../domain.js';
import { AuditWriteError, ExportLimitError, LearnlensError } from '../errors.js';
import type { Viewer } from '../viewer.js';
import { CSV_ROW_LIMIT, encodeCsv } from './csv.js';
import { exportColumns } from './exportColumns.js';
import { encodeParquet } from './parquet.js';

/** An export format. */
export type ExportFormat = 'csv' | 'parquet';

/** Where an export is: fetching rows, encoding them, or done. */
export interface ExportProgress {
  phase: 'counting' | 'fetching' | 'encoding' | 'done';
  rowsDone: number;
  rowsTotal: number;
}

/** What to export and for whom. */
export interface ExportRequest {
  format: ExportFormat;
  /** The same filters as the views (`exportRows` parameters, without paging). */
  params: Omit<QueryParamsInput<'exportRows'>, 'limit' | 'offset'>;
  viewer: Viewer;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Rows fetched per request (default 5,000). */
  pageSize?: number;
}

/** A finished export: the bytes, and the audit entry that was written before them. */
export interface ExportResult {
  audit: AuditEntry;
  bytes: Uint8Array;
  rowCount: number;
  format: ExportFormat;
  mimeType: string;
  fileName: string;
}

const MIME = { csv: 'text/csv;charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const;

function newAuditId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  if (uuid) return uuid;
  return `audit-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The order is the contract: count, refuse over the CSV cap, fetch, audit, and only then encode. */
export async function runExport(client: LearnlensClient, request: ExportRequest): Promise<ExportResult> {
  const { format, viewer, signal, onProgress } = request;
  const pageSize = request.pageSize ?? 5_000;
  if (format !== 'csv' && format !== 'parquet') {
    throw new LearnlensError('INVALID_PARAMS', `Unknown export format "${String(format)}": use "csv" or "parquet"`);
  }
  const params = { ...request.params } as Record<string, unknown>;
  delete params.limit;
  delete params.offset;
  // Pin `now` so every page sees the same relative windows.
  params.now ??= new Date().toISOString();
  const callOptions = signal ? { viewer, signal } : { viewer };

  onProgress?.({ phase: 'counting', rowsDone: 0, rowsTotal: 0 });
  const first = await client.query('exportRows', { ...params, limit: pageSize, offset: 0 }, callOptions);
  const total = first.total;
  if (format === 'csv' && total > CSV_ROW_LIMIT) throw new ExportLimitError('csv', total, CSV_ROW_LIMIT);

  const rows: ExportRow[] = [...first.rows];
  onProgress?.({ phase: 'fetching', rowsDone: rows.length, rowsTotal: total });
  while (rows.length < total) {
    const page = await client.query('exportRows', { ...params, limit: pageSize, offset: rows.length }, callOptions);
    if (page.rows.length === 0) break;
    rows.push(...page.rows);
    onProgress?.({ phase: 'fetching', rowsDone: rows.length, rowsTotal: total });
  }
  if (format === 'csv' && rows.length > CSV_ROW_LIMIT) throw new ExportLimitError('csv', rows.length, CSV_ROW_LIMIT);

  const audit = auditEntrySchema.parse({
    audit_id: newAuditId(),
    at: new Date().toISOString(),
    org_id: viewer.orgId,
    user_id: viewer.userId,
    role: viewer.role,
    action: 'export',
    format,
    row_count: rows.length,
    query: 'exportRows',
    params: client.parseParams('exportRows', params),
  });
  try {
    await client.adapter.writeAudit(audit, signal);
  } catch (error) {
    throw new AuditWriteError(error instanceof Error ? error.message : String(error), { cause: error });
  }

  onProgress?.({ phase: 'encoding', rowsDone: rows.length, rowsTotal: rows.length });
  const columnNames = exportColumns.map((c) => c.name);
  const bytes = format === 'csv' ? encodeCsv(columnNames, rows) : encodeParquet(exportColumns, rows);
  onProgress?.({ phase: 'done', rowsDone: rows.length, rowsTotal: rows.length });
  const stamp = audit.at.slice(0, 19).replace(/[:T]/g, '-');
  return {
    audit,
    bytes,
    rowCount: rows.length,
    format,
    mimeType: MIME[format],
    fileName: `learnlens-export-${viewer.orgId}-${stamp}.${format}`,
  };
}
