import { AdapterError, LearnlensError } from '@learnlens/data-client';

/** The adapter's name in error messages. */
export const ADAPTER_NAME = 'postgres';

/** A mapping that cannot be used (an unsafe identifier, an unknown column, a missing required column). */
export class MappingError extends Error {
  constructor(message: string) {
    super(`Invalid Learnlens PostgreSQL mapping: ${message}`);
    this.name = 'MappingError';
  }
}

// SQLSTATE classes and codes worth retrying: connection trouble, serialization and deadlock failures, timeouts and
// cancellations (statement_timeout), lack of resources, and a server shutting down or starting.
const TRANSIENT_CLASSES = new Set(['08', '53', '57']);
const TRANSIENT_CODES = new Set(['40001', '40P01', '55P03']);
// Node socket errors and pg's own messages for a lost or unobtainable connection.
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
const TRANSIENT_MESSAGES = /timeout|terminated|Connection ended|not queryable|connection is closed/i;

interface PgLikeError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  hint?: unknown;
}

/** True when a pg or socket error is worth retrying. */
export function isTransientPgError(error: unknown): boolean {
  const e = (error ?? {}) as PgLikeError;
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_CLASSES.has(code.slice(0, 2)) || TRANSIENT_CODES.has(code);
  if (TRANSIENT_NODE_CODES.has(code)) return true;
  // AggregateError (every address refused) carries its causes in `errors`.
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested) && nested.length > 0 && nested.every(isTransientPgError)) return true;
  return typeof e.message === 'string' && TRANSIENT_MESSAGES.test(e.message);
}

// The server ended the backend (pg_terminate_backend, shutdown, crash) or the socket is gone: the connection is dead.
const LOST_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const LOST_MESSAGES = /Connection terminated|not queryable|connection is closed/i;

/** True when an error means the connection it came from can never be used again. */
export function isConnectionLost(error: unknown): boolean {
  const e = (error ?? {}) as PgLikeError;
  const code = typeof e.code === 'string' ? e.code : '';
  if (code.startsWith('08') || LOST_CODES.has(code)) return true;
  return typeof e.message === 'string' && LOST_MESSAGES.test(e.message);
}

/** Turns whatever the pg driver threw into an AdapterError (Learnlens errors pass through unchanged). */
export function toAdapterError(error: unknown, what: string): Error {
  if (error instanceof LearnlensError) return error;
  const e = (error ?? {}) as PgLikeError;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const base = typeof e.message === 'string' && e.message !== '' ? e.message : String(error);
  const detail = typeof e.detail === 'string' ? ` (${e.detail})` : '';
  const transient = isTransientPgError(error);
  const message = `PostgreSQL ${transient ? 'is unavailable for' : 'failed on'} ${what}: ${base}${detail}${code ? ` [${code}]` : ''}`;
  return new AdapterError(ADAPTER_NAME, message, { transient, cause: error });
}
