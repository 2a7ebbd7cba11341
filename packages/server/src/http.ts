import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors.js';

// Every response may hold one tenant's data: no shared cache may keep it, and a browser must not sniff it.
const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  Vary: 'Authorization, Origin',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** Reads a JSON object body of at most `maxBytes`; 413 past the cap (from Content-Length or while reading), 400/415 otherwise. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON ("Content-Type: application/json")');
  }
  const tooLarge = () =>
    new HttpError(413, 'REQUEST_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`, { Connection: 'close' });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  if (req.readableEnded) {
    throw new Error('The request body was consumed before the Learnlens handler: mount it before any body parser');
  }
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Keep draining rather than destroying the request, so the 413 can still be sent; Connection: close ends it.
      req.off('data', onData);
      req.resume();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
    req.once('close', () => reject(new Error('The request was closed before its body arrived')));
  });
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'INVALID_REQUEST', 'The request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'INVALID_REQUEST', 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/** Refuses body fields other than `allowed`, so a request cannot smuggle in a viewer or anything else. */
export function checkFields(body: Record<string, unknown>, allowed: readonly string[]): void {
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length === 0) return;
  const hint = extra.some((k) => /viewer|user|role|org/i.test(k)) ? '; the viewer is taken from the token only' : '';
  throw new HttpError(400, 'INVALID_REQUEST', `Unexpected field(s) ${extra.map((k) => `"${k}"`).join(', ')} in the request body${hint}`);
}

/** Sends a complete body with its length, after the size check; a body over `maxBytes` is an error, never a truncation. */
export function sendBytes(
  res: ServerResponse,
  status: number,
  body: Uint8Array,
  headers: Record<string, string>,
  maxBytes: number,
): void {
  if (body.byteLength > maxBytes) {
    throw new HttpError(
      422,
      'RESPONSE_TOO_LARGE',
      `The response would be ${body.byteLength} bytes, over this server's limit of ${maxBytes}: narrow the filters or page through the rows`,
    );
  }
  if (res.destroyed) return;
  res.writeHead(status, { ...BASE_HEADERS, ...headers, 'Content-Length': String(body.byteLength) });
  res.end(body);
}

/**
 * Streams a body chunk by chunk as the client reads it (chunked encoding, so memory holds one chunk, not the file).
 * A failure after the headers went out destroys the connection: the client sees a broken download, never a short file
 * that looks whole.
 */
export async function sendStream(
  res: ServerResponse,
  status: number,
  chunks: AsyncIterable<Uint8Array>,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  // The first chunk before the headers: an error producing it can still be answered with a status.
  let next = await iterator.next();
  if (res.destroyed) return;
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  try {
    while (!next.done) {
      if (signal.aborted) throw signal.reason;
      if (!res.write(next.value)) await drained(res, signal);
      next = await iterator.next();
    }
  } catch (error) {
    res.destroy();
    await iterator.return?.();
    throw error;
  }
  await new Promise<void>((resolve) => res.end(resolve));
}

function drained(res: ServerResponse, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('The client closed the connection'));
    const onAbort = () => done(signal.reason);
    res.once('drain', onDrain);
    res.once('close', onClose);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Sends a JSON body (see sendBytes). */
export function sendJson(res: ServerResponse, status: number, value: unknown, maxBytes: number, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  sendBytes(res, status, body, { 'Content-Type': 'application/json; charset=utf-8', ...headers }, maxBytes);
}

/** Sends an error body, which is small and always fits; nothing is sent once headers are out. */
export function sendError(res: ServerResponse, status: number, value: unknown, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  sendJson(res, status, value, Number.MAX_SAFE_INTEGER, headers);
}

/** A Content-Disposition for a download: an ASCII fallback name plus the exact UTF-8 one (RFC 6266). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
