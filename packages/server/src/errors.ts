import { isLearnlensError, type AdapterError, type LearnlensError } from '@learnlens/data-client';

/** Why a request was not authenticated; deliberately coarse, so a caller learns nothing about which check failed. */
export type AuthFailure = 'missing' | 'expired' | 'invalid';

const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: 'Not signed in: send the token your backend issued as "Authorization: Bearer <token>"',
  expired: 'The session token has expired: sign in again',
  invalid: 'The session token is not valid',
};

/** The request carried no usable token; always answered with 401 and no data. */
export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
  readonly reason: AuthFailure;
  constructor(reason: AuthFailure, options?: { cause?: unknown }) {
    super(AUTH_MESSAGES[reason], options);
    this.name = 'AuthenticationError';
    this.reason = reason;
  }
  /** The wire form: no cause, no detail beyond the coarse reason. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, reason: this.reason, message: this.message };
  }
}

/** The identity provider's key set (`jwksUrl`) could not be fetched or read: 503, since the token may well be good. */
export class AuthUnavailableError extends Error {
  readonly code = 'AUTH_UNAVAILABLE';
  constructor(options?: { cause?: unknown }) {
    super("The identity provider's signing keys could not be fetched; retry shortly", options);
    this.name = 'AuthUnavailableError';
  }
  /** The wire form: nothing about the provider's address or answer. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/** The request ran past its deadline and was cancelled; nothing of its answer is sent. */
export class DeadlineExceededError extends Error {
  readonly code = 'DEADLINE_EXCEEDED';
  /** The deadline that passed, in milliseconds. */
  readonly deadlineMs: number;
  constructor(deadlineMs: number) {
    super(`The request took longer than its ${deadlineMs} ms deadline and was cancelled: narrow the date range or filters`);
    this.name = 'DeadlineExceededError';
    this.deadlineMs = deadlineMs;
  }
  /** The wire form. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, deadlineMs: this.deadlineMs };
  }
}

/** The viewer sent more requests than the rate limit allows: 429 with the seconds to wait in Retry-After. */
export class RateLimitError extends Error {
  readonly code = 'RATE_LIMITED';
  /** Whole seconds until the next request is accepted. */
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`Too many requests: retry in ${retryAfterSeconds} s`);
    this.name = 'RateLimitError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
  /** The wire form. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** A protocol-level refusal (bad route, method, body or size) with its HTTP status. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
  /** The wire form. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/** An error turned into what is sent: status, extra headers and the `{ error }` body. */
export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: { error: Record<string, unknown> };
}

const STATUS_BY_CODE: Record<string, number> = {
  SCOPE: 403,
  INVALID_PARAMS: 400,
  INVALID_VIEWER: 400,
  UNKNOWN_QUERY: 400,
  UNSUPPORTED_QUERY: 400,
  EXPORT_LIMIT: 422,
  INVALID_RESULT: 502,
};

function isTransientCause(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (isLearnlensError(e, 'ADAPTER') && (e as AdapterError).transient) return true;
  }
  return false;
}

/**
 * Maps any error to its response. Backend failures are answered with a generic message (the real one, which may
 * name tables or hosts, goes to `onError` only); anything unknown is a bare 500 with no stack.
 */
export function toErrorResponse(error: unknown, retryAfterSeconds: number): ErrorResponse {
  const retry = { 'Retry-After': String(retryAfterSeconds) };
  if (error instanceof AuthenticationError) {
    const description = error.reason === 'expired' ? 'The token has expired' : 'Authentication required';
    const challenge = error.reason === 'missing' ? 'Bearer' : `Bearer error="invalid_token", error_description="${description}"`;
    return { status: 401, headers: { 'WWW-Authenticate': challenge }, body: { error: error.toJSON() } };
  }
  if (error instanceof DeadlineExceededError) return { status: 504, headers: {}, body: { error: error.toJSON() } };
  if (error instanceof RateLimitError) {
    return { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) }, body: { error: error.toJSON() } };
  }
  if (error instanceof AuthUnavailableError) return { status: 503, headers: retry, body: { error: error.toJSON() } };
  if (error instanceof HttpError) return { status: error.status, headers: error.headers, body: { error: error.toJSON() } };
  if (isLearnlensError(error)) {
    const e = error as LearnlensError;
    if (e.code === 'ADAPTER') {
      const a = e as AdapterError;
      const transient = a.transient === true;
      const message = transient
        ? `The "${a.adapter}" backend is temporarily unavailable; retry shortly`
        : `The "${a.adapter}" backend failed to answer`;
      return {
        status: transient ? 503 : 502,
        headers: transient ? retry : {},
        body: { error: { name: 'AdapterError', code: 'ADAPTER', adapter: a.adapter, transient, message } },
      };
    }
    if (e.code === 'AUDIT_WRITE') {
      const transient = isTransientCause(e);
      const message = "The export's audit entry could not be written, so nothing was exported";
      return { status: transient ? 503 : 502, headers: transient ? retry : {}, body: { error: { name: 'AuditWriteError', code: 'AUDIT_WRITE', message } } };
    }
    const status = STATUS_BY_CODE[e.code];
    if (status !== undefined) return { status, headers: {}, body: { error: e.toJSON() } };
  }
  return { status: 500, headers: {}, body: { error: { name: 'InternalError', code: 'INTERNAL', message: 'Internal server error' } } };
}
