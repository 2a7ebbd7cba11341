import { parseCsv, type BackendAdapter } from '@learnlens/data-client';
import { createS3Client, createS3ExportStore } from '@learnlens/jobs';
import type { MockAdapter } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type S3Server } from '../../../testing/s3.js';
import type { LearnlensServer } from './standalone.js';
import { hsToken, mockAdapter, NOW, post, startTestServer, viewers } from './test-fixtures/harness.js';

type Json = Record<string, any>;
const params = { now: NOW, from: '2026-10-01', to: '2026-10-29' };
const BUCKET = 'exports';

describe('POST /export delivered as a signed URL', () => {
  let s3server: S3Server;
  let server: LearnlensServer & { adapter: BackendAdapter };
  let shortLived: LearnlensServer & { adapter: BackendAdapter };
  let adapter: MockAdapter;
  let s3: ReturnType<typeof createS3Client>;

  beforeAll(async () => {
    s3server = await startS3({ buckets: [BUCKET] });
    s3 = createS3Client({ bucket: BUCKET, prefix: '', region: s3server.region, ...s3server.credentials, endpoint: s3server.endpoint, forcePathStyle: true });
    const store = createS3ExportStore({ s3, bucket: BUCKET });
    adapter = mockAdapter();
    server = await startTestServer({ adapter, signedExports: { store } });
    shortLived = await startTestServer({ adapter: mockAdapter(), signedExports: { store, expiresInSeconds: 2, keyPrefix: 'short', byDefault: true } });
  });
  afterAll(async () => {
    await server?.close();
    await shortLived?.close();
    s3?.destroy();
    await s3server?.stop();
  });

  it('should upload the export, answer a 24-hour URL that plain fetch downloads, and audit the object by name', async () => {
    const before = adapter.auditLog.length;
    const response = await post(`${server.url}/export`, { format: 'csv', params, delivery: 'url' }, await hsToken(viewers.admin));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.key).toMatch(new RegExp(`^learnlens-exports/${viewers.admin.orgId}/\\d{4}-\\d{2}-\\d{2}/[0-9a-f-]{36}\\.csv$`));
    const lifetime = Date.parse(body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(86_400_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(86_400_000);
    expect(new URL(body.url).searchParams.get('X-Amz-Expires')).toBe('86400');

    const download = await fetch(body.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${body.fileName}"`);
    const rows = parseCsv(await download.text());
    expect(rows.length - 1).toBe(body.rowCount);
    expect(body.rowCount).toBeGreaterThan(10);

    const written = adapter.auditLog.slice(before);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ format: 'csv', row_count: body.rowCount, user_id: viewers.admin.userId, params: { destination: `s3://${BUCKET}/${body.key}` } });
    expect(body.audit).toEqual(written[0]);
    // Without the signature the object is not readable.
    expect((await fetch(body.url.split('?')[0])).status).toBe(403);
  });

  it('should stop serving the URL once its configured lifetime has passed', async () => {
    const response = await post(`${shortLived.url}/export`, { format: 'parquet', params }, await hsToken(viewers.manager));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.key).toMatch(/^short\//);
    const first = await fetch(body.url);
    expect(first.status).toBe(200);
    expect(new Uint8Array(await first.arrayBuffer()).slice(0, 4)).toEqual(new TextEncoder().encode('PAR1'));
    await new Promise((resolve) => setTimeout(resolve, Date.parse(body.expiresAt) - Date.now() + 1_100));
    const late = await fetch(body.url);
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('Request has expired');
  });

  it('should still send the bytes when asked, and refuse a bad delivery value', async () => {
    const bytes = await post(`${shortLived.url}/export`, { format: 'csv', params, delivery: 'bytes' }, await hsToken(viewers.admin));
    expect(bytes.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    const bad = await post(`${server.url}/export`, { format: 'csv', params, delivery: 'email' }, await hsToken(viewers.admin));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.message).toBe('"delivery" must be "url" or "bytes"');
  });

  it('should refuse a URL delivery on a server without a store, and a lifetime S3 cannot sign', async () => {
    const plain = await startTestServer();
    try {
      const response = await post(`${plain.url}/export`, { format: 'csv', params, delivery: 'url' }, await hsToken(viewers.admin));
      expect(response.status).toBe(400);
    } finally {
      await plain.close();
    }
    await expect(startTestServer({ signedExports: { store: createS3ExportStore({ s3, bucket: BUCKET }), expiresInSeconds: 8 * 86_400 } })).rejects.toThrow(/expiresInSeconds/);
  });
});
