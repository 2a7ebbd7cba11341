import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { createS3Client, readS3Settings } from './s3Settings.js';

const env = { BI_EXPORT_BUCKET: 'b1', AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AK', AWS_SECRET_ACCESS_KEY: 'SK' };

describe('readS3Settings', () => {
  it('should read the seed-000 variables, with the prefix and endpoint optional', () => {
    expect(readS3Settings(env)).toEqual({ bucket: 'b1', prefix: '', region: 'eu-west-1', accessKeyId: 'AK', secretAccessKey: 'SK', forcePathStyle: false });
    expect(readS3Settings({ ...env, BI_EXPORT_PREFIX: 'bi/', AWS_ENDPOINT_URL: 'http://127.0.0.1:9000' }, { forcePathStyle: true })).toMatchObject({
      prefix: 'bi/',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    });
    expect(readS3Settings({ ...env, AWS_ENDPOINT_URL: 'http://a:1' }, { endpoint: 'http://b:2' }).endpoint).toBe('http://b:2');
  });

  it('should name the first missing or empty variable', () => {
    expect(() => readS3Settings({ ...env, AWS_REGION: ' ' })).toThrow('the environment variable AWS_REGION is not set');
    expect(() => readS3Settings({})).toThrow(expect.objectContaining({ setting: 'BI_EXPORT_BUCKET' }));
    expect(() => readS3Settings({ ...env, AWS_ENDPOINT_URL: 'ftp://x' })).toThrow(/http:\/\/ or https:\/\//);
  });
});

describe('the test S3 server (testing/s3.ts)', () => {
  let server: S3Server;
  let s3: S3Client;
  beforeAll(async () => {
    server = await startS3({ buckets: ['checks'] });
    s3 = createS3Client({ bucket: 'checks', prefix: '', region: server.region, ...server.credentials, endpoint: server.endpoint, forcePathStyle: true });
    await s3.send(new PutObjectCommand({ Bucket: 'checks', Key: 'a b/ü.txt', Body: 'hello' }));
  });
  afterAll(async () => {
    s3?.destroy();
    await server?.stop();
  });

  it('should refuse a request signed with the wrong secret, so upload tests prove the signing', async () => {
    const wrong = createS3Client({ bucket: 'checks', prefix: '', region: server.region, accessKeyId: server.credentials.accessKeyId, secretAccessKey: 'wrong', endpoint: server.endpoint, forcePathStyle: true }, { maxAttempts: 1 });
    await expect(wrong.send(new PutObjectCommand({ Bucket: 'checks', Key: 'x', Body: 'x' }))).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    wrong.destroy();
    expect(server.refusals.at(-1)).toMatchObject({ method: 'PUT', code: 'SignatureDoesNotMatch' });
  });

  it('should serve a presigned URL to plain fetch, refuse it tampered, and refuse it once expired', async () => {
    // X-Amz-Date has whole seconds: sign at a whole second so the URL lives exactly 2 s.
    const signingDate = new Date(Math.floor(Date.now() / 1000) * 1000);
    const url = await getSignedUrl(s3 as unknown as Parameters<typeof getSignedUrl>[0], new GetObjectCommand({ Bucket: 'checks', Key: 'a b/ü.txt' }), { expiresIn: 2, signingDate });
    const ok = await fetch(url);
    expect([ok.status, await ok.text()]).toEqual([200, 'hello']);
    const tampered = await fetch(url.replace('%C3%BC', 'u'));
    expect(tampered.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, signingDate.getTime() + 2_100 - Date.now()));
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
  });
});
