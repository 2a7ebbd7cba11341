import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { lock as lockFile } from 'proper-lockfile';

/** A run's status, as seed 001's `etl_job_status` spells them. */
export type JobRunStatus = 'pending' | 'running' | 'completed' | 'failed';

/** One row of the run log, shaped like seed 001's `etl_job_status`. */
export interface JobStatusRow {
  job_id: string;
  job_type: string;
  status: JobRunStatus;
  started_at: string;
  completed_at: string | null;
  records_processed: number;
  records_failed: number;
  bytes_processed: number;
  error_message: string | null;
  retry_count: number;
  created_at: string;
  updated_at: string;
}

/** What a finished run reports. */
export interface JobRunUpdate {
  status: 'completed' | 'failed';
  records_processed: number;
  records_failed: number;
  bytes_processed: number;
  error_message: string | null;
  retry_count: number;
}

/** Where runs are recorded: a row when a run starts, updated when it ends. */
export interface JobStatusStore {
  start(jobType: string): Promise<JobStatusRow>;
  finish(row: JobStatusRow, update: JobRunUpdate): Promise<JobStatusRow>;
  /**
   * Takes the job's lock across processes, or resolves null when another process holds it; the result releases it.
   * Stores without one rely on the scheduler's own in-process lock.
   */
  lock?(jobType: string): Promise<(() => Promise<void>) | null>;
}

function newRow(jobType: string): JobStatusRow {
  const now = new Date().toISOString();
  return {
    job_id: randomUUID(),
    job_type: jobType,
    status: 'running',
    started_at: now,
    completed_at: null,
    records_processed: 0,
    records_failed: 0,
    bytes_processed: 0,
    error_message: null,
    retry_count: 0,
    created_at: now,
    updated_at: now,
  };
}

function finished(row: JobStatusRow, update: JobRunUpdate): JobStatusRow {
  const now = new Date().toISOString();
  return { ...row, ...update, completed_at: now, updated_at: now };
}

/** A run log in memory: `rows` holds the latest state of each run, in start order. */
export function memoryJobStatus(): JobStatusStore & { rows: JobStatusRow[] } {
  const rows: JobStatusRow[] = [];
  return {
    rows,
    async start(jobType) {
      const row = newRow(jobType);
      rows.push(row);
      return { ...row };
    },
    async finish(row, update) {
      const done = finished(row, update);
      const i = rows.findIndex((r) => r.job_id === row.job_id);
      if (i >= 0) rows[i] = done;
      return { ...done };
    },
  };
}

/** Options of `fileJobStatus`. */
export interface FileJobStatusOptions {
  /**
   * How long, ms, a job's lock may go without its holder refreshing it before another process takes it over (the
   * holder refreshes it every half of that; default 60 000). A holder that crashed stops refreshing it.
   */
  lockStaleMs?: number;
  /** Called when a held lock was lost (removed, or taken over as stale); default: a process warning. */
  onLockLost?: (jobType: string, error: Error) => void;
}

/**
 * A run log in a JSON-lines file: one line per state of a run (its start, then its end), newest last. Each job's lock
 * is a lock beside the file (`<file>.<job>.lock`, made atomically with mkdir by proper-lockfile and refreshed while the
 * job runs), so schedulers in several processes sharing the file never run one job at once.
 */
export function fileJobStatus(path: string, options: FileJobStatusOptions = {}): JobStatusStore {
  const write = async (row: JobStatusRow) => {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, `${JSON.stringify(row)}\n`);
    return row;
  };
  const onLockLost =
    options.onLockLost ?? ((jobType: string, error: Error) => process.emitWarning(`the lock of job "${jobType}" on ${path} was lost: ${error.message}`));
  return {
    start: (jobType) => write(newRow(jobType)),
    finish: (row, update) => write(finished(row, update)),
    async lock(jobType) {
      await mkdir(dirname(path), { recursive: true });
      try {
        // proper-lockfile keeps its held locks in a map keyed by the locked path, not by the lock file: locking the
        // log's own path for every job made a second job's lock replace the first's entry, and the first job's release
        // then removed nothing, holding that job's lock (refreshed, never stale) until the process ended. A path per job.
        const jobPath = `${path}.${encodeURIComponent(jobType)}`;
        const release = await lockFile(jobPath, {
          lockfilePath: `${jobPath}.lock`,
          // Nothing need exist at that path: lock it as written.
          realpath: false,
          stale: options.lockStaleMs ?? 60_000,
          retries: 0,
          onCompromised: (error) => onLockLost(jobType, error),
        });
        // Releasing a lock already lost to another process must not fail the run that held it.
        return () => release().catch(() => undefined);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return null;
        throw error;
      }
    },
  };
}

/** Runs SQL (PostgreSQL, `$1` placeholders). */
export type SqlRunner = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** The `etl_job_status` table (seed 001's columns, in PostgreSQL types). */
export const etlJobStatusTableSql = `
create table if not exists etl_job_status (
  job_id uuid primary key,
  job_type text not null,
  status text not null check (status in ('pending', 'running', 'completed', 'failed')),
  started_at timestamptz not null,
  completed_at timestamptz,
  records_processed numeric(15, 0) not null default 0,
  records_failed numeric(15, 0) not null default 0,
  bytes_processed numeric(20, 0) not null default 0,
  error_message text,
  retry_count numeric(5, 0) not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index if not exists etl_job_status_type_started on etl_job_status (job_type, started_at desc);
`;

/**
 * The run log in PostgreSQL's `etl_job_status` table (created if missing), with a cross-process lock per job from
 * a session advisory lock, so two schedulers (or a scheduler and a manual run) never run one job at once. `lockSql`
 * must run its statements on one dedicated connection per lock (an advisory lock belongs to a session).
 */
export async function sqlJobStatus(sql: SqlRunner, lockSession?: () => Promise<{ sql: SqlRunner; release(): void }>): Promise<JobStatusStore> {
  await sql(etlJobStatusTableSql);
  const store: JobStatusStore = {
    async start(jobType) {
      const row = newRow(jobType);
      await sql(
        `insert into etl_job_status (job_id, job_type, status, started_at, records_processed, records_failed, bytes_processed, retry_count, created_at, updated_at)
         values ($1, $2, 'running', $3, 0, 0, 0, 0, $3, $3)`,
        [row.job_id, jobType, row.started_at],
      );
      return row;
    },
    async finish(row, update) {
      const done = finished(row, update);
      await sql(
        `update etl_job_status set status = $2, completed_at = $3, records_processed = $4, records_failed = $5,
                bytes_processed = $6, error_message = $7, retry_count = $8, updated_at = $3 where job_id = $1`,
        [row.job_id, done.status, done.completed_at, done.records_processed, done.records_failed, done.bytes_processed, done.error_message, done.retry_count],
      );
      return done;
    },
  };
  if (lockSession) {
    store.lock = async (jobType) => {
      const session = await lockSession();
      // One 64-bit key per job name, from its text (collisions only make two jobs wait for each other).
      const key = `learnlens-job:${jobType}`;
      const { rows } = await session.sql('select pg_try_advisory_lock(hashtextextended($1, 0)) as locked', [key]);
      if (rows[0]?.locked !== true) {
        session.release();
        return null;
      }
      return async () => {
        try {
          await session.sql('select pg_advisory_unlock(hashtextextended($1, 0))', [key]);
        } finally {
          session.release();
        }
      };
    };
  }
  return store;
}
