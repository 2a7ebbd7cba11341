// The jobs on every backend: bi-export and digest go through the client, so on DuckDB and ClickHouse they deliver
// what they deliver on the mock engine over the same dataset — the same Parquet bytes, the same emails.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createCanonicalSchema, loadDataset } from '@learnlens/adapter-clickhouse';
import { datasetFromRows, tableRows } from '@learnlens/mock';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClickHouseServer, startClickHouse, type ClickHouseServer } from '../../../../testing/clickhouse.js';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { readTables } from '../io/readTables.js';
import { csvLine, csvRows } from '../test-fixtures/orgRawEvents.js';
import { isOneLineFailure, run, tempDir } from '../test-fixtures/runCliForTest.js';
import { serveInProcess } from '../test-fixtures/serveInProcess.js';
import { AUDIENCE, SALT, SECRET, signToken } from '../test-fixtures/tokens.js';

const BUCKET = 'jobs-on-adapters';
const source = ['--seed', '4', '--orgs', '2', '--learners', '30', '--days', '20'];
const DATE = '2026-10-31';
const WEEK = '2026-10-21';

let s3server: S3Server;
let clickhouse: ClickHouseServer | undefined;
let data: string;
const hasClickHouse = findClickHouseServer() !== null;

beforeAll(async () => {
  s3server = await startS3({ buckets: [BUCKET] });
  data = join(await tempDir(), 'data');
  expect((await run(['dataset', ...source, '--out', data])).code).toBe(0);
  if (hasClickHouse) {
    clickhouse = await startClickHouse();
    await createCanonicalSchema(clickhouse.url);
    const rows = datasetFromRows(await readTables(data));
    await loadDataset(clickhouse.url, (table) => tableRows(rows, table));
  }
});
afterAll(async () => {
  await s3server?.stop();
  await clickhouse?.stop();
});

const backends = (): Array<[string, string[]]> => [
  ['duckdb', ['--adapter', 'duckdb', '--data', data]],
  ...(clickhouse ? ([['clickhouse', ['--adapter', 'clickhouse', '--ch-url', clickhouse.url]]] as Array<[string, string[]]>) : []),
];

async function objectBytes(key: string): Promise<Uint8Array> {
  const s3 = new S3Client({ region: s3server.region, endpoint: s3server.endpoint, forcePathStyle: true, credentials: s3server.credentials });
  try {
    return await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray();
  } finally {
    s3.destroy();
  }
}

type BiRun = { objects: Array<{ orgId: string; key: string; rows: number; status: string }>; failures: Array<{ orgId: string }> };

async function biExportRun(prefix: string, flags: string[], extraEnv: Record<string, string> = {}, code = 0): Promise<BiRun> {
  const env = {
    BI_EXPORT_BUCKET: BUCKET,
    BI_EXPORT_PREFIX: prefix,
    AWS_REGION: s3server.region,
    AWS_ACCESS_KEY_ID: s3server.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3server.credentials.secretAccessKey,
    ...extraEnv,
  };
  const result = await run(['bi-export', '--date', DATE, '--endpoint', s3server.endpoint, '--path-style', '-q', ...flags], { env });
  expect(result.code, result.stderr).toBe(code);
  return JSON.parse(result.stdout) as BiRun;
}

async function biExport(prefix: string, flags: string[], extraEnv: Record<string, string> = {}) {
  const printed = await biExportRun(prefix, flags, extraEnv);
  return Promise.all(printed.objects.map(async (o) => ({ orgId: o.orgId, rows: o.rows, key: o.key.slice(prefix.length), bytes: await objectBytes(o.key) })));
}

/** Each .eml of a digest run, as subject, recipient, text and HTML. */
async function digest(flags: string[]) {
  const dir = await tempDir();
  const result = await run(['digest', '--week', WEEK, '--out', 'mail', '-q', ...flags], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  const folder = join(dir, 'mail', '2026-10-19');
  const files = (await readdir(folder)).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(join(folder, file)));
      return { file, subject: mail.subject, to: mail.to, text: mail.text, html: mail.html };
    }),
  );
}

describe('the jobs on the DuckDB and ClickHouse adapters', () => {
  it('should upload the same Parquet bytes per org as on the mock engine', async () => {
    const expected = await biExport('mock', source);
    expect(expected.map((o) => o.orgId)).toEqual(['org-1', 'org-2']);
    expect(expected.every((o) => o.rows > 0)).toBe(true);
    for (const [name, flags] of backends()) {
      expect(await biExport(name, flags), name).toEqual(expected);
    }
  });

  it('should write the same digest emails as on the mock engine', async () => {
    const expected = await digest(source);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected[0]!.text).toMatch(/Team average score/);
    for (const [name, flags] of backends()) {
      expect(await digest(flags), name).toEqual(expected);
    }
  });

  it("should write the same digest over http for the token's manager, with the directory from --directory", async () => {
    const expected = await digest(source);
    const serve = await serveInProcess(['--port', '0', '--audience', AUDIENCE, ...source], { LEARNLENS_JWT_SECRET: SECRET, LEARNLENS_PSEUDONYM_SALT: SALT });
    try {
      // The server knows one viewer per token: the directory lists org-1 with that one manager.
      const users = await csvRows(join(data, 'users.csv'));
      const col = (name: string) => users.header.indexOf(name);
      const managerId = users.rows.find((r) => r[col('org_id')] === 'org-1' && r[col('role')] === 'manager')![col('user_id')]!;
      const directory = join(await tempDir(), 'directory');
      await mkdir(directory);
      const orgs = await csvRows(join(data, 'orgs.csv'));
      await writeFile(join(directory, 'orgs.csv'), [orgs.header, ...orgs.rows.filter((r) => r[0] === 'org-1')].map(csvLine).join('\n'));
      const kept = users.rows.filter((r) => r[col('org_id')] === 'org-1' && (r[col('role')] !== 'manager' || r[col('user_id')] === managerId));
      await writeFile(join(directory, 'users.csv'), [users.header, ...kept].map(csvLine).join('\n'));
      const token = signToken({ userId: managerId, role: 'manager', orgId: 'org-1' });
      const dir = await tempDir();
      const flags = ['--adapter', 'http', '--url', serve.url, '--token-env', 'T', '--directory', directory];
      const result = await run(['digest', '--week', WEEK, '--out', 'mail', '-q', ...flags], { cwd: dir, env: { T: token } });
      expect(result.code, result.stderr).toBe(0);
      const file = `org-1--${managerId}.eml`;
      expect(await readdir(join(dir, 'mail', '2026-10-19'))).toEqual([file]);
      const mail = await simpleParser(await readFile(join(dir, 'mail', '2026-10-19', file)));
      expect({ file, subject: mail.subject, to: mail.to, text: mail.text, html: mail.html }).toEqual(expected.find((e) => e.file === file));
    } finally {
      await serve.stop();
    }
  });

  it("should upload over http the same Parquet and CSV bytes as on the mock engine, through the server's audited analytics route", async () => {
    const expected = await biExport('mock-csv', [...source, '--org', 'org-1', '--csv']);
    expect(expected.map((o) => [o.orgId, o.key.split('.').pop()])).toEqual([['org-1', 'parquet'], ['org-1', 'csv']]);
    expect(expected.every((o) => o.rows > 0)).toBe(true);
    const serve = await serveInProcess(['--port', '0', '--audience', AUDIENCE, ...source], { LEARNLENS_JWT_SECRET: SECRET, LEARNLENS_PSEUDONYM_SALT: SALT });
    try {
      const directory = join(await tempDir(), 'directory');
      await mkdir(directory);
      const orgs = await csvRows(join(data, 'orgs.csv'));
      await writeFile(join(directory, 'orgs.csv'), [orgs.header, ...orgs.rows.filter((r) => r[0] === 'org-1')].map(csvLine).join('\n'));
      const users = await csvRows(join(data, 'users.csv'));
      await writeFile(join(directory, 'users.csv'), [users.header, ...users.rows.filter((r) => r[users.header.indexOf('org_id')] === 'org-1')].map(csvLine).join('\n'));
      // The job runs each org as its first admin by id: the token is that admin's.
      const col = (name: string) => users.header.indexOf(name);
      const adminId = users.rows.filter((r) => r[col('org_id')] === 'org-1' && r[col('role')] === 'admin').map((r) => r[col('user_id')]!).sort()[0]!;
      const flags = ['--adapter', 'http', '--url', serve.url, '--token-env', 'T', '--directory', directory, '--csv'];
      const env = { T: signToken({ userId: adminId, role: 'admin', orgId: 'org-1' }) };
      expect(await biExport('http-csv', flags, env)).toEqual(expected);
      // A rerun finds the same bytes in the bucket and uploads nothing.
      const rerun = await biExportRun('http-csv', flags, env);
      expect(rerun.objects.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);

      // A manager's token is refused by the route (admins only): a one-line failure per org, exit 1, nothing uploaded.
      const managerId = users.rows.find((r) => r[col('org_id')] === 'org-1' && r[col('role')] === 'manager')![col('user_id')]!;
      const refused = await biExportRun('http-manager', flags, { T: signToken({ userId: managerId, role: 'manager', orgId: 'org-1' }) }, 1);
      expect(refused.objects).toEqual([]);
      expect(refused.failures.map((f) => f.orgId)).toEqual(['org-1']);
    } finally {
      await serve.stop();
    }
  });

  it('should need --directory with --adapter http, in one line', async () => {
    const result = await run(['digest', '--week', WEEK, '--out', 'x', '--adapter', 'http', '--url', 'http://127.0.0.1:9/learnlens', '--token-env', 'T'], { env: { T: 'x' } });
    expect(result.code).toBe(2);
    expect(isOneLineFailure(result)).toBe(true);
    expect(result.stderr).toContain('--adapter http needs --directory DIR');
  });
});
