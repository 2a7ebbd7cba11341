import {
  auditEntrySchema,
  CSV_ROW_LIMIT,
  AuditWriteError,
  isoDateOf,
  dayNumberOf,
  type AuditEntry,
  type LearnlensClient,
  type Viewer,
} from '@learnlens/data-client';
import type { S3Client } from '@aws-sdk/client-s3';
import { errorMessage } from '../errors.js';
import { putObjectOnce } from '../s3/putObjectOnce.js';
import { BI_SCHEMA_VERSION, biColumns } from './biColumns.js';
import { exportRowPages } from './exportRowPages.js';
import { biObjectKey } from './objectKey.js';
import { spoolBytes, spoolFile, type SpooledFile } from './spoolFile.js';

/** A BI file format. */
export type BiFormat = 'parquet' | 'csv';

/** One org to export, and the admin viewer the export runs (and is audited) as. */
export interface BiExportTarget {
  orgId: string;
  viewer: Viewer;
}

/** Where a run is, for progress output. */
export interface BiExportProgress {
  orgId: string;
  format?: BiFormat;
  phase: 'fetching' | 'encoding' | 'uploading' | 'done' | 'unchanged' | 'failed';
  rowsDone?: number;
  rowsTotal?: number;
  bytesDone?: number;
  bytesTotal?: number;
}

/**
 * A backend that builds the BI file itself and audits it there, before its first byte: a Learnlens server's
 * `POST {base}/exports/analytics.parquet|csv` (see `@learnlens/adapter-http`'s `exportAnalytics`). It answers the
 * same dataset, so the bytes equal those `runBiExport` encodes from `exportRows` pages on any other backend.
 */
export type BiFileSource = (request: {
  format: BiFormat;
  /** The `exportRows` filters of the day and org. */
  params: Record<string, unknown>;
  viewer: Viewer;
  /** The object the file goes to ("s3://bucket/key"), for the audit entry. */
  destination: string;
  signal?: AbortSignal;
}) => Promise<{ audit: AuditEntry; rowCount: number; chunks: AsyncIterable<Uint8Array> }>;

/** Options of `runBiExport`. */
export interface BiExportOptions {
  /** The client over the backend (its adapter also receives the audit entries). */
  client: LearnlensClient;
  /** The orgs to export, each with an admin viewer of that org. */
  targets: readonly BiExportTarget[];
  /** The UTC day to export, "YYYY-MM-DD": attempts started in [date, date + 1 day). */
  date: string;
  s3: S3Client;
  bucket: string;
  /** Key prefix (BI_EXPORT_PREFIX). */
  prefix: string;
  /** Parquet always; add "csv" for a CSV copy (refused above 10,000 rows, as every CSV export). */
  formats?: readonly BiFormat[];
  /** Multipart part size in bytes (default 8 MiB). */
  partSize?: number;
  onProgress?: (progress: BiExportProgress) => void;
  signal?: AbortSignal;
  /**
   * Fetch each file already encoded and audited from the backend (a Learnlens server) instead of reading `exportRows`
   * through `client` and writing the audit entry here. The server audits every fetch, so over http a rerun whose
   * bytes are unchanged still leaves an audit entry of the read (with the object as its destination), and no upload.
   */
  fileSource?: BiFileSource;
}

/** One object of a run. */
export interface BiExportObject {
  orgId: string;
  format: BiFormat;
  key: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** "uploaded" (audit entry written first) or "unchanged" (the same bytes were already there; nothing written). */
  status: 'uploaded' | 'unchanged';
  /** The audit entry written before the upload, when uploaded. */
  audit?: AuditEntry;
}

/** What a run did: the objects delivered and the orgs that failed (the others still went out). */
export interface BiExportResult {
  date: string;
  bucket: string;
  schemaVersion: string;
  objects: BiExportObject[];
  failures: Array<{ orgId: string; format?: BiFormat; key?: string; code: string; error: string }>;
}

const CONTENT_TYPE: Record<BiFormat, string> = { parquet: 'application/vnd.apache.parquet', csv: 'text/csv; charset=utf-8' };

function newAuditId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The nightly BI export (seed 000): per org, the day's attempts in seed 000's BI columns, as Parquet (and optionally
 * CSV), uploaded under a key that depends only on org, date, schema version and format. Rerunning a day produces the
 * same bytes, finds them already there and writes nothing. Each upload's audit entry (format, org, row count, and
 * the object in `params.destination`) is written before its first byte is sent; an org whose audit entry or upload
 * fails is reported in `failures` and the others still go out.
 */
export async function runBiExport(options: BiExportOptions): Promise<BiExportResult> {
  const { client, date, s3, bucket, prefix, onProgress, signal } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDateOf(dayNumberOf(date)) !== date) {
    throw new RangeError(`date must be a calendar day "YYYY-MM-DD", not "${date}"`);
  }
  const formats: BiFormat[] = ['parquet', ...(options.formats ?? []).filter((f) => f === 'csv')];
  const result: BiExportResult = { date, bucket, schemaVersion: BI_SCHEMA_VERSION, objects: [], failures: [] };
  // The day in UTC; `now` is pinned to its end so every page and every rerun sees the same relative windows.
  const params = { from: date, to: isoDateOf(dayNumberOf(date) + 1), timezone: 'UTC', now: `${isoDateOf(dayNumberOf(date) + 1)}T00:00:00.000Z` };

  for (const { orgId, viewer } of options.targets) {
    for (const format of formats) {
      signal?.throwIfAborted();
      const key = biObjectKey({ prefix, orgId, date, format });
      const filters = { ...params, orgId };
      try {
        onProgress?.({ orgId, format, phase: 'fetching', rowsDone: 0, rowsTotal: 0 });
        let file: SpooledFile;
        let audit: AuditEntry | undefined;
        if (options.fileSource) {
          const served = await options.fileSource({ format, params: filters, viewer, destination: `s3://${bucket}/${key}`, ...(signal ? { signal } : {}) });
          audit = served.audit;
          onProgress?.({ orgId, format, phase: 'fetching', rowsDone: 0, rowsTotal: served.rowCount });
          file = await spoolBytes(format, served.chunks);
          file.rows = served.rowCount;
        } else {
          const pages = exportRowPages(client, viewer, filters, {
            ...(signal ? { signal } : {}),
            ...(format === 'csv' ? { csvCap: CSV_ROW_LIMIT } : {}),
            onPage: (rowsDone, rowsTotal) => onProgress?.({ orgId, format, phase: 'fetching', rowsDone, rowsTotal }),
          });
          file = await spoolFile(format, biColumns, pages);
        }
        try {
          const put = await putObjectOnce(s3, {
            bucket,
            key,
            body: file,
            contentType: CONTENT_TYPE[format],
            ...(options.partSize !== undefined ? { partSize: options.partSize } : {}),
            onProgress: (bytesDone, bytesTotal) => onProgress?.({ orgId, format, phase: 'uploading', bytesDone, bytesTotal }),
            ...(options.fileSource ? {} : { beforeUpload: async () => {
              const recorded = client.parseParams('exportRows', filters) as Record<string, unknown>;
              delete recorded.limit;
              delete recorded.offset;
              audit = auditEntrySchema.parse({
                audit_id: newAuditId(),
                at: new Date().toISOString(),
                org_id: orgId,
                user_id: viewer.userId,
                role: viewer.role,
                action: 'export',
                format,
                row_count: file.rows,
                query: 'exportRows',
                params: { ...recorded, dataset: 'bi', destination: `s3://${bucket}/${key}` },
              });
              try {
                await client.adapter.writeAudit(audit, signal);
              } catch (error) {
                throw new AuditWriteError(errorMessage(error), { cause: error });
              }
            } }),
          });
          const object: BiExportObject = { orgId, format, key, rows: file.rows, bytes: file.size, sha256: put.sha256, status: put.status };
          // The server's entry is there whether or not the bytes were new; the local one only when uploaded.
          if (audit) object.audit = audit;
          result.objects.push(object);
          onProgress?.({ orgId, format, phase: put.status === 'unchanged' ? 'unchanged' : 'done', rowsDone: file.rows, rowsTotal: file.rows });
        } finally {
          await file.dispose();
        }
      } catch (error) {
        if (signal?.aborted) throw error;
        result.failures.push({ orgId, format, key, code: codeOf(error), error: errorMessage(error) });
        onProgress?.({ orgId, format, phase: 'failed' });
        // Without its Parquet file an org's CSV copy would be the only file of the day: skip it too.
        if (format === 'parquet') break;
      }
    }
  }
  return result;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'ERROR';
}
