import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

/** Response headers a browser script may read: the audit entry and file name of an export, Retry-After. */
export const EXPOSED_HEADERS = ['Content-Disposition', 'Learnlens-Audit', 'Learnlens-Audit-Params', 'Retry-After'];

/** CORS headers for an allowed origin, or none (no Origin, or one not on the list: the browser then blocks the read). */
export function corsHeaders(req: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !allowedOrigins.includes(origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') };
}

/** Answers a preflight: 204 with the allowed methods and headers for a listed origin, 403 otherwise. */
export function preflightHeaders(req: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const headers = corsHeaders(req, allowedOrigins);
  if (!headers['Access-Control-Allow-Origin']) {
    throw new HttpError(403, 'ORIGIN_NOT_ALLOWED', 'This origin may not call the Learnlens server');
  }
  return {
    ...headers,
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
  };
}
