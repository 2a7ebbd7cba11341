import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateSeed002 } from '@learnlens/adapter-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../../testing/postgres.js';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { runCli } from '../main.js';
import { isOneLineFailure, run, tempDir } from '../test-fixtures/runCliForTest.js';

const backend = ['--seed', '4', '--orgs', '1', '--learners', '12', '--days', '10'];

async function configFile(config: unknown): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const file = join(dir, 'schedule.json');
  await writeFile(file, JSON.stringify(config));
  return { dir, file };
}

async function statusRows(dir: string, name = 'learnlens-job-status.jsonl') {
  return (await readFile(join(dir, name), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('learnlens schedule', () => {
  let s3server: S3Server;
  let env: Record<string, string>;
  beforeAll(async () => {
    s3server = await startS3({ buckets: ['bi'] });
    env = {
      BI_EXPORT_BUCKET: 'bi',
      AWS_REGION: s3server.region,
      AWS_ACCESS_KEY_ID: s3server.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3server.credentials.secretAccessKey,
      AWS_ENDPOINT_URL: s3server.endpoint,
    };
  });
  afterAll(async () => {
    await s3server?.stop();
  });

  it('should run one job with --run and log it in etl_job_status shape: running, then completed with its counts', async () => {
    const { dir, file } = await configFile({
      backend,
      jobs: { 'bi-export': { cron: '0 3 * * *', args: ['--date', '2026-10-31', '--path-style'] }, digest: { cron: '0 7 * * 1', args: ['--out', 'mail'] } },
    });
    const result = await run(['schedule', '--config', file, '--run', 'bi-export'], { cwd: dir, env });
    expect(result.stderr).toMatch(/schedule: bi-export started \(job_id [0-9a-f-]{36}\)\nschedule: bi-export completed/);
    expect(result.code).toBe(0);
    const row = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(row).toMatchObject({ job_type: 'bi-export', status: 'completed', records_failed: 0, error_message: null, retry_count: 0 });
    expect(row.records_processed).toBeGreaterThan(0);
    expect(row.bytes_processed).toBeGreaterThan(0);
    const rows = await statusRows(dir);
    expect(rows.map((r) => [r.job_id, r.status])).toEqual([[row.job_id, 'running'], [row.job_id, 'completed']]);
    expect(Object.keys(rows[1]!).sort()).toEqual(
      ['bytes_processed', 'completed_at', 'created_at', 'error_message', 'job_id', 'job_type', 'records_failed', 'records_processed', 'retry_count', 'started_at', 'status', 'updated_at'],
    );

    const digest = await run(['schedule', '--config', file, '--run', 'digest'], { cwd: dir, env });
    expect(digest.code).toBe(0);
    expect(JSON.parse(digest.stdout)).toMatchObject({ job_type: 'digest', status: 'completed', records_processed: 1 });
  });

  it('should run jobs on their cron expressions until stopped', async () => {
    const { dir, file } = await configFile({
      backend,
      statusLog: 'runs.jsonl',
      jobs: { digest: { cron: '* * * * * *', args: ['--week', '2026-10-21', '--out', 'mail'] } },
    });
    const controller = new AbortController();
    let stdout = '';
    let stderr = '';
    const running = runCli(['schedule', '--config', file], {
      cwd: dir,
      env,
      signal: controller.signal,
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stderr += c) },
    });
    const deadline = Date.now() + 10_000;
    while (!stderr.includes('digest completed') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect(await running).toBe(0);
    expect(JSON.parse(stdout.split('\n')[0]!)).toMatchObject({ timezone: 'UTC', jobs: [{ job: 'digest', cron: '* * * * * *' }] });
    const rows = await statusRows(dir, 'runs.jsonl');
    const completed = rows.filter((r) => r.status === 'completed');
    expect(completed.length).toBeGreaterThanOrEqual(1);
    // The first run sends; later ticks find every digest in the delivery log.
    expect(completed[0]).toMatchObject({ job_type: 'digest', records_processed: 1 });
    expect(completed.slice(1).every((r) => r.records_processed === 0)).toBe(true);
  });

  it('should refuse a bad config in one line', async () => {
    const cases: Array<[unknown, string]> = [
      [{ jobs: { nightly: { cron: '0 2 * * *' } } }, 'unknown job "nightly" (jobs: bi-export, digest, refresh-views)'],
      [{ jobs: { digest: {} } }, 'jobs.digest.cron must be a cron expression such as "0 2 * * *"'],
      [{ jobs: {} }, 'jobs is empty'],
      [{ timezone: 'Mars/Olympus', jobs: { digest: { cron: '0 7 * * 1' } } }, 'timezone "Mars/Olympus" is not an IANA time zone'],
    ];
    for (const [config, message] of cases) {
      const { dir, file } = await configFile(config);
      const result = await run(['schedule', '--config', file], { cwd: dir });
      expect(result.code).toBe(2);
      expect(isOneLineFailure(result)).toBe(true);
      expect(result.stderr).toContain(message);
    }
    const { dir, file } = await configFile({ jobs: { digest: { cron: 'at noon' } } });
    const badCron = await run(['schedule', '--config', file], { cwd: dir });
    expect(badCron.code).not.toBe(0);
    expect(isOneLineFailure(badCron)).toBe(true);
  });

  describe('with PostgreSQL (seed 002 preset)', () => {
    let server: PostgresServer;
    beforeAll(async () => {
      server = await startPostgres();
      const client = new pg.Client({ connectionString: server.connectionString });
      await client.connect();
      await migrateSeed002(client);
      await client.end();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('should refresh the reporting views and log the run in the etl_job_status table', async () => {
      const { dir, file } = await configFile({
        backend: ['--adapter', 'postgres', '--mapping', 'seed002'],
        statusLog: 'postgres',
        jobs: { 'refresh-views': { cron: '0 2 * * *' } },
      });
      const result = await run(['schedule', '--config', file, '--run', 'refresh-views'], { cwd: dir, env: { LEARNLENS_DATABASE_URL: server.connectionString } });
      expect(result.stderr).not.toContain('failed');
      expect(result.code).toBe(0);
      const client = new pg.Client({ connectionString: server.connectionString });
      await client.connect();
      try {
        const { rows } = await client.query('select job_type, status, completed_at is not null as done, retry_count::int as retries from etl_job_status');
        expect(rows).toEqual([{ job_type: 'refresh-views', status: 'completed', done: true, retries: 0 }]);
        // While a session holds the job's lock, another run of it is skipped, not doubled.
        await client.query(`select pg_advisory_lock(hashtextextended('learnlens-job:refresh-views', 0))`);
        const second = await run(['schedule', '--config', file, '--run', 'refresh-views'], { cwd: dir, env: { LEARNLENS_DATABASE_URL: server.connectionString } });
        expect(second.code).toBe(0);
        expect(JSON.parse(second.stdout)).toEqual({ job: 'refresh-views', skipped: 'already running' });
        expect((await client.query('select count(*)::int as n from etl_job_status')).rows[0].n).toBe(1);
      } finally {
        await client.end();
      }
    });
  });
});
