// A throwaway S3-compatible server for tests, on loopback only.
//
//   const s3 = await startS3({ buckets: ['bi-exports'] });   // in beforeAll
//   new S3Client({ endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: s3.credentials })
//   await s3.stop();                                          // in afterAll
//
// The storage is s3rver (an npm package implementing the S3 REST API on the file system). s3rver checks the
// expiry of presigned URLs but does not verify Signature Version 4 signatures, so a small front server here
// does what S3 does before any request reaches storage: it recomputes the SigV4 signature of every request
// (Authorization header or presigned query), refuses a wrong one with 403 SignatureDoesNotMatch, refuses an
// expired presigned URL with 403 AccessDenied, and checks a signed payload hash against the body. It can also
// drop connections on purpose, to interrupt uploads. s3rver stores multipart parts but cannot list or abort an
// upload in progress, so the front server keeps the book of in-progress uploads from the traffic it forwards and
// answers ListMultipartUploads, ListParts and AbortMultipartUpload itself, as S3 does.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// s3rver (CommonJS) ships no types: this is the part of its API used here.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: Array<{ name: string }>;
}) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

/** A request as the front server saw it (after its signature was checked). */
export interface S3RequestRecord {
  method: string;
  /** The path, e.g. "/bucket/some/key". */
  path: string;
  /** The raw query string without "?". */
  query: string;
}

/** A running throwaway S3 server. */
export interface S3Server {
  /** "http://127.0.0.1:PORT": use with path-style addressing. */
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Every request that passed the signature check, in order. */
  requests: S3RequestRecord[];
  /** Signature or expiry failures the front server answered itself. */
  refusals: Array<S3RequestRecord & { code: string }>;
  /** Drops the connection (no response) of the next `times` requests `match` accepts; the result ends it early. */
  failRequests(match: (request: S3RequestRecord) => boolean, times: number): () => void;
  /** Stops both servers and removes the storage directory; calling it again does nothing. */
  stop(): Promise<void>;
}

/** Options of `startS3`. */
export interface StartS3Options {
  /** Buckets to create at start. */
  buckets?: string[];
}

// s3rver's built-in account; any other key id is refused by s3rver itself.
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';
const REGION = 'us-east-1';
const MAX_SKEW_MS = 15 * 60_000;

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function queryPairs(query: string): Array<[string, string]> {
  if (query === '') return [];
  return query.split('&').map((part) => {
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    return [decodeURIComponent(name), decodeURIComponent(value)];
  });
}

function amzDateMs(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Checks one request's SigV4 signature (header or presigned query) the way S3 does; throws a Refusal. */
function verifySignature(req: IncomingMessage, path: string, query: string, body: Buffer, now: number): void {
  const pairs = queryPairs(query);
  const q = new Map(pairs);
  const authorization = req.headers.authorization;
  let credential: string;
  let signedHeaders: string;
  let signature: string;
  let amzDate: string;
  let payloadHash: string;
  if (authorization !== undefined) {
    const m = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!m) throw new Refusal(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed');
    [, credential, signedHeaders, signature] = m as unknown as [string, string, string, string];
    amzDate = String(req.headers['x-amz-date'] ?? '');
    payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
    if (Math.abs(now - amzDateMs(amzDate)) > MAX_SKEW_MS) throw new Refusal(403, 'RequestTimeTooSkewed', 'The request time is too skewed');
    if (/^[0-9a-f]{64}$/.test(payloadHash)) {
      if (sha256Hex(body) !== payloadHash) throw new Refusal(400, 'XAmzContentSHA256Mismatch', 'The body does not match its signed hash');
    } else if (payloadHash !== 'UNSIGNED-PAYLOAD') {
      throw new Refusal(400, 'InvalidRequest', `Unsupported x-amz-content-sha256 "${payloadHash}"`);
    }
  } else if (q.has('X-Amz-Signature')) {
    if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') throw new Refusal(400, 'InvalidRequest', 'Unsupported X-Amz-Algorithm');
    credential = q.get('X-Amz-Credential') ?? '';
    signedHeaders = q.get('X-Amz-SignedHeaders') ?? '';
    signature = q.get('X-Amz-Signature') ?? '';
    amzDate = q.get('X-Amz-Date') ?? '';
    payloadHash = q.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
    const expires = Number(q.get('X-Amz-Expires'));
    const start = amzDateMs(amzDate);
    if (!Number.isFinite(expires) || !Number.isFinite(start)) throw new Refusal(400, 'AuthorizationQueryParametersError', 'Bad X-Amz-Date or X-Amz-Expires');
    if (now > start + expires * 1000) throw new Refusal(403, 'AccessDenied', 'Request has expired');
  } else {
    throw new Refusal(403, 'AccessDenied', 'Anonymous access is not allowed');
  }
  const [keyId, day, region, service, terminator] = credential.split('/');
  if (keyId !== ACCESS_KEY_ID) throw new Refusal(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist');
  if (!day || !region || service !== 's3' || terminator !== 'aws4_request' || !amzDate.startsWith(day)) {
    throw new Refusal(400, 'AuthorizationHeaderMalformed', 'The credential scope is malformed');
  }
  const canonicalQuery = pairs
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const headerLines = signedHeaders
    .split(';')
    .map((name) => {
      const raw = req.headers[name];
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
      return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const canonicalRequest = [req.method, path, canonicalQuery, headerLines, signedHeaders, payloadHash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${SECRET_ACCESS_KEY}`, day), region), 's3'), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign).digest();
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Refusal(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided');
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function xmlError(res: ServerResponse, refusal: Refusal): void {
  res.writeHead(refusal.status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${refusal.message}</Message></Error>`);
}

/** A multipart upload in progress, as the front server saw it created and its parts stored. */
interface PendingUpload {
  bucket: string;
  key: string;
  uploadId: string;
  initiated: Date;
  parts: Map<number, { etag: string; size: number; at: Date }>;
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlOk(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

/** "/bucket/some/key" → bucket and key (the key undefined for a bucket path). */
function splitPath(path: string): { bucket: string; key: string | undefined } {
  const [bucket = '', ...rest] = decodeURIComponent(path).replace(/^\//, '').split('/');
  return { bucket, key: rest.length === 0 || (rest.length === 1 && rest[0] === '') ? undefined : rest.join('/') };
}

/**
 * Answers the multipart requests s3rver lacks from `uploads`: true when it did. ListMultipartUploads (GET
 * /bucket?uploads), ListParts (GET /bucket/key?uploadId=…) and AbortMultipartUpload (DELETE /bucket/key?uploadId=…).
 */
function answerMultipart(method: string, path: string, query: Map<string, string>, uploads: Map<string, PendingUpload>, res: ServerResponse): boolean {
  const { bucket, key } = splitPath(path);
  if (method === 'GET' && key === undefined && query.has('uploads')) {
    const prefix = query.get('prefix') ?? '';
    const listed = [...uploads.values()].filter((u) => u.bucket === bucket && u.key.startsWith(prefix)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.initiated.getTime() - b.initiated.getTime()));
    const items = listed.map((u) => `<Upload><Key>${xmlText(u.key)}</Key><UploadId>${xmlText(u.uploadId)}</UploadId><StorageClass>STANDARD</StorageClass><Initiated>${u.initiated.toISOString()}</Initiated></Upload>`);
    xmlOk(res, `<ListMultipartUploadsResult><Bucket>${xmlText(bucket)}</Bucket><Prefix>${xmlText(prefix)}</Prefix><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${items.join('')}</ListMultipartUploadsResult>`);
    return true;
  }
  const uploadId = query.get('uploadId');
  if (key === undefined || uploadId === undefined || (method !== 'GET' && method !== 'DELETE')) return false;
  const upload = uploads.get(uploadId);
  if (!upload || upload.bucket !== bucket || upload.key !== key) {
    xmlError(res, new Refusal(404, 'NoSuchUpload', 'The specified upload does not exist'));
    return true;
  }
  if (method === 'DELETE') {
    uploads.delete(uploadId);
    res.writeHead(204);
    res.end();
    return true;
  }
  const parts = [...upload.parts].sort((a, b) => a[0] - b[0]);
  const items = parts.map(([n, p]) => `<Part><PartNumber>${n}</PartNumber><LastModified>${p.at.toISOString()}</LastModified><ETag>${xmlText(p.etag)}</ETag><Size>${p.size}</Size></Part>`);
  xmlOk(res, `<ListPartsResult><Bucket>${xmlText(bucket)}</Bucket><Key>${xmlText(key)}</Key><UploadId>${xmlText(uploadId)}</UploadId><MaxParts>1000</MaxParts><IsTruncated>false</IsTruncated>${items.join('')}</ListPartsResult>`);
  return true;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts s3rver behind a SigV4-verifying front server on 127.0.0.1 (random free ports). */
export async function startS3(options: StartS3Options = {}): Promise<S3Server> {
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-s3-'));
  const storage = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
  });
  const { port: storagePort } = await storage.run();
  const requests: S3RequestRecord[] = [];
  const refusals: S3Server['refusals'] = [];
  const faults: Array<{ match: (r: S3RequestRecord) => boolean; left: number }> = [];
  const uploads = new Map<string, PendingUpload>();

  const front = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const record: S3RequestRecord = { method: req.method ?? 'GET', path: q === -1 ? url : url.slice(0, q), query: q === -1 ? '' : url.slice(q + 1) };
      const body = await readBody(req);
      const fault = faults.find((f) => f.left > 0 && f.match(record));
      if (fault) {
        fault.left -= 1;
        req.socket.destroy();
        return;
      }
      try {
        verifySignature(req, record.path, record.query, body, Date.now());
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        refusals.push({ ...record, code: error.code });
        xmlError(res, error);
        return;
      }
      requests.push(record);
      const query = new Map(queryPairs(record.query));
      if (answerMultipart(record.method, record.path, query, uploads, res)) return;
      const forward = httpRequest(
        { host: '127.0.0.1', port: storagePort, method: req.method, path: url, headers: { ...req.headers, 'content-length': String(body.length) } },
        (upstream) => {
          const ok = upstream.statusCode === 200;
          const { bucket, key } = splitPath(record.path);
          if (ok && record.method === 'POST' && key !== undefined && query.has('uploads')) {
            // Initiate: the UploadId is in the answer's body, read on its way through.
            const chunks: Buffer[] = [];
            upstream.on('data', (c: Buffer) => chunks.push(c));
            upstream.on('end', () => {
              const id = /<UploadId>([^<]+)<\/UploadId>/.exec(Buffer.concat(chunks).toString('utf8'))?.[1];
              if (id) uploads.set(id, { bucket, key, uploadId: id, initiated: new Date(), parts: new Map() });
            });
          } else if (ok && record.method === 'PUT' && query.has('uploadId') && query.has('partNumber')) {
            uploads.get(query.get('uploadId')!)?.parts.set(Number(query.get('partNumber')), { etag: String(upstream.headers.etag ?? ''), size: body.length, at: new Date() });
          } else if (ok && record.method === 'POST' && query.has('uploadId')) {
            uploads.delete(query.get('uploadId')!);
          }
          res.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    })().catch(() => res.destroy());
  });
  const port = await listen(front);
  let stopped = false;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    region: REGION,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
    requests,
    refusals,
    failRequests(match, times) {
      const fault = { match, left: times };
      faults.push(fault);
      return () => {
        fault.left = 0;
      };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
