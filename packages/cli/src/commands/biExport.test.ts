import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createClient, encodeParquet } from '@learnlens/data-client';
import { biColumns } from '@learnlens/jobs';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { isOneLineFailure, run } from '../test-fixtures/runCliForTest.js';

const BUCKET = 'nightly-bi';
const source = ['--seed', '4', '--orgs', '2', '--learners', '30', '--days', '20'];
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 4, orgs: 2, learnersPerOrg: 30, days: 20 });
const date = new Date(Date.parse(`${dataset.meta.endDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

let s3server: S3Server;
let env: Record<string, string>;

beforeAll(async () => {
  s3server = await startS3({ buckets: [BUCKET] });
  env = {
    BI_EXPORT_BUCKET: BUCKET,
    BI_EXPORT_PREFIX: 'warehouse/learnlens',
    AWS_REGION: s3server.region,
    AWS_ACCESS_KEY_ID: s3server.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3server.credentials.secretAccessKey,
  };
});

afterAll(async () => {
  await s3server?.stop();
});

describe('learnlens bi-export', () => {
  it('should upload each org, print the keys and row counts as JSON, report progress on stderr, and upload nothing on a rerun', async () => {
    const argv = ['bi-export', '--date', date, '--endpoint', s3server.endpoint, '--path-style', ...source];
    const first = await run(argv, { env });
    expect(first.stderr).toMatch(/bi-export .*: org-1 parquet: done \(\d+ rows\)/);
    expect(first.code).toBe(0);
    const printed = JSON.parse(first.stdout) as { objects: Array<{ orgId: string; key: string; rows: number; status: string }>; failures: unknown[] };
    expect(printed.failures).toEqual([]);
    expect(printed.objects.map((o) => [o.key, o.status])).toEqual([
      [`warehouse/learnlens/schema=v1/org_id=org-1/date=${date}/attempts.parquet`, 'uploaded'],
      [`warehouse/learnlens/schema=v1/org_id=org-2/date=${date}/attempts.parquet`, 'uploaded'],
    ]);

    // The object is byte for byte the export the library builds for the same org and day.
    const client = createClient({ adapter: createMockAdapter({ dataset }) });
    const s3 = new S3Client({ region: s3server.region, endpoint: s3server.endpoint, forcePathStyle: true, credentials: s3server.credentials });
    for (const object of printed.objects) {
      const viewer = { userId: `${object.orgId}-u-0001`, role: 'admin', orgId: object.orgId } as const;
      const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const rows = await client.query('exportRows', { from: date, to: next, timezone: 'UTC', limit: 100_000 }, { viewer });
      expect(object.rows).toBe(rows.total);
      const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: object.key }));
      expect(await got.Body!.transformToByteArray()).toEqual(encodeParquet(biColumns, rows.rows));
    }
    s3.destroy();

    const second = await run([...argv, '--quiet'], { env });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect((JSON.parse(second.stdout) as typeof printed).objects.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('should export only the orgs named with --org and refuse an unknown one', async () => {
    const only = await run(['bi-export', '--date', date, '--org', 'org-2', '--endpoint', s3server.endpoint, '--path-style', '-q', ...source], { env: { ...env, BI_EXPORT_PREFIX: 'only' } });
    expect(only.code).toBe(0);
    expect((JSON.parse(only.stdout) as { objects: Array<{ orgId: string }> }).objects.map((o) => o.orgId)).toEqual(['org-2']);
    const unknown = await run(['bi-export', '--date', date, '--org', 'org-9', '--endpoint', s3server.endpoint, ...source], { env });
    expect(unknown.code).toBe(2);
    expect(isOneLineFailure(unknown)).toBe(true);
    expect(unknown.stderr).toContain('--org org-9: no such org');
  });

  it.each(['BI_EXPORT_BUCKET', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'])(
    'should fail with one line naming %s when it is missing',
    async (name) => {
      const partial = { ...env };
      delete partial[name];
      const result = await run(['bi-export', '--date', date, '--endpoint', s3server.endpoint, ...source], { env: partial });
      expect(result.code).toBe(2);
      expect(isOneLineFailure(result)).toBe(true);
      expect(result.stderr).toBe(`learnlens: the environment variable ${name} is not set\n`);
    },
  );

  it('should exit 1 and keep the secret key out of every message when the store refuses the credentials', async () => {
    const secret = 'not-the-right-secret-key-123456';
    const result = await run(['bi-export', '--date', date, '--endpoint', s3server.endpoint, '--path-style', '-q', ...source], {
      env: { ...env, AWS_SECRET_ACCESS_KEY: secret },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/org-1 \(parquet\) failed: cannot check .*\(HTTP 403\)/);
    expect(result.stderr + result.stdout).not.toContain(secret);
  });

  it('should refuse a --date that is not a calendar day', async () => {
    const result = await run(['bi-export', '--date', '2026-13-01', ...source], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('learnlens: --date must be a calendar day YYYY-MM-DD, not "2026-13-01"\n');
  });
});
