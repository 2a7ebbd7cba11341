// The Vite plugin in front of the demo's events-org pipeline: the pipeline runs in a worker thread (so the server keeps
// answering), at every size of the demo; larger ones are refused.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { EVENTS_ORG_MAX_ATTEMPTS } from '../src/backend/eventsOrg.js';
import { decodeEventsOrg } from '../src/backend/eventsOrgWire.js';
import { EVENTS_ORG_PATH, eventsOrgPlugin } from '../server/eventsOrgPlugin.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function middlewareOf(): Middleware {
  let handle: Middleware | undefined;
  const plugin = eventsOrgPlugin({});
  const hook = plugin.configurePreviewServer as (server: { middlewares: { use(m: Middleware): void } }) => void;
  hook({ middlewares: { use: (m) => (handle = m) } });
  return handle!;
}

function ask(handle: Middleware, query: string): Promise<{ status: number; body: Uint8Array; text: string }> {
  return new Promise((resolve) => {
    const done = (status: number, body: Uint8Array | string = '') => {
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      resolve({ status, body: bytes, text: new TextDecoder().decode(bytes.subarray(0, 200)) });
    };
    const res = { statusCode: 200, setHeader() {}, end: (body?: Uint8Array | string) => done(res.statusCode, body) };
    handle({ url: `${EVENTS_ORG_PATH}?${query}` } as IncomingMessage, res as unknown as ServerResponse, () => done(404));
  });
}

describe('the events-org plugin', () => {
  it('should answer from the pipeline in its thread, and refuse sizes beyond the demo largest', async () => {
    const handle = middlewareOf();
    const tooLarge = await ask(handle, `seed=1&end=2026-11-01&targetAttempts=${EVENTS_ORG_MAX_ATTEMPTS * 10}`);
    expect(tooLarge.status).toBe(400);
    const answer = await ask(handle, 'seed=1&end=2026-11-01');
    expect(answer.status, answer.text).toBe(200);
    const data = await decodeEventsOrg(answer.body.buffer.slice(answer.body.byteOffset, answer.body.byteOffset + answer.body.byteLength) as ArrayBuffer);
    expect(data.stats.events).toBe(data.stats.rawEvents);
    expect(data.rows.events).toHaveLength(data.stats.events);
    expect(data.stats.events).toBeGreaterThan(0);
    expect((await ask(handle, 'seed=x&end=2026-11-01')).status).toBe(400);
  }, 300_000);
});
