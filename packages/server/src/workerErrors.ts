import {
  AdapterError,
  AuditWriteError,
  ExportLimitError,
  LearnlensError,
  ResultValidationError,
  ScopeError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  type LearnlensErrorCode,
  type ValidationIssue,
} from '@learnlens/data-client';

/** An error as it crosses from a worker thread: structured clone keeps neither the class nor its fields. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  issues?: ValidationIssue[];
  adapter?: string;
  transient?: boolean;
  query?: string;
  format?: string;
  rowCount?: number;
  limit?: number;
  /** For AUDIT_WRITE: whether the write failed for a transient reason (503 rather than 502). */
  causeTransient?: boolean;
}

function transientCause(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === 'ADAPTER' && (e as AdapterError).transient) return true;
  }
  return false;
}

/** The worker side: keeps what the response and `onError` need. */
export function encodeError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const json = typeof (error as { toJSON?: unknown }).toJSON === 'function' ? ((error as LearnlensError).toJSON() as Partial<WireError>) : {};
  const fields = error as Partial<WireError>;
  return {
    ...json,
    name: error.name,
    message: error.message,
    ...(typeof fields.code === 'string' && { code: fields.code }),
    ...(typeof fields.query === 'string' && { query: fields.query }),
    ...(typeof fields.adapter === 'string' && { adapter: fields.adapter }),
    ...(fields.code === 'AUDIT_WRITE' && { causeTransient: transientCause(error.cause) }),
  };
}

function withMessage<E extends Error>(error: E, message: string): E {
  error.message = message;
  return error;
}

function revive(wire: WireError): Error {
  const issues = wire.issues ?? [];
  switch (wire.code as LearnlensErrorCode | undefined) {
    case 'SCOPE':
      return new ScopeError(wire.message);
    case 'INVALID_PARAMS':
    case 'INVALID_VIEWER':
      return new ValidationError(wire.code as 'INVALID_PARAMS', wire.message, issues);
    case 'INVALID_RESULT':
      return withMessage(new ResultValidationError(wire.query ?? '', wire.adapter ?? '', issues), wire.message);
    case 'ADAPTER':
      return withMessage(new AdapterError(wire.adapter ?? 'unknown', wire.message, { transient: wire.transient === true }), wire.message);
    case 'UNKNOWN_QUERY':
      return withMessage(new UnknownQueryError(wire.query ?? '', []), wire.message);
    case 'UNSUPPORTED_QUERY':
      return withMessage(new UnsupportedQueryError(wire.query ?? '', wire.adapter ?? ''), wire.message);
    case 'EXPORT_LIMIT':
      return new ExportLimitError(wire.format ?? 'csv', wire.rowCount ?? 0, wire.limit ?? 0);
    case 'AUDIT_WRITE': {
      const cause = wire.causeTransient ? new AdapterError(wire.adapter ?? 'unknown', 'transient', { transient: true }) : undefined;
      return withMessage(new AuditWriteError('', { cause }), wire.message);
    }
  }
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}

/** The request-thread side: the typed error the worker threw, so it is answered exactly as on the request thread. */
export function decodeError(wire: WireError): Error {
  return revive(wire);
}
