// `learnlens schedule` on DuckDB, ClickHouse and a Learnlens server (http): the jobs run on their cron expressions
// (every second here), each run is logged as etl_job_status rows, no job ever runs twice at once, and the jobs a
// backend cannot run (refresh-views, the PostgreSQL run log) are refused at start with an error naming the backend.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCanonicalSchema, loadDataset } from '@learnlens/adapter-clickhouse';
import { datasetFromRows, tableRows } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClickHouseServer, startClickHouse, type ClickHouseServer } from '../../../../testing/clickhouse.js';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { readTables } from '../io/readTables.js';
import { runCli } from '../main.js';
import { csvLine, csvRows } from '../test-fixtures/orgRawEvents.js';
import { isOneLineFailure, run, tempDir } from '../test-fixtures/runCliForTest.js';
import { serveInProcess, type ServeRun } from '../test-fixtures/serveInProcess.js';
import { AUDIENCE, SALT, SECRET, signToken } from '../test-fixtures/tokens.js';

const BUCKET = 'schedule-on-adapters';
const source = ['--seed', '4', '--orgs', '2', '--learners', '30', '--days', '20'];
const DATE = '2026-10-31';
const WEEK = '2026-10-21';
const statusColumns = ['bytes_processed', 'completed_at', 'created_at', 'error_message', 'job_id', 'job_type', 'records_failed', 'records_processed', 'retry_count', 'started_at', 'status', 'updated_at'];

let s3server: S3Server;
let clickhouse: ClickHouseServer | undefined;
let serve: ServeRun;
let data: string;
let directory: string;
let env: Record<string, string>;
const tokens: Record<'admin' | 'manager', string> = { admin: '', manager: '' };
/** What one bi-export and one digest deliver on the mock engine for the same dataset (rows, bytes; emails). */
const expected = { biRows: 0, biBytes: 0, digests: 0, httpBiRows: 0 };

beforeAll(async () => {
  s3server = await startS3({ buckets: [BUCKET] });
  env = {
    BI_EXPORT_BUCKET: BUCKET,
    AWS_REGION: s3server.region,
    AWS_ACCESS_KEY_ID: s3server.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3server.credentials.secretAccessKey,
    AWS_ENDPOINT_URL: s3server.endpoint,
  };
  data = join(await tempDir(), 'data');
  expect((await run(['dataset', ...source, '--out', data])).code).toBe(0);
  if (findClickHouseServer() !== null) {
    clickhouse = await startClickHouse();
    await createCanonicalSchema(clickhouse.url);
    const rows = datasetFromRows(await readTables(data));
    await loadDataset(clickhouse.url, (table) => tableRows(rows, table));
  }
  serve = await serveInProcess(['--port', '0', '--audience', AUDIENCE, ...source], { LEARNLENS_JWT_SECRET: SECRET, LEARNLENS_PSEUDONYM_SALT: SALT });
  // Over http one token is one viewer: the directory lists org-1 with its first admin and one manager.
  const users = await csvRows(join(data, 'users.csv'));
  const col = (name: string) => users.header.indexOf(name);
  const org1 = users.rows.filter((r) => r[col('org_id')] === 'org-1');
  const adminId = org1.filter((r) => r[col('role')] === 'admin').map((r) => r[col('user_id')]!).sort()[0]!;
  const managerId = org1.find((r) => r[col('role')] === 'manager')![col('user_id')]!;
  directory = join(await tempDir(), 'directory');
  await mkdir(directory);
  const orgs = await csvRows(join(data, 'orgs.csv'));
  await writeFile(join(directory, 'orgs.csv'), [orgs.header, ...orgs.rows.filter((r) => r[0] === 'org-1')].map(csvLine).join('\n'));
  const kept = org1.filter((r) => r[col('role')] !== 'manager' || r[col('user_id')] === managerId);
  await writeFile(join(directory, 'users.csv'), [users.header, ...kept].map(csvLine).join('\n'));
  tokens.admin = signToken({ userId: adminId, role: 'admin', orgId: 'org-1' });
  tokens.manager = signToken({ userId: managerId, role: 'manager', orgId: 'org-1' });

  const bi = await run(['bi-export', '--date', DATE, '--path-style', '-q', ...source], { env: { ...env, BI_EXPORT_PREFIX: 'expected' } });
  expect(bi.code, bi.stderr).toBe(0);
  const objects = (JSON.parse(bi.stdout) as { objects: Array<{ orgId: string; rows: number; bytes: number }> }).objects;
  expected.biRows = objects.reduce((n, o) => n + o.rows, 0);
  expected.biBytes = objects.reduce((n, o) => n + o.bytes, 0);
  expected.httpBiRows = objects.filter((o) => o.orgId === 'org-1').reduce((n, o) => n + o.rows, 0);
  const mailDir = await tempDir();
  const digest = await run(['digest', '--week', WEEK, '--out', 'mail', '-q', ...source], { cwd: mailDir });
  expect(digest.code, digest.stderr).toBe(0);
  expected.digests = (JSON.parse(digest.stdout) as { sent: unknown[] }).sent.length;
  expect(expected.biRows).toBeGreaterThan(0);
  expect(expected.digests).toBeGreaterThan(1);
}, 120_000);

afterAll(async () => {
  await serve?.stop();
  await s3server?.stop();
  await clickhouse?.stop();
});

type Row = Record<string, unknown>;

/** Runs `learnlens schedule --config FILE` until `done(rows)` holds (or 40 s pass), then stops it as SIGTERM would. */
async function scheduleUntil(config: Record<string, unknown>, runEnv: Record<string, string>, done: (rows: Row[]) => boolean) {
  const dir = await tempDir();
  const file = join(dir, 'schedule.json');
  await writeFile(file, JSON.stringify({ statusLog: 'runs.jsonl', retryDelaySeconds: 0, ...config }));
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  const running = runCli(['schedule', '--config', file], {
    cwd: dir,
    env: runEnv,
    signal: controller.signal,
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
  });
  const rowsNow = async () => (await readFile(join(dir, 'runs.jsonl'), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  const deadline = Date.now() + 40_000;
  while (!done(await rowsNow()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  controller.abort();
  expect(await running, stderr).toBe(0);
  expect(JSON.parse(stdout.split('\n')[0]!)).toMatchObject({ timezone: 'UTC' });
  return { rows: await rowsNow(), stderr };
}

/** The final row of each run, per job, in start order; checks each run logged "running" first and none overlapped. */
function runsOf(rows: Row[], job: string): Row[] {
  const mine = rows.filter((r) => r.job_type === job);
  const finals: Row[] = [];
  for (const row of mine) {
    expect(Object.keys(row).sort()).toEqual(statusColumns);
    if (row.status === 'running') continue;
    const started = mine.filter((r) => r.job_id === row.job_id);
    expect(started.map((r) => r.status)).toEqual(['running', row.status]);
    finals.push(row);
  }
  finals.sort((a, b) => String(a.started_at).localeCompare(String(b.started_at)));
  // Never two copies at once: each run starts after the previous one completed.
  for (let k = 1; k < finals.length; k++) expect(String(finals[k]!.started_at) >= String(finals[k - 1]!.completed_at), `${job} runs overlap`).toBe(true);
  return finals;
}

const completedTwice = (jobs: string[]) => (rows: Row[]) => jobs.every((job) => rows.filter((r) => r.job_type === job && r.status !== 'running').length >= 2);

describe('learnlens schedule on the DuckDB, ClickHouse and http backends', () => {
  const catalogBackends = (): Array<[string, string[]]> => [
    ['duckdb', ['--adapter', 'duckdb', '--data', data]],
    ...(clickhouse ? ([['clickhouse', ['--adapter', 'clickhouse', '--ch-url', clickhouse.url]]] as Array<[string, string[]]>) : []),
  ];

  it('should run bi-export and digest every second on DuckDB and ClickHouse, one copy at a time, logging etl_job_status rows', async () => {
    expect(catalogBackends().length).toBe(clickhouse ? 2 : 1);
    for (const [name, backend] of catalogBackends()) {
      const { rows } = await scheduleUntil(
        {
          backend,
          jobs: {
            'bi-export': { cron: '* * * * * *', args: ['--date', DATE, '--path-style'] },
            digest: { cron: '* * * * * *', args: ['--week', WEEK, '--out', 'mail'] },
          },
        },
        { ...env, BI_EXPORT_PREFIX: `schedule-${name}` },
        completedTwice(['bi-export', 'digest']),
      );
      const bi = runsOf(rows, 'bi-export');
      const digest = runsOf(rows, 'digest');
      expect(bi.length, name).toBeGreaterThanOrEqual(2);
      // Every run delivers (or finds already delivered) the same rows and bytes as the mock engine.
      for (const r of bi) expect(r, name).toMatchObject({ status: 'completed', records_processed: expected.biRows, bytes_processed: expected.biBytes, records_failed: 0, error_message: null, retry_count: 0 });
      // The first digest run sends every manager's email; later ones find them in the delivery log.
      expect(digest[0], name).toMatchObject({ status: 'completed', records_processed: expected.digests, records_failed: 0 });
      for (const r of digest.slice(1)) expect(r, name).toMatchObject({ status: 'completed', records_processed: 0 });
    }
  });

  it("should run bi-export over http with the admin's token and the digest with the manager's, logged the same way", async () => {
    const http = ['--adapter', 'http', '--url', serve.url, '--token-env', 'LEARNLENS_TOKEN', '--directory', directory];
    const bi = await scheduleUntil(
      { backend: http, jobs: { 'bi-export': { cron: '* * * * * *', args: ['--date', DATE, '--path-style'] } } },
      { ...env, BI_EXPORT_PREFIX: 'schedule-http', LEARNLENS_TOKEN: tokens.admin },
      completedTwice(['bi-export']),
    );
    const biRuns = runsOf(bi.rows, 'bi-export');
    expect(biRuns.length).toBeGreaterThanOrEqual(2);
    for (const r of biRuns) expect(r).toMatchObject({ status: 'completed', records_processed: expected.httpBiRows, records_failed: 0 });

    const digest = await scheduleUntil(
      { backend: http, jobs: { digest: { cron: '* * * * * *', args: ['--week', WEEK, '--out', 'mail'] } } },
      { LEARNLENS_TOKEN: tokens.manager },
      completedTwice(['digest']),
    );
    const digestRuns = runsOf(digest.rows, 'digest');
    expect(digestRuns[0]).toMatchObject({ status: 'completed', records_processed: 1, records_failed: 0 });
    for (const r of digestRuns.slice(1)) expect(r).toMatchObject({ status: 'completed', records_processed: 0 });
  });

  it('should refuse refresh-views and the PostgreSQL run log at start, naming the backend, in one line', async () => {
    const cases: Array<[string[], Record<string, unknown>, string]> = [
      [['--adapter', 'duckdb', '--data', data], { jobs: { 'refresh-views': { cron: '0 2 * * *' } } }, "refresh-views runs seed 002's refresh_reporting_views() in PostgreSQL; the duckdb backend has none"],
      [['--adapter', 'clickhouse', '--ch-url', 'http://127.0.0.1:9'], { jobs: { 'refresh-views': { cron: '0 2 * * *' } } }, 'the clickhouse backend has none'],
      [['--adapter', 'http', '--url', 'http://127.0.0.1:9/l', '--token-env', 'T', '--directory', '.'], { statusLog: 'postgres', jobs: { digest: { cron: '0 7 * * 1' } } }, 'the etl_job_status run log is a PostgreSQL table; the http backend has none'],
      [source, { jobs: { 'refresh-views': { cron: '0 2 * * *' } } }, 'the mock backend has none'],
    ];
    for (const [backend, config, message] of cases) {
      const dir = await tempDir();
      const file = join(dir, 'schedule.json');
      await writeFile(file, JSON.stringify({ backend, ...config }));
      const result = await run(['schedule', '--config', file], { cwd: dir, env: { T: 'x' } });
      expect(result.code, result.stderr).toBe(2);
      expect(isOneLineFailure(result)).toBe(true);
      expect(result.stderr).toContain(message);
    }
  });
});
