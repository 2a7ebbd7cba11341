import { randomUUID } from 'node:crypto';
import {
  createClient,
  ValidationError,
  type AuditEntry,
  type BackendAdapter,
  type ExportFormat,
} from '@learnlens/data-client';
import { HttpError } from './errors.js';
import { checkFields, sendJson } from './http.js';
import type { RouteContext } from './routes.js';

/**
 * Where exports delivered as links are stored: an object store that can hand out time-limited URLs (S3 or any
 * S3-compatible store through `createS3ExportStore` from @learnlens/jobs, or a host's own storage).
 */
export interface ExportObjectStore {
  /** Stores `body` under `key`; resolves once the object is complete and readable. */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** A URL that fetches the object with a plain GET until `expiresInSeconds` have passed, then fails. */
  signedUrl(key: string, expiresInSeconds: number, fileName: string): Promise<string>;
  /** Where the object is, as the audit entry names it, e.g. "s3://exports/learnlens/org-1/….csv". */
  locationOf(key: string): string;
}

/** Options of exports delivered as signed URLs (seed 002: upload to a storage bucket, return a signed URL). */
export interface SignedExportOptions {
  store: ExportObjectStore;
  /** Lifetime of each URL in seconds (default 86,400: 24 hours; at most 604,800, S3's limit). */
  expiresInSeconds?: number;
  /** Key prefix of the stored exports (default "learnlens-exports/"). */
  keyPrefix?: string;
  /** Deliver every export as a URL unless the request says `"delivery": "bytes"` (default: only on `"delivery": "url"`). */
  byDefault?: boolean;
}

/** SignedExportOptions with defaults applied. */
export type ResolvedSignedExports = Required<SignedExportOptions>;

/** The most a presigned S3 URL can live. */
export const MAX_SIGNED_URL_SECONDS = 604_800;

/** Checks and completes the options; undefined stays undefined (exports are then sent as bytes only). */
export function resolveSignedExports(options: SignedExportOptions | undefined): ResolvedSignedExports | undefined {
  if (options === undefined) return undefined;
  const store = options.store;
  if (!store || typeof store.put !== 'function' || typeof store.signedUrl !== 'function' || typeof store.locationOf !== 'function') {
    throw new TypeError('createLearnlensHandler: signedExports.store must be an ExportObjectStore (put, signedUrl, locationOf)');
  }
  const expires = options.expiresInSeconds ?? 86_400;
  if (!Number.isSafeInteger(expires) || expires < 1 || expires > MAX_SIGNED_URL_SECONDS) {
    throw new RangeError(`createLearnlensHandler: signedExports.expiresInSeconds must be a whole number from 1 to ${MAX_SIGNED_URL_SECONDS}, got ${expires}`);
  }
  const prefix = (options.keyPrefix ?? 'learnlens-exports/').replace(/^\/+/, '');
  return { store, expiresInSeconds: expires, keyPrefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`, byDefault: options.byDefault ?? false };
}

/** True when this export request is to be answered with a signed URL rather than the file. */
export function wantsSignedUrl(body: Record<string, unknown>, signed: ResolvedSignedExports | undefined): signed is ResolvedSignedExports {
  const delivery = body.delivery;
  if (delivery !== undefined && delivery !== 'url' && delivery !== 'bytes') {
    throw new HttpError(400, 'INVALID_REQUEST', '"delivery" must be "url" or "bytes"');
  }
  if (delivery === 'url' && signed === undefined) {
    throw new HttpError(400, 'INVALID_REQUEST', 'This server does not deliver exports as URLs (no signedExports store is configured)');
  }
  return signed !== undefined && (delivery === 'url' || (delivery === undefined && signed.byDefault));
}

// The same adapter, except that its audit entries name the object the export is stored as, so the audit log says
// where the file went as well as what was in it.
// Everything else is inherited from the adapter itself, whatever its shape.
function auditingTo(adapter: BackendAdapter, location: string): BackendAdapter {
  const writeAudit: BackendAdapter['writeAudit'] = (entry, signal) => adapter.writeAudit(withLocation(entry, location), signal);
  return Object.create(adapter, { writeAudit: { value: writeAudit } }) as BackendAdapter;
}

function withLocation(entry: AuditEntry, location: string): AuditEntry {
  return { ...entry, params: { ...entry.params, destination: location } };
}

/**
 * POST /export with `"delivery": "url"`: runs the export (its audit entry, naming the object, is written before any
 * byte exists), stores the file, and answers `{ url, expiresAt, key, fileName, format, rowCount, audit }` instead of
 * the bytes. The URL works with a plain GET, no token, until it expires.
 */
export async function sendSignedExport(context: RouteContext, body: Record<string, unknown>, signed: ResolvedSignedExports): Promise<void> {
  const { res, viewer, signal, client, options, headers } = context;
  checkFields(body, ['format', 'params', 'delivery']);
  const { format } = body;
  if (format !== 'csv' && format !== 'parquet') {
    const message = 'must be "csv" or "parquet"';
    throw new ValidationError('INVALID_PARAMS', `Invalid export: format ${message}`, [{ path: 'format', message }]);
  }
  const params = body.params === undefined ? {} : body.params;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new HttpError(400, 'INVALID_REQUEST', '"params" must be a JSON object');
  const day = new Date().toISOString().slice(0, 10);
  const key = `${signed.keyPrefix}${encodeURIComponent(viewer.orgId)}/${day}/${randomUUID()}.${format}`;
  const location = signed.store.locationOf(key);
  const auditing = createClient({ adapter: auditingTo(client.adapter, location) });
  const result = await auditing.export({ format: format as ExportFormat, params: params as never, viewer, signal });
  await signed.store.put(key, result.bytes, result.mimeType);
  const url = await signed.store.signedUrl(key, signed.expiresInSeconds, result.fileName);
  const expiresAt = new Date(Date.now() + signed.expiresInSeconds * 1000).toISOString();
  sendJson(
    res,
    200,
    { url, expiresAt, key, fileName: result.fileName, format, rowCount: result.rowCount, audit: withLocation(result.audit, location) },
    options.maxResponseBytes,
    headers,
  );
}
