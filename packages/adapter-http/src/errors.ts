import {
  AdapterError,
  AuditWriteError,
  ExportLimitError,
  ResultValidationError,
  ScopeError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  type LearnlensError,
  type ValidationIssue,
} from '@learnlens/data-client';

/** Why the server did not accept the session: no token, an expired one, or one it could not verify. */
export type AuthFailure = 'missing' | 'expired' | 'invalid';

const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: 'Not signed in: the Learnlens server needs a session token',
  expired: 'Your session has expired: sign in again',
  invalid: 'The session token was not accepted: sign in again',
};

/**
 * The server refused the session token (HTTP 401). An AdapterError that is never transient, so hooks do not retry;
 * a host typically refreshes the token or sends the user to sign in.
 */
export class AuthenticationError extends AdapterError {
  readonly reason: AuthFailure;
  constructor(adapter: string, reason: AuthFailure, options?: { cause?: unknown }) {
    super(adapter, AUTH_MESSAGES[reason], { transient: false, cause: options?.cause });
    this.name = 'AuthenticationError';
    this.reason = reason;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** The `error` object of a Learnlens server response. */
interface WireError {
  name?: string;
  code?: string;
  message?: string;
  reason?: string;
  issues?: ValidationIssue[];
  transient?: boolean;
  adapter?: string;
  query?: string;
  format?: string;
  rowCount?: number;
  limit?: number;
}

function wireErrorOf(body: unknown): WireError | undefined {
  const error = (body as { error?: unknown } | null)?.error;
  if (error === null || typeof error !== 'object') return undefined;
  return error as WireError;
}

function issuesOf(wire: WireError): ValidationIssue[] {
  return Array.isArray(wire.issues)
    ? wire.issues.map((i) => ({ path: String(i?.path ?? ''), message: String(i?.message ?? '') }))
    : [];
}

// Some error classes compose their own message; the server's is the one to show.
function withMessage<E extends Error>(error: E, message: string | undefined): E {
  if (message) error.message = message;
  return error;
}

/**
 * Turns a Learnlens server's error response back into the typed error the server threw, so callers (and the React
 * hooks' retry rules) cannot tell an HTTP backend from a local one. `query` names the request, for context.
 */
export function errorFromResponse(adapter: string, status: number, body: unknown, query?: string): LearnlensError {
  const wire = wireErrorOf(body) ?? {};
  const message = typeof wire.message === 'string' ? wire.message : undefined;
  switch (wire.code) {
    case 'UNAUTHENTICATED':
      return new AuthenticationError(adapter, wire.reason === 'expired' || wire.reason === 'missing' ? wire.reason : 'invalid');
    case 'SCOPE':
      return new ScopeError(message ?? 'Out of scope');
    case 'INVALID_PARAMS':
    case 'INVALID_VIEWER':
      return new ValidationError(wire.code, message ?? 'Invalid request', issuesOf(wire));
    case 'UNKNOWN_QUERY':
      return withMessage(new UnknownQueryError(query ?? '', []), message);
    case 'UNSUPPORTED_QUERY':
      return withMessage(new UnsupportedQueryError(query ?? '', adapter), message);
    case 'EXPORT_LIMIT':
      return new ExportLimitError(wire.format ?? 'csv', Number(wire.rowCount ?? 0), Number(wire.limit ?? 0));
    case 'INVALID_RESULT':
      return withMessage(new ResultValidationError(wire.query ?? query ?? '', wire.adapter ?? adapter, issuesOf(wire)), message);
    case 'AUDIT_WRITE':
      return withMessage(new AuditWriteError(''), message);
    case 'ADAPTER':
      return new AdapterError(wire.adapter ?? adapter, message ?? 'The backend failed', { transient: wire.transient ?? status === 503 });
  }
  if (status === 401) return new AuthenticationError(adapter, 'invalid');
  // A gateway in front of the server (502, 504) or an overloaded one (503, 429) is worth retrying.
  const transient = status === 429 || status === 502 || status === 503 || status === 504;
  return new AdapterError(adapter, `The Learnlens server answered HTTP ${status}${message ? `: ${message}` : ''}`, { transient });
}
