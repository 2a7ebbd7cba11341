import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  createScheduler,
  errorMessage,
  fileJobStatus,
  sqlJobStatus,
  type JobOutcome,
  type JobStatusStore,
  type ScheduledJob,
  type SchedulerEvent,
  UnsupportedJobError,
} from '@learnlens/jobs';
import { parseFlags, requiredFlag, stringFlag } from '../args.js';
import { commandHelp } from '../help.js';
import { untilStopped } from '../serve/untilStopped.js';
import { UsageError } from '../usageError.js';
import { biExportCommand } from './biExport.js';
import type { CommandContext } from './context.js';
import { digestCommand } from './digest.js';
import { jobBackendFlags, planJobBackend, type JobBackend } from './jobBackend.js';

/** The jobs `learnlens schedule` knows. */
export const scheduleJobNames = ['bi-export', 'digest', 'refresh-views'] as const;
type JobName = (typeof scheduleJobNames)[number];

/** One job's entry in the config file. */
interface JobConfig {
  cron: string;
  /** Extra flags of the job's command (bi-export, digest); the backend flags come from `backend`. */
  args: string[];
  retries: number;
}

/** The config file of `learnlens schedule`. */
interface ScheduleConfig {
  timezone: string;
  backend: string[];
  /** "postgres" for the etl_job_status table, else a JSON-lines file (relative to the config file). */
  statusLog: string;
  retryDelaySeconds: number;
  jobs: Partial<Record<JobName, JobConfig>>;
}

function fail(file: string, message: string): never {
  throw new UsageError(`--config ${file}: ${message}`);
}

function stringList(file: string, value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(file, `${what} must be an array of strings`);
  return value as string[];
}

/** Reads and checks the config file, naming the first thing wrong with it. */
export async function readScheduleConfig(file: string): Promise<ScheduleConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    fail(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${errorMessage(error)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(file, 'must be a JSON object');
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !['timezone', 'backend', 'statusLog', 'retryDelaySeconds', 'jobs'].includes(k));
  if (unknown) fail(file, `unknown key "${unknown}" (keys: timezone, backend, statusLog, retryDelaySeconds, jobs)`);
  const timezone = o.timezone ?? 'UTC';
  if (typeof timezone !== 'string') fail(file, 'timezone must be an IANA time zone name');
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    fail(file, `timezone "${timezone}" is not an IANA time zone`);
  }
  const statusLog = o.statusLog ?? 'learnlens-job-status.jsonl';
  if (typeof statusLog !== 'string' || statusLog === '') fail(file, 'statusLog must be "postgres" or a file path');
  const retryDelaySeconds = o.retryDelaySeconds ?? 60;
  if (typeof retryDelaySeconds !== 'number' || !(retryDelaySeconds >= 0)) fail(file, 'retryDelaySeconds must be a number >= 0');
  if (o.jobs === null || typeof o.jobs !== 'object' || Array.isArray(o.jobs)) fail(file, `jobs must be an object with any of ${scheduleJobNames.join(', ')}`);
  const jobs: ScheduleConfig['jobs'] = {};
  for (const [name, entry] of Object.entries(o.jobs as Record<string, unknown>)) {
    if (!(scheduleJobNames as readonly string[]).includes(name)) fail(file, `unknown job "${name}" (jobs: ${scheduleJobNames.join(', ')})`);
    if (entry === null || typeof entry !== 'object') fail(file, `jobs.${name} must be an object with a "cron" expression`);
    const e = entry as Record<string, unknown>;
    if (typeof e.cron !== 'string') fail(file, `jobs.${name}.cron must be a cron expression such as "0 2 * * *"`);
    const retries = e.retries ?? 0;
    if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0 || retries > 10) fail(file, `jobs.${name}.retries must be a whole number from 0 to 10`);
    jobs[name as JobName] = { cron: e.cron, args: stringList(file, e.args, `jobs.${name}.args`), retries };
  }
  if (Object.keys(jobs).length === 0) fail(file, `jobs is empty: schedule at least one of ${scheduleJobNames.join(', ')}`);
  return { timezone, backend: stringList(file, o.backend, 'backend'), statusLog, retryDelaySeconds, jobs };
}

// Runs a job command in-process, as `learnlens <command>` would, and reads its JSON summary.
async function runCommand(
  command: typeof biExportCommand,
  argv: string[],
  ctx: CommandContext,
  signal: AbortSignal,
): Promise<{ code: number; summary: Record<string, unknown>; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await command(argv, { ...ctx, signal, stdout: { write: (c: string) => (stdout += c) }, stderr: { write: (c: string) => (stderr += c) } });
  let summary: Record<string, unknown> = {};
  try {
    summary = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    // A command that failed before its summary: its stderr says why.
  }
  return { code, summary, stderr };
}

function listOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}

function jobsOf(config: ScheduleConfig, ctx: CommandContext, backend: () => Promise<JobBackend>): ScheduledJob[] {
  const jobs: ScheduledJob[] = [];
  for (const name of scheduleJobNames) {
    const entry = config.jobs[name];
    if (!entry) continue;
    let run: ScheduledJob['run'];
    if (name === 'refresh-views') {
      run = async () => {
        const open = await backend();
        if (!open.sql) throw new UnsupportedJobError('refresh-views', open.name);
        await open.sql('select refresh_reporting_views()');
        return { recordsProcessed: 0, recordsFailed: 0, bytesProcessed: 0 };
      };
    } else {
      const command = name === 'bi-export' ? biExportCommand : digestCommand;
      run = async (signal): Promise<JobOutcome> => {
        const { code, summary, stderr } = await runCommand(command, [...entry.args, ...config.backend, '--quiet'], ctx, signal);
        if (code === 2 || (code !== 0 && Object.keys(summary).length === 0)) throw new Error(stderr.trim().replace(/^learnlens: /, '') || `exit code ${code}`);
        const failures = listOf(summary.failures ?? summary.failed);
        const done = name === 'bi-export' ? listOf(summary.objects) : listOf(summary.sent);
        const outcome: JobOutcome = {
          recordsProcessed: name === 'bi-export' ? done.reduce((s, o) => s + Number(o.rows ?? 0), 0) : done.length,
          recordsFailed: failures.length,
          bytesProcessed: name === 'bi-export' ? done.reduce((s, o) => s + Number(o.bytes ?? 0), 0) : 0,
        };
        if (failures.length > 0) outcome.error = failures.map((f) => `${String(f.orgId)}${f.managerId ? `/${String(f.managerId)}` : ''}: ${String(f.error)}`).join('; ');
        return outcome;
      };
    }
    jobs.push({ name, cron: entry.cron, retries: entry.retries, run });
  }
  return jobs;
}

/** `learnlens schedule --config FILE [--run JOB]`: runs the jobs on their cron expressions; returns the exit code. */
export async function scheduleCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags('schedule', argv, { config: { type: 'string' }, run: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 0);
  if (values.help) {
    ctx.stdout.write(commandHelp.schedule);
    return 0;
  }
  const file = resolve(ctx.cwd, requiredFlag('schedule', values, 'config'));
  const config = await readScheduleConfig(file);
  const only = stringFlag(values, 'run');
  if (only !== undefined && !config.jobs[only as JobName]) {
    throw new UsageError(`--run ${only}: not a job of ${file} (its jobs: ${Object.keys(config.jobs).join(', ')})`);
  }
  // The backend flags are checked now, so a typo fails at start rather than at 2 a.m.
  const { values: backendValues } = parseFlags('schedule', config.backend, jobBackendFlags, 0);
  const plan = planJobBackend(backendValues, ctx);
  // A job the backend cannot run is refused now, naming the backend, rather than failing at its first tick.
  const adapterName = typeof backendValues.adapter === 'string' ? backendValues.adapter : 'mock';
  if (adapterName !== 'postgres') {
    const unsupported = config.jobs['refresh-views'] ? new UnsupportedJobError('refresh-views', adapterName) : config.statusLog === 'postgres' ? new UnsupportedJobError('statusLog: postgres', adapterName) : null;
    if (unsupported) throw new UsageError(`--config ${file}: ${unsupported.message}`, { cause: unsupported });
  }
  let opened: Promise<JobBackend> | undefined;
  const backend = () => (opened ??= plan());
  try {
    let status: JobStatusStore;
    if (config.statusLog === 'postgres') {
      const open = await backend();
      if (!open.sql || !open.session) throw new UsageError(`--config ${file}: ${new UnsupportedJobError('statusLog: postgres', open.name).message}`);
      status = await sqlJobStatus(open.sql, open.session);
    } else {
      status = fileJobStatus(resolve(file, '..', config.statusLog));
    }
    const log = (e: SchedulerEvent) =>
      ctx.stderr.write(`schedule: ${e.job} ${e.type}${e.row ? ` (job_id ${e.row.job_id})` : ''}${e.detail ? `: ${ctx.secrets.mask(e.detail)}` : ''}\n`);
    const scheduler = createScheduler({ jobs: jobsOf(config, ctx, backend), timezone: config.timezone, status, onEvent: log, retryDelayMs: config.retryDelaySeconds * 1000 });

    if (only !== undefined) {
      const row = await scheduler.runNow(only);
      if (row === null) {
        ctx.stdout.write(`${JSON.stringify({ job: only, skipped: 'already running' })}\n`);
        return 0;
      }
      ctx.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
      return row.status === 'completed' ? 0 : 1;
    }
    scheduler.start();
    ctx.stdout.write(`${JSON.stringify({ timezone: config.timezone, jobs: scheduler.nextRuns().map((n) => ({ job: n.job, cron: config.jobs[n.job as JobName]!.cron, next: n.next?.toISOString() ?? null })) })}\n`);
    const why = await untilStopped(ctx.signal);
    ctx.stderr.write(`schedule: stopping (${why}); waiting for running jobs\n`);
    await scheduler.stop();
    return 0;
  } finally {
    if (opened) await (await opened.catch(() => null))?.close().catch(() => undefined);
  }
}
