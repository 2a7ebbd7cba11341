import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { bytesSource, putObjectOnce } from './putObjectOnce.js';

/** An object store for exports delivered as links (structurally @learnlens/server's `ExportObjectStore`). */
export interface S3ExportStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  signedUrl(key: string, expiresInSeconds: number, fileName: string): Promise<string>;
  locationOf(key: string): string;
}

/**
 * Exports stored in an S3 (or S3-compatible) bucket and handed out as presigned GET URLs (Signature V4, valid for
 * the given seconds, at most 7 days), which download as the export's file name. Pass it to `createLearnlensHandler`
 * as `signedExports.store`.
 */
export function createS3ExportStore(options: { s3: S3Client; bucket: string }): S3ExportStore {
  const { s3, bucket } = options;
  return {
    async put(key, body, contentType) {
      await putObjectOnce(s3, { bucket, key, body: bytesSource(body), contentType });
    },
    signedUrl(key, expiresInSeconds, fileName) {
      const disposition = `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"`;
      const command = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition });
      return getSignedUrl(s3 as unknown as Parameters<typeof getSignedUrl>[0], command, { expiresIn: expiresInSeconds });
    },
    locationOf: (key) => `s3://${bucket}/${key}`,
  };
}
