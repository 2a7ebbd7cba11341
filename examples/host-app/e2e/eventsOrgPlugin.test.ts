// The Vite plugin in front of the demo's events-org pipeline: the pipeline runs in a worker thread (so the server keeps
// answering), for the default and 100k sizes; the 1M size is refused, the page keeping the generator's events there.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { EVENTS_ORG_MAX_ATTEMPTS } from '../src/backend/eventsOrg.js';
import { EVENTS_ORG_PATH, eventsOrgPlugin } from '../server/eventsOrgPlugin.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function middlewareOf(): Middleware {
  let handle: Middleware | undefined;
  const plugin = eventsOrgPlugin({});
  const hook = plugin.configurePreviewServer as (server: { middlewares: { use(m: Middleware): void } }) => void;
  hook({ middlewares: { use: (m) => (handle = m) } });
  return handle!;
}

function ask(handle: Middleware, query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const res = { statusCode: 200, setHeader() {}, end: (body: string) => resolve({ status: res.statusCode, body }) };
    handle({ url: `${EVENTS_ORG_PATH}?${query}` } as IncomingMessage, res as unknown as ServerResponse, () => resolve({ status: 404, body: '' }));
  });
}

describe('the events-org plugin', () => {
  it('should answer from the pipeline in its thread, and refuse the sizes the demo keeps generated', async () => {
    const handle = middlewareOf();
    const tooLarge = await ask(handle, `seed=1&end=2026-11-01&targetAttempts=${EVENTS_ORG_MAX_ATTEMPTS * 10}`);
    expect(tooLarge.status).toBe(400);
    const answer = await ask(handle, 'seed=1&end=2026-11-01');
    expect(answer.status, answer.body).toBe(200);
    const data = JSON.parse(answer.body) as { orgId: string; stats: { rawEvents: number; events: number } };
    expect(data.stats.events).toBe(data.stats.rawEvents);
    expect(data.stats.events).toBeGreaterThan(0);
    expect((await ask(handle, 'seed=x&end=2026-11-01')).status).toBe(400);
  }, 300_000);
});
