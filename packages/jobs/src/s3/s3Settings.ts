import { S3Client } from '@aws-sdk/client-s3';
import { JobSettingError } from '../errors.js';

/** How to reach a bucket: the seed-000 uploader's variables plus an endpoint for S3-compatible stores. */
export interface S3Settings {
  bucket: string;
  /** Key prefix ("folder"); empty for the bucket root. */
  prefix: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Optional session token (temporary credentials). */
  sessionToken?: string;
  /** An S3-compatible endpoint such as "http://127.0.0.1:9000"; default: AWS. */
  endpoint?: string;
  /** Path-style addressing (endpoint/bucket/key), which most S3-compatible stores need. */
  forcePathStyle: boolean;
}

/** Overrides from the command line, which win over the environment. */
export interface S3SettingOverrides {
  bucket?: string;
  prefix?: string;
  endpoint?: string;
  forcePathStyle?: boolean;
}

/** The variables `readS3Settings` reads, in the order they are checked. */
export const s3EnvironmentVariables = [
  'BI_EXPORT_BUCKET',
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
] as const;

/**
 * Reads BI_EXPORT_BUCKET, BI_EXPORT_PREFIX, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and the optional
 * AWS_SESSION_TOKEN, AWS_ENDPOINT_URL) from `env`; throws JobSettingError naming the first missing one.
 */
export function readS3Settings(env: Readonly<Record<string, string | undefined>>, overrides: S3SettingOverrides = {}): S3Settings {
  const value = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const bucket = overrides.bucket ?? value('BI_EXPORT_BUCKET');
  for (const name of s3EnvironmentVariables) {
    if (name === 'BI_EXPORT_BUCKET' ? bucket === undefined : value(name) === undefined) {
      throw new JobSettingError(name, `the environment variable ${name} is not set`);
    }
  }
  const endpoint = overrides.endpoint ?? value('AWS_ENDPOINT_URL_S3') ?? value('AWS_ENDPOINT_URL');
  if (endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new JobSettingError('endpoint', `the S3 endpoint "${endpoint}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new JobSettingError('endpoint', `the S3 endpoint must be http:// or https://, not "${url.protocol}"`);
    }
  }
  const settings: S3Settings = {
    bucket: bucket!,
    prefix: overrides.prefix ?? value('BI_EXPORT_PREFIX') ?? '',
    region: value('AWS_REGION')!,
    accessKeyId: value('AWS_ACCESS_KEY_ID')!,
    secretAccessKey: value('AWS_SECRET_ACCESS_KEY')!,
    forcePathStyle: overrides.forcePathStyle ?? false,
  };
  const token = value('AWS_SESSION_TOKEN');
  if (token !== undefined) settings.sessionToken = token;
  if (endpoint !== undefined) settings.endpoint = endpoint;
  return settings;
}

/** An S3 client for `settings`. Checksums are sent only where S3 requires them, as S3-compatible stores expect. */
export function createS3Client(settings: S3Settings, options: { maxAttempts?: number } = {}): S3Client {
  return new S3Client({
    region: settings.region,
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}),
    },
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    maxAttempts: options.maxAttempts ?? 3,
    // Newer SDKs default to streaming CRC32 trailers that many S3-compatible stores reject; every body we send
    // carries a Content-MD5 instead, which every store checks.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
