const ERROR_CODES = new Set<LearnlensErrorCode>([
  'SCOPE', 'INVALID_PARAMS', 'INVALID_VIEWER', 'INVALID_RESULT', 'ADAPTER',
  'UNKNOWN_QUERY', 'UNSUPPORTED_QUERY', 'EXPORT_LIMIT', 'AUDIT_WRITE',
]);

/** Machine-readable kind of every error the data client throws. */
export type LearnlensErrorCode =
  | 'SCOPE'
  | 'INVALID_PARAMS'
  | 'INVALID_VIEWER'
  | 'INVALID_RESULT'
  | 'ADAPTER'
  | 'UNKNOWN_QUERY'
  | 'UNSUPPORTED_QUERY'
  | 'EXPORT_LIMIT'
  | 'AUDIT_WRITE';

/** One problem found by schema validation, with the path of the offending value. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Base class of every error the data client throws; `code` tells them apart across realms and JSON. */
export class LearnlensError extends Error {
  readonly code: LearnlensErrorCode;
  constructor(code: LearnlensErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LearnlensError';
    this.code = code;
  }
  /** A plain object safe to send over the wire or log. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/**
 * The one message of every request naming an org, team or user the viewer may not see, whatever the reason (another
 * org, outside their team, no such id): a caller cannot tell members from strangers by the answer.
 */
export const OUT_OF_SCOPE_MESSAGE =
  "Out of the viewer's scope: the request names an org, team or user this viewer may not see";

/**
 * The one message of a viewer the backend does not know as a member of their org with the role they claim (no such
 * org, no such user, another org's user, another role): it names nothing the caller did not send.
 */
export const VIEWER_NOT_MEMBER_MESSAGE = 'The viewer is not a member of their active org with the role they claim';

/** The viewer asked for data outside what their role and org allow; nothing was returned. */
export class ScopeError extends LearnlensError {
  constructor(message: string = OUT_OF_SCOPE_MESSAGE) {
    super('SCOPE', message);
    this.name = 'ScopeError';
  }
}

/** Query parameters (or a viewer) failed their schema; `issues` lists each problem. */
export class ValidationError extends LearnlensError {
  readonly issues: ValidationIssue[];
  constructor(code: 'INVALID_PARAMS' | 'INVALID_VIEWER', message: string, issues: ValidationIssue[]) {
    super(code, message);
    this.name = 'ValidationError';
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** The adapter answered with data that does not match the query's result schema. */
export class ResultValidationError extends LearnlensError {
  readonly issues: ValidationIssue[];
  readonly query: string;
  readonly adapter: string;
  constructor(query: string, adapter: string, issues: ValidationIssue[]) {
    const first = issues[0];
    super(
      'INVALID_RESULT',
      `Adapter "${adapter}" returned a malformed result for "${query}"` +
        (first ? `: ${first.path || '(root)'} ${first.message}` : '') +
        (issues.length > 1 ? ` (and ${issues.length - 1} more issue(s))` : ''),
    );
    this.name = 'ResultValidationError';
    this.issues = issues;
    this.query = query;
    this.adapter = adapter;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), query: this.query, adapter: this.adapter, issues: this.issues };
  }
}

/** The backend failed. `transient` errors (timeouts, overload, lost connections) are worth retrying. */
export class AdapterError extends LearnlensError {
  readonly transient: boolean;
  readonly adapter: string;
  constructor(adapter: string, message: string, options: { transient: boolean; cause?: unknown }) {
    super('ADAPTER', message, { cause: options.cause });
    this.name = 'AdapterError';
    this.transient = options.transient;
    this.adapter = adapter;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), adapter: this.adapter, transient: this.transient };
  }
}

/** The query name is not in the catalog at all. */
export class UnknownQueryError extends LearnlensError {
  readonly query: string;
  constructor(query: string, known: readonly string[]) {
    super('UNKNOWN_QUERY', `Unknown query "${query}". Known queries: ${known.join(', ')}`);
    this.name = 'UnknownQueryError';
    this.query = query;
  }
}

/** The query is in the catalog but this adapter does not answer it. */
export class UnsupportedQueryError extends LearnlensError {
  readonly query: string;
  readonly adapter: string;
  constructor(query: string, adapter: string) {
    super('UNSUPPORTED_QUERY', `Adapter "${adapter}" does not support the query "${query}"`);
    this.name = 'UnsupportedQueryError';
    this.query = query;
    this.adapter = adapter;
  }
}

/** An export was refused because it has more rows than its format allows; nothing was written. */
export class ExportLimitError extends LearnlensError {
  readonly rowCount: number;
  readonly limit: number;
  readonly format: string;
  constructor(format: string, rowCount: number, limit: number) {
    super(
      'EXPORT_LIMIT',
      `A ${format.toUpperCase()} export is limited to ${limit.toLocaleString('en-US')} rows and this one has ` +
        `${rowCount.toLocaleString('en-US')}: narrow the filters or export as Parquet, which has no row limit`,
    );
    this.name = 'ExportLimitError';
    this.rowCount = rowCount;
    this.limit = limit;
    this.format = format;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), rowCount: this.rowCount, limit: this.limit, format: this.format };
  }
}

/** The export's audit entry could not be written, so the export did not happen. */
export class AuditWriteError extends LearnlensError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('AUDIT_WRITE', `The export's audit entry could not be written, so nothing was exported: ${message}`, options);
    this.name = 'AuditWriteError';
  }
}

/**
 * True for errors worth retrying: transient adapter failures only, never scope or validation errors. By `code`, like
 * `isLearnlensError`, so a widget's bundle needs none of the error classes.
 */
export function isTransientError(error: unknown): boolean {
  return isLearnlensError(error, 'ADAPTER') && (error as AdapterError).transient === true;
}

/** True when `error` is a Learnlens error, optionally of one code; works across bundles via `code`. */
export function isLearnlensError(error: unknown, code?: LearnlensErrorCode): error is LearnlensError {
  if (!(error instanceof Error)) return false;
  const actual = (error as { code?: unknown }).code;
  if (!ERROR_CODES.has(actual as LearnlensErrorCode)) return false;
  return code === undefined || actual === code;
}
