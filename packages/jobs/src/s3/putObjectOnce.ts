import { createHash } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  CopyObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { errorMessage } from '../errors.js';

/** Smallest part S3 accepts (every part but the last). */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
/** Default part size: files up to this size go up in one PUT. */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

/** The bytes of an object to deliver, read part by part (from memory or a spooled file). */
export interface ObjectSource {
  size: number;
  /** Hex SHA-256 of all the bytes. */
  sha256: string;
  /** `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** An object source over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ObjectSource {
  return {
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  };
}

/** One object to deliver. */
export interface PutObjectOnceInput {
  bucket: string;
  key: string;
  body: ObjectSource;
  contentType: string;
  /** Bodies larger than this go up in parts of this size (default 8 MiB). */
  partSize?: number;
  /** Bytes sent so far, after each part. */
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Called once it is known that the object must be written, before any byte is sent (the audit entry goes here). */
  beforeUpload?: () => Promise<void>;
}

/** What happened: written now, or already there with the same bytes. */
export interface PutObjectOnceResult {
  status: 'uploaded' | 'unchanged';
  /** Parts an earlier, interrupted run had stored with the same bytes and this one kept (multipart only). */
  resumedParts?: number;
  /** Hex SHA-256 of the body, also stored as the object's `sha256` metadata. */
  sha256: string;
}

/** An upload failed; no object was created or changed under `key`. */
export class UploadError extends Error {
  readonly code = 'UPLOAD_FAILED';
  constructor(
    readonly key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UploadError';
  }
}

/** An S3 error on one line: its name, message and HTTP status (HEAD errors have no body, so the status is all there is). */
export function s3ErrorMessage(error: unknown): string {
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  const text = errorMessage(error);
  const described = name && name !== 'Error' && !text.startsWith(name) ? `${name}: ${text}` : text;
  return status === undefined ? described : `${described} (HTTP ${status})`;
}

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('base64');
const md5Hex = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');
const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;

/** An interrupted multipart upload of the same bytes under the key: its id and the parts it already holds, by number. */
interface Resumable {
  uploadId: string;
  parts: Map<number, string>;
}

/**
 * Finds an in-progress multipart upload of `key` whose stored parts are exactly this body's parts (each part's size,
 * and its ETag = the MD5 of its bytes), so a rerun uploads only the parts still missing. An upload whose parts
 * differ (other bytes, or another part size) is aborted: completing it would give another object. A store that
 * cannot list uploads (NotImplemented) gives nothing to resume.
 */
async function findResumable(s3: S3Client, bucket: string, key: string, body: ObjectSource, partSize: number): Promise<Resumable | null> {
  let uploads: { UploadId?: string; Key?: string; Initiated?: Date }[];
  try {
    uploads = [];
    let keyMarker: string | undefined;
    let idMarker: string | undefined;
    for (;;) {
      const page = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: key, KeyMarker: keyMarker, UploadIdMarker: idMarker }));
      uploads.push(...(page.Uploads ?? []).filter((u) => u.Key === key));
      if (!page.IsTruncated) break;
      keyMarker = page.NextKeyMarker;
      idMarker = page.NextUploadIdMarker;
    }
  } catch (error) {
    if (statusOf(error) === 501 || (error as Error).name === 'NotImplemented') return null;
    throw error;
  }
  // The newest first: it holds the most parts of the latest run.
  uploads.sort((a, b) => (b.Initiated?.getTime() ?? 0) - (a.Initiated?.getTime() ?? 0));
  const count = Math.ceil(body.size / partSize);
  let found: Resumable | null = null;
  for (const upload of uploads) {
    const uploadId = upload.UploadId;
    if (!uploadId) continue;
    let same = found === null;
    const parts = new Map<number, string>();
    let marker: string | undefined;
    while (same) {
      const page = await s3.send(new ListPartsCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumberMarker: marker }));
      for (const part of page.Parts ?? []) {
        const n = part.PartNumber ?? 0;
        const offset = (n - 1) * partSize;
        const expected = Math.min(partSize, body.size - offset);
        if (n < 1 || n > count || part.Size !== expected || !part.ETag) {
          same = false;
          break;
        }
        const bytes = await body.read(offset, expected);
        if (part.ETag.replaceAll('"', '').toLowerCase() !== md5Hex(bytes)) {
          same = false;
          break;
        }
        parts.set(n, part.ETag);
      }
      if (!page.IsTruncated) break;
      marker = page.NextPartNumberMarker;
    }
    if (same) found = { uploadId, parts };
    else await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
  }
  return found;
}

async function existingSha256(s3: S3Client, bucket: string, key: string, size: number): Promise<string | null> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ContentLength === size ? (head.Metadata?.sha256 ?? null) : null;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return null;
    throw error;
  }
}

/**
 * Writes `body` under `key` unless an object with the same SHA-256 is already there. A body up to `partSize` goes
 * in one PUT; a larger one as a multipart upload, which S3 makes visible only when it completes, so a failure
 * part-way leaves no partial object (the old object, if any, stays as it was). Every request carries a Content-MD5
 * the store checks. A rerun after a failure resumes: it lists the key's uploads in progress and their parts, keeps
 * the parts whose size and ETag match its own bytes, uploads only the missing ones, and aborts an upload of other
 * bytes to start again. Objects already delivered are skipped.
 */
export async function putObjectOnce(s3: S3Client, input: PutObjectOnceInput): Promise<PutObjectOnceResult> {
  const { bucket, key, body, contentType, onProgress } = input;
  const partSize = input.partSize ?? DEFAULT_PART_SIZE;
  if (!Number.isSafeInteger(partSize) || partSize < 1) throw new RangeError('partSize must be a positive integer');
  const { sha256, size } = body;
  try {
    if ((await existingSha256(s3, bucket, key, size)) === sha256) return { status: 'unchanged', sha256 };
  } catch (error) {
    throw new UploadError(key, `cannot check s3://${bucket}/${key}: ${s3ErrorMessage(error)}`, { cause: error });
  }
  await input.beforeUpload?.();
  const metadata = { sha256 };
  try {
    if (size <= partSize) {
      const bytes = await body.read(0, size);
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, ContentMD5: md5(bytes), Metadata: metadata }),
      );
      onProgress?.(size, size);
      return { status: 'uploaded', sha256 };
    }
  } catch (error) {
    throw new UploadError(key, `upload of s3://${bucket}/${key} failed: ${s3ErrorMessage(error)}`, { cause: error });
  }

  let uploadId: string | undefined;
  try {
    const resumable = await findResumable(s3, bucket, key, body, partSize);
    uploadId = resumable?.uploadId;
    if (uploadId === undefined) {
      const created = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType, Metadata: metadata }));
      uploadId = created.UploadId;
    }
    if (!uploadId) throw new Error('the store returned no UploadId');
    const parts: { PartNumber: number; ETag: string }[] = [];
    for (let offset = 0, n = 1; offset < size; offset += partSize, n += 1) {
      const length = Math.min(partSize, size - offset);
      const stored = resumable?.parts.get(n);
      if (stored !== undefined) {
        parts.push({ PartNumber: n, ETag: stored });
      } else {
        const chunk = await body.read(offset, length);
        const part = await s3.send(
          new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: n, Body: chunk, ContentMD5: md5(chunk) }),
        );
        parts.push({ PartNumber: n, ETag: part.ETag ?? '' });
      }
      onProgress?.(offset + length, size);
    }
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    if (resumable !== null && (await existingSha256(s3, bucket, key, size)) !== sha256) {
      // The resumed upload was created by an earlier run, whose metadata named its own body's hash; every part was
      // checked against these bytes, so the object is right and only its metadata is put right.
      await s3.send(
        new CopyObjectCommand({ Bucket: bucket, Key: key, CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`, MetadataDirective: 'REPLACE', ContentType: contentType, Metadata: metadata }),
      );
    }
    return { status: 'uploaded', sha256, ...(resumable !== null ? { resumedParts: resumable.parts.size } : {}) };
  } catch (error) {
    // The upload stays in progress (never visible as an object): a rerun resumes it from the parts it holds. A
    // bucket lifecycle rule (AbortIncompleteMultipartUpload) frees the parts of one that is never retried.
    throw new UploadError(key, `upload of s3://${bucket}/${key} failed: ${s3ErrorMessage(error)}`, { cause: error });
  }
}
