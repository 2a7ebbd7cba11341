import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { createClient, parseCsv } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { adminViewerOf, directoryFromTables } from '../directory.js';
import { createS3Client, readS3Settings } from '../s3/s3Settings.js';
import { biColumnNames } from './biColumns.js';
import { runBiExport, type BiExportTarget } from './runBiExport.js';

const BUCKET = 'bi-exports';
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 5, orgs: 2, learnersPerOrg: 60, days: 30 });
// The generator's endDate is exclusive: its last full day is the one before.
const date = previousDay(dataset.meta.endDate);

let s3server: S3Server;
let s3: S3Client;
let targets: BiExportTarget[];

async function getBytes(key: string): Promise<Uint8Array> {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return object.Body!.transformToByteArray();
}

async function keysInBucket(): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((o) => o.Key!).sort();
}

beforeAll(async () => {
  s3server = await startS3({ buckets: [BUCKET] });
  const settings = readS3Settings({
    BI_EXPORT_BUCKET: BUCKET,
    AWS_REGION: s3server.region,
    AWS_ACCESS_KEY_ID: s3server.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3server.credentials.secretAccessKey,
    AWS_ENDPOINT_URL: s3server.endpoint,
  }, { forcePathStyle: true });
  s3 = createS3Client(settings, { maxAttempts: 2 });
  const directory = directoryFromTables(dataset);
  targets = [];
  for (const org of await directory.orgs()) targets.push({ orgId: org.orgId, viewer: (await adminViewerOf(directory, org.orgId))! });
});

afterAll(async () => {
  s3?.destroy();
  await s3server?.stop();
});

describe('runBiExport', () => {
  it('should upload per org a Parquet file of exactly the seed-000 columns, audited before the upload, and change nothing on rerun', async () => {
    const adapter = createMockAdapter({ dataset });
    const client = createClient({ adapter });
    const first = await runBiExport({ client, targets, date, s3, bucket: BUCKET, prefix: 'learnlens/bi/' });
    expect(first.failures).toEqual([]);
    expect(first.objects.map((o) => o.key)).toEqual(
      targets.map((t) => `learnlens/bi/schema=v1/org_id=${t.orgId}/date=${date}/attempts.parquet`),
    );
    expect(first.objects.every((o) => o.status === 'uploaded')).toBe(true);

    for (const object of first.objects) {
      const bytes = await getBytes(object.key);
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const rows = await parquetReadObjects({ file });
      expect(parquetMetadata(file).schema.slice(1).map((c) => c.name)).toEqual([...biColumnNames]);
      const expected = await client.query(
        'exportRows',
        { from: date, to: nextDay(date), timezone: 'UTC', limit: 100_000 },
        { viewer: targets.find((t) => t.orgId === object.orgId)!.viewer },
      );
      expect(rows.length).toBe(expected.total);
      expect(object.rows).toBe(expected.total);
      expect(rows.map((r) => r.attempt_id)).toEqual(expected.rows.map((r) => r.attempt_id));
      expect(new Set(rows.map((r) => r.attempt_id)).size).toBe(rows.length);
    }
    expect(first.objects.some((o) => o.rows > 0)).toBe(true);
    // One audit entry per object, naming it, and written before the first byte went up.
    expect(adapter.auditLog.map((a) => a.params.destination)).toEqual(first.objects.map((o) => `s3://${BUCKET}/${o.key}`));
    expect(adapter.auditLog.every((a) => a.format === 'parquet' && a.action === 'export')).toBe(true);

    const before = await Promise.all(first.objects.map((o) => getBytes(o.key)));
    const putsBefore = s3server.requests.filter((r) => r.method === 'PUT' || r.method === 'POST').length;
    const second = await runBiExport({ client, targets, date, s3, bucket: BUCKET, prefix: 'learnlens/bi' });
    expect(second.failures).toEqual([]);
    expect(second.objects.map((o) => [o.key, o.sha256, o.status])).toEqual(first.objects.map((o) => [o.key, o.sha256, 'unchanged']));
    expect(s3server.requests.filter((r) => r.method === 'PUT' || r.method === 'POST').length).toBe(putsBefore);
    expect(adapter.auditLog).toHaveLength(first.objects.length);
    const after = await Promise.all(first.objects.map((o) => getBytes(o.key)));
    expect(after).toEqual(before);
    expect((await keysInBucket()).filter((k) => k.startsWith('learnlens/'))).toEqual(first.objects.map((o) => o.key).sort());
  });

  it('should leave no object when a multipart upload is interrupted, report the org, deliver the others, and finish on retry', async () => {
    const adapter = createMockAdapter({ dataset });
    const client = createClient({ adapter });
    const [broken, healthy] = targets as [BiExportTarget, BiExportTarget];
    const brokenKey = `interrupt/schema=v1/org_id=${broken.orgId}/date=${date}/attempts.parquet`;
    // Every try at the second part of the broken org's upload loses its connection.
    const outage = s3server.failRequests((r) => decodeURIComponent(r.path) === `/${BUCKET}/${brokenKey}` && r.query.includes('partNumber=2'), 10);
    const progress: string[] = [];
    const failed = await runBiExport({
      client, targets, date, s3, bucket: BUCKET, prefix: 'interrupt', partSize: 512,
      onProgress: (p) => progress.push(`${p.orgId}:${p.phase}`),
    });
    expect(failed.failures).toMatchObject([{ orgId: broken.orgId, key: brokenKey, code: 'UPLOAD_FAILED' }]);
    expect(failed.objects.map((o) => o.orgId)).toEqual([healthy.orgId]);
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: brokenKey }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    expect(progress).toContain(`${broken.orgId}:failed`);
    expect(progress).toContain(`${healthy.orgId}:uploading`);

    outage();
    const sentBefore = s3server.requests.length;
    const retry = await runBiExport({ client, targets, date, s3, bucket: BUCKET, prefix: 'interrupt', partSize: 512 });
    // The retry resumed the interrupted upload: part 1, stored by the first run, was not sent again.
    const partsSent = s3server.requests
      .slice(sentBefore)
      .filter((r) => r.method === 'PUT' && decodeURIComponent(r.path) === `/${BUCKET}/${brokenKey}`)
      .map((r) => Number(new URLSearchParams(r.query).get('partNumber')));
    expect(partsSent[0]).toBe(2);
    expect(partsSent).not.toContain(1);
    expect(retry.failures).toEqual([]);
    expect(retry.objects.map((o) => [o.orgId, o.status])).toEqual([[broken.orgId, 'uploaded'], [healthy.orgId, 'unchanged']]);
    const delivered = retry.objects[0]!;
    expect(delivered.bytes).toBeGreaterThan(1024);
    const bytes = await getBytes(brokenKey);
    expect(bytes.length).toBe(delivered.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(delivered.sha256);
    // The interrupted run audited its attempt too: an audit entry precedes every upload that was started.
    expect(adapter.auditLog.filter((a) => a.params.destination === `s3://${BUCKET}/${brokenKey}`)).toHaveLength(2);
  });

  it('should write a CSV copy under the cap, and above it refuse the CSV (reported) while the Parquet file still goes up', async () => {
    const client = createClient({ adapter: createMockAdapter({ dataset }) });
    const result = await runBiExport({ client, targets: targets.slice(0, 1), date, s3, bucket: BUCKET, prefix: 'csv', formats: ['csv'] });
    expect(result.objects.map((o) => o.format)).toEqual(['parquet', 'csv']);
    const text = new TextDecoder().decode(await getBytes(result.objects[1]!.key));
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...biColumnNames]);
    expect(rows).toHaveLength(result.objects[0]!.rows);

    const big = createMockDataset({ endDate: '2026-11-01', seed: 9, orgs: 1, learnersPerOrg: 400, days: 2, targetAttempts: 30_000 });
    const bigDirectory = directoryFromTables(big);
    const orgId = (await bigDirectory.orgs())[0]!.orgId;
    const viewer = (await adminViewerOf(bigDirectory, orgId))!;
    const bigClient = createClient({ adapter: createMockAdapter({ dataset: big }) });
    // The first of its two days holds about 13,000 attempts.
    const bigDate = previousDay(previousDay(big.meta.endDate));
    const refused = await runBiExport({ client: bigClient, targets: [{ orgId, viewer }], date: bigDate, s3, bucket: BUCKET, prefix: 'big', formats: ['csv'] });
    expect(refused.objects.map((o) => [o.format, o.rows > 10_000])).toEqual([['parquet', true]]);
    expect(refused.failures).toMatchObject([{ orgId, format: 'csv', code: 'EXPORT_LIMIT' }]);
    expect((await keysInBucket()).filter((k) => k.startsWith('big/'))).toEqual([refused.objects[0]!.key]);
  });

  it('should refuse a date that is not a calendar day', async () => {
    const client = createClient({ adapter: createMockAdapter({ dataset }) });
    await expect(runBiExport({ client, targets, date: '2026-02-30', s3, bucket: BUCKET, prefix: '' })).rejects.toThrow(/calendar day/);
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function previousDay(day: string): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
