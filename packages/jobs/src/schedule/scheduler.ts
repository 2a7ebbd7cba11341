import { Cron } from 'croner';
import { errorMessage } from '../errors.js';
import type { JobStatusRow, JobStatusStore } from './jobStatus.js';

/** What one run of a job did, for the run log. */
export interface JobOutcome {
  recordsProcessed: number;
  recordsFailed: number;
  bytesProcessed: number;
  /** Set when the run finished but part of it failed (e.g. one org's upload): the run is logged as failed. */
  error?: string;
}

/** A job and when it runs. */
export interface ScheduledJob {
  name: string;
  /** A cron expression (5 fields, or 6 with seconds first), read by croner. */
  cron: string;
  run(signal: AbortSignal): Promise<JobOutcome>;
  /** Extra tries after a run throws (default 0). Every job is idempotent, so a retry redoes only what is missing. */
  retries?: number;
}

/** Something the scheduler did. */
export interface SchedulerEvent {
  job: string;
  type: 'started' | 'completed' | 'failed' | 'retrying' | 'skipped';
  detail?: string;
  row?: JobStatusRow;
}

/** Options of `createScheduler`. */
export interface SchedulerOptions {
  jobs: readonly ScheduledJob[];
  /** IANA time zone the cron expressions are read in (default UTC). */
  timezone?: string;
  status: JobStatusStore;
  onEvent?: (event: SchedulerEvent) => void;
  /** Wait between tries after a failure (default 30 s). */
  retryDelayMs?: number;
}

/** A running (or startable) schedule. */
export interface Scheduler {
  /** Starts the cron timers. */
  start(): void;
  /** Stops the timers, aborts running jobs and waits for them to end. */
  stop(): Promise<void>;
  /** Runs a job now, outside its schedule; null when it is already running (here or, with a locking store, elsewhere). */
  runNow(name: string): Promise<JobStatusRow | null>;
  /** When each job runs next. */
  nextRuns(): Array<{ job: string; next: Date | null }>;
}

/**
 * Runs jobs on cron expressions (croner) and records each run in the run log (`etl_job_status`-shaped): a "running"
 * row when it starts, "completed" or "failed" with its counts when it ends. A job never runs twice at once: a tick
 * (or `runNow`) that finds it running is skipped and reported, and a store with `lock` extends that across
 * processes.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { jobs, status, onEvent } = options;
  const timezone = options.timezone ?? 'UTC';
  const retryDelayMs = options.retryDelayMs ?? 30_000;
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`job "${job.name}" is scheduled twice`);
    names.add(job.name);
    // Parse now, so a bad expression fails at start rather than at the first tick.
    new Cron(job.cron, { timezone, paused: true }).stop();
  }
  const running = new Map<string, Promise<JobStatusRow | null>>();
  const controller = new AbortController();
  let timers: Cron[] = [];

  async function execute(job: ScheduledJob): Promise<JobStatusRow | null> {
    const release = status.lock ? await status.lock(job.name) : async () => undefined;
    if (release === null) {
      onEvent?.({ job: job.name, type: 'skipped', detail: 'already running in another process' });
      return null;
    }
    try {
      let row = await status.start(job.name);
      onEvent?.({ job: job.name, type: 'started', row });
      const retries = job.retries ?? 0;
      for (let attempt = 0; ; attempt += 1) {
        try {
          const outcome = await job.run(controller.signal);
          row = await status.finish(row, {
            status: outcome.error === undefined ? 'completed' : 'failed',
            records_processed: outcome.recordsProcessed,
            records_failed: outcome.recordsFailed,
            bytes_processed: outcome.bytesProcessed,
            error_message: outcome.error ?? null,
            retry_count: attempt,
          });
          onEvent?.({ job: job.name, type: row.status === 'completed' ? 'completed' : 'failed', row, ...(outcome.error ? { detail: outcome.error } : {}) });
          return row;
        } catch (error) {
          if (attempt < retries && !controller.signal.aborted) {
            onEvent?.({ job: job.name, type: 'retrying', detail: errorMessage(error) });
            await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
            continue;
          }
          row = await status.finish(row, {
            status: 'failed',
            records_processed: 0,
            records_failed: 0,
            bytes_processed: 0,
            error_message: errorMessage(error),
            retry_count: attempt,
          });
          onEvent?.({ job: job.name, type: 'failed', row, detail: errorMessage(error) });
          return row;
        }
      }
    } finally {
      await release();
    }
  }

  function runNow(name: string): Promise<JobStatusRow | null> {
    const job = jobs.find((j) => j.name === name);
    if (!job) return Promise.reject(new Error(`no job "${name}" (jobs: ${jobs.map((j) => j.name).join(', ')})`));
    if (running.has(name)) {
      onEvent?.({ job: name, type: 'skipped', detail: 'the previous run is still going' });
      return Promise.resolve(null);
    }
    const run = execute(job).finally(() => running.delete(name));
    running.set(name, run);
    return run;
  }

  return {
    start() {
      if (timers.length > 0) return;
      timers = jobs.map((job) => new Cron(job.cron, { timezone }, () => void runNow(job.name).catch(() => undefined)));
    },
    async stop() {
      for (const t of timers) t.stop();
      timers = [];
      controller.abort(new Error('the scheduler was stopped'));
      await Promise.allSettled([...running.values()]);
    },
    runNow,
    nextRuns: () => jobs.map((job) => ({ job: job.name, next: new Cron(job.cron, { timezone, paused: true }).nextRun() })),
  };
}
