import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isQueryName,
  queryNames,
  UnknownQueryError,
  ValidationError,
  type AuditEntry,
  type ExportFormat,
  type LearnlensClient,
  type Viewer,
} from '@learnlens/data-client';
import { HttpError } from './errors.js';
import type { Executor } from './executor.js';
import { attachment, checkFields, readJsonBody, sendBytes, sendJson, sendStream } from './http.js';
import type { ResolvedHandlerOptions } from './options.js';
import { analyticsExport } from './analyticsExport.js';
import { sendSignedExport, wantsSignedUrl } from './signedExport.js';

/** Everything a route needs for one request. */
export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  viewer: Viewer;
  signal: AbortSignal;
  executor: Executor;
  /** The request-thread client (signed exports use it); never read with `workers`, which refuse signed exports. */
  client: LearnlensClient;
  options: ResolvedHandlerOptions;
  /** Headers every response of this request carries (CORS). */
  headers: Record<string, string>;
}

/** One route: its method and what it does once the token is verified. */
export interface Route {
  method: 'GET' | 'POST';
  run(context: RouteContext): Promise<void>;
}

// Response header size limits are about 16 KiB in Node and most proxies; past this the filters are left out.
const MAX_AUDIT_HEADER = 8 * 1024;

function plainObject(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError(400, 'INVALID_REQUEST', `"${field}" must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** The audit entry as a header value: percent-encoded JSON, without `params` if they would make it too long. */
export function auditHeaders(audit: AuditEntry): Record<string, string> {
  const full = encodeURIComponent(JSON.stringify(audit));
  if (full.length <= MAX_AUDIT_HEADER) return { 'Learnlens-Audit': full };
  const { params: _params, ...rest } = audit;
  return { 'Learnlens-Audit': encodeURIComponent(JSON.stringify(rest)), 'Learnlens-Audit-Params': 'omitted' };
}

async function servedQueries(executor: Executor, options: ResolvedHandlerOptions): Promise<string[]> {
  return (await executor.supportedQueries()).filter((name) => name !== 'exportRows' || options.allowExportRowsQuery);
}

const query: Route = {
  method: 'POST',
  async run({ req, res, viewer, signal, executor, options, headers }) {
    const body = await readJsonBody(req, options.maxRequestBytes);
    checkFields(body, ['name', 'params']);
    const { name } = body;
    const params = plainObject(body.params, 'params');
    if (typeof name !== 'string') throw new HttpError(400, 'INVALID_REQUEST', '"name" must be the name of a catalog query');
    if (!isQueryName(name)) throw new UnknownQueryError(name, queryNames);
    if (name === 'exportRows' && !options.allowExportRowsQuery) {
      throw new HttpError(
        400,
        'UNSUPPORTED_QUERY',
        `"exportRows" is served only by POST ${options.basePath}/export, which writes the export's audit entry first`,
      );
    }
    const result = await executor.query(name, params, viewer, signal);
    // The result arrives as JSON bytes (encoded off this thread with workers); only the envelope is added here.
    const answer = Buffer.concat([Buffer.from('{"result":'), result, Buffer.from(`,"viewer":${JSON.stringify(viewer)}}`)]);
    sendBytes(res, 200, answer, { 'Content-Type': 'application/json; charset=utf-8', ...headers }, options.maxResponseBytes);
  },
};

const exportFile: Route = {
  method: 'POST',
  async run({ req, res, viewer, signal, executor, client, options, headers }) {
    const body = await readJsonBody(req, options.maxRequestBytes);
    if (wantsSignedUrl(body, options.signedExports)) return sendSignedExport({ req, res, viewer, signal, executor, client, options, headers }, body, options.signedExports);
    checkFields(body, ['format', 'params', 'delivery']);
    const { format } = body;
    const params = plainObject(body.params, 'params');
    if (format !== 'csv' && format !== 'parquet') {
      const message = 'must be "csv" or "parquet"';
      throw new ValidationError('INVALID_PARAMS', `Invalid export: format ${message}`, [{ path: 'format', message }]);
    }
    // The export writes the audit entry before it encodes a byte; a failed write throws and nothing is sent.
    const result = await executor.export(format as ExportFormat, params, viewer, signal);
    const fileHeaders = {
      ...headers,
      'Content-Type': result.mimeType,
      'Content-Disposition': attachment(result.fileName),
      ...auditHeaders(result.audit),
    };
    await sendStream(res, 200, result.chunks, fileHeaders, signal);
  },
};

const catalogRoute: Route = {
  method: 'GET',
  async run({ res, viewer, executor, options, headers }) {
    sendJson(res, 200, { queries: await servedQueries(executor, options), exports: ['csv', 'parquet'], viewer }, options.maxResponseBytes, headers);
  },
};

/** The routes under the base path. */
export const routes: Readonly<Record<string, Route>> = {
  '/query': query,
  '/export': exportFile,
  '/catalog': catalogRoute,
  '/exports/analytics.parquet': analyticsExport('parquet'),
  '/exports/analytics.csv': analyticsExport('csv'),
};
