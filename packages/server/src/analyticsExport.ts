import { ScopeError, type ExportFormat } from '@learnlens/data-client';
import { HttpError } from './errors.js';
import { attachment, checkFields, readJsonBody, sendStream } from './http.js';
import type { Route } from './routes.js';
import { auditHeaders } from './routes.js';

// A destination names where the caller puts the file (e.g. "s3://bucket/key"); it is only recorded in the audit entry.
const MAX_DESTINATION = 1024;

/**
 * POST {base}/exports/analytics.parquet and …/analytics.csv: seed 000's BI dataset (`exportRows` in the BI columns,
 * the dataset the nightly BI upload reuses), for an admin of the org only. Like every export it writes its audit entry
 * (format, org, row count, and `destination` when the caller names one) before the first byte, refuses CSV over 10,000
 * rows, and streams the file as the response drains. Body: `{ "params": { …exportRows filters }, "destination"?: "…" }`.
 */
export function analyticsExport(format: ExportFormat): Route {
  return {
    method: 'POST',
    async run({ req, res, viewer, signal, executor, options, headers }) {
      if (viewer.role !== 'admin') throw new ScopeError('The analytics export (every attempt of the org) is for admins only');
      const body = await readJsonBody(req, options.maxRequestBytes);
      checkFields(body, ['params', 'destination']);
      const params = body.params === undefined ? {} : body.params;
      if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new HttpError(400, 'INVALID_REQUEST', '"params" must be a JSON object');
      const { destination } = body;
      if (destination !== undefined && (typeof destination !== 'string' || destination.length === 0 || destination.length > MAX_DESTINATION)) {
        throw new HttpError(400, 'INVALID_REQUEST', `"destination" must be a string of 1 to ${MAX_DESTINATION} characters`);
      }
      const result = await executor.export(format, params as Record<string, unknown>, viewer, signal, {
        dataset: 'bi',
        ...(destination !== undefined ? { destination } : {}),
      });
      await sendStream(
        res,
        200,
        result.chunks,
        { ...headers, 'Content-Type': result.mimeType, 'Content-Disposition': attachment(result.fileName), ...auditHeaders(result.audit) },
        signal,
      );
    },
  };
}
