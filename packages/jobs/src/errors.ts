/** A setting a job cannot run without is missing or malformed; `setting` names the variable or option. */
export class JobSettingError extends Error {
  /** Stable code for callers that switch on it. */
  readonly code = 'JOB_SETTING';
  constructor(
    /** The environment variable or option at fault, e.g. "BI_EXPORT_BUCKET". */
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = 'JobSettingError';
  }
}

/** The message of anything thrown, on one line. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** What each scheduled job needs of the backend, for `UnsupportedJobError` and the docs. */
export const jobBackendSupport = {
  'bi-export': ['mock', 'postgres', 'duckdb', 'clickhouse', 'http'],
  digest: ['mock', 'postgres', 'duckdb', 'clickhouse', 'http'],
  'refresh-views': ['postgres'],
  'statusLog: postgres': ['postgres'],
} as const satisfies Record<string, readonly string[]>;

/**
 * A job (or the PostgreSQL run log) scheduled on a backend that cannot run it: seed 002's `refresh_reporting_views()`
 * and the `etl_job_status` table live in PostgreSQL, and DuckDB files, ClickHouse and a Learnlens server have neither.
 */
export class UnsupportedJobError extends Error {
  /** Stable code for callers that switch on it. */
  readonly code = 'UNSUPPORTED_JOB';
  constructor(
    /** The job, e.g. "refresh-views", or "statusLog: postgres". */
    readonly job: keyof typeof jobBackendSupport,
    /** The backend it was scheduled on, e.g. "duckdb". */
    readonly backend: string,
  ) {
    const supported = jobBackendSupport[job];
    const what = job === 'refresh-views' ? "refresh-views runs seed 002's refresh_reporting_views() in PostgreSQL" : 'the etl_job_status run log is a PostgreSQL table';
    super(`${what}; the ${backend} backend has none (it needs --adapter ${supported.join(' or ')}${job === 'statusLog: postgres' ? ', or a statusLog file' : ''})`);
    this.name = 'UnsupportedJobError';
  }
}
