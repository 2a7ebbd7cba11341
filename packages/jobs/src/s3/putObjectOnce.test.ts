import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, ListMultipartUploadsCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type S3Server } from '../../../../testing/s3.js';
import { bytesSource, putObjectOnce, UploadError } from './putObjectOnce.js';
import { createS3Client, readS3Settings } from './s3Settings.js';

const BUCKET = 'resume';
const PART = 1024;

let server: S3Server;
let s3: S3Client;

beforeAll(async () => {
  server = await startS3({ buckets: [BUCKET] });
  const settings = readS3Settings(
    {
      BI_EXPORT_BUCKET: BUCKET,
      AWS_REGION: server.region,
      AWS_ACCESS_KEY_ID: server.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: server.credentials.secretAccessKey,
      AWS_ENDPOINT_URL: server.endpoint,
    },
    { forcePathStyle: true },
  );
  s3 = createS3Client(settings, { maxAttempts: 1 });
});
afterAll(() => server?.stop());

/** `size` bytes that differ from `seed`'s in every part. */
function bytesOf(size: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed * 7 + (i >> 8)) & 0xff);
}

/** The part numbers sent for `key` after request `from`. */
const partsSent = (key: string, from: number) =>
  server.requests
    .slice(from)
    .filter((r) => r.method === 'PUT' && decodeURIComponent(r.path) === `/${BUCKET}/${key}`)
    .map((r) => Number(new URLSearchParams(r.query).get('partNumber')));

async function pendingUploads(key: string): Promise<string[]> {
  const listed = await s3.send(new ListMultipartUploadsCommand({ Bucket: BUCKET, Prefix: key }));
  return (listed.Uploads ?? []).map((u) => u.UploadId!);
}

async function objectBytes(key: string): Promise<Uint8Array> {
  return (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray();
}

/** Uploads `bytes` with every try at part `n` and later dropped, so the run stops after storing parts 1 … n−1. */
async function interruptedAt(key: string, bytes: Uint8Array, n: number): Promise<void> {
  const outage = server.failRequests((r) => decodeURIComponent(r.path) === `/${BUCKET}/${key}` && Number(new URLSearchParams(r.query).get('partNumber')) >= n, 100);
  await expect(putObjectOnce(s3, { bucket: BUCKET, key, body: bytesSource(bytes), contentType: 'application/octet-stream', partSize: PART })).rejects.toBeInstanceOf(UploadError);
  outage();
}

describe('putObjectOnce, multipart resume', () => {
  it('should leave no object after an interruption, then send only the missing parts and deliver the same bytes', async () => {
    const key = 'a/resume.bin';
    const bytes = bytesOf(5 * PART + 100, 1);
    await interruptedAt(key, bytes, 4);
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    expect(await pendingUploads(key)).toHaveLength(1);

    const from = server.requests.length;
    const result = await putObjectOnce(s3, { bucket: BUCKET, key, body: bytesSource(bytes), contentType: 'application/octet-stream', partSize: PART });
    expect(result).toMatchObject({ status: 'uploaded', resumedParts: 3 });
    expect(partsSent(key, from)).toEqual([4, 5, 6]);
    expect(await objectBytes(key)).toEqual(bytes);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.Metadata?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await pendingUploads(key)).toEqual([]);
  });

  it('should abort an interrupted upload of other bytes and start again, so the object is the new bytes', async () => {
    const key = 'b/changed.bin';
    await interruptedAt(key, bytesOf(4 * PART, 2), 3);
    const [stale] = await pendingUploads(key);
    expect(stale).toBeDefined();

    const bytes = bytesOf(4 * PART, 3);
    const from = server.requests.length;
    const result = await putObjectOnce(s3, { bucket: BUCKET, key, body: bytesSource(bytes), contentType: 'application/octet-stream', partSize: PART });
    expect(result.status).toBe('uploaded');
    expect(result.resumedParts).toBeUndefined();
    expect(partsSent(key, from)).toEqual([1, 2, 3, 4]);
    expect(server.requests.slice(from).some((r) => r.method === 'DELETE' && r.query.includes(`uploadId=${encodeURIComponent(stale!)}`))).toBe(true);
    expect(await objectBytes(key)).toEqual(bytes);
    expect(await pendingUploads(key)).toEqual([]);
  });

  it('should keep the parts that match when the same bytes change only past them, and fix the metadata', async () => {
    const key = 'c/tail.bin';
    const old = bytesOf(4 * PART, 4);
    await interruptedAt(key, old, 3);
    // Parts 1 and 2 are the same; the tail differs.
    const bytes = Uint8Array.from(old);
    bytes.set(bytesOf(2 * PART, 5), 2 * PART);
    const from = server.requests.length;
    const result = await putObjectOnce(s3, { bucket: BUCKET, key, body: bytesSource(bytes), contentType: 'application/octet-stream', partSize: PART });
    expect(result).toMatchObject({ status: 'uploaded', resumedParts: 2 });
    expect(partsSent(key, from).filter((n) => n > 0)).toEqual([3, 4]);
    expect(await objectBytes(key)).toEqual(bytes);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.Metadata?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
