// A Vite plugin serving the demo's events org through the event pipeline (server/eventsOrgPipeline.ts) at
// GET /__learnlens/events-org?seed=N&end=YYYY-MM-DD[&targetAttempts=N] (up to the demo's largest size, 1M), on the dev
// server (`npm start`) and the preview server (the real-browser tests); the answer is src/backend/eventsOrgWire.ts's. The pipeline runs in a worker thread (eventsOrgThread.mjs), off the server's own
// thread, its module loaded through Vite's module runner from the workspace sources, so nothing needs building first;
// answers are cached per dataset, so a reload costs nothing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'vite';
import type { MockDatasetOptions } from '@learnlens/mock';
import { EVENTS_ORG_MAX_ATTEMPTS } from '../src/backend/eventsOrg.js';

/** The path the worker asks. */
export const EVENTS_ORG_PATH = '/__learnlens/events-org';

// `body` null: the dataset has no events org.
type Answer = { id: number; body?: Uint8Array | null; error?: string };

/** The plugin; `alias` is the app's own (the workspace packages' sources). */
export function eventsOrgPlugin(alias: Record<string, string>): Plugin {
  const answers = new Map<string, Promise<Uint8Array | null>>();
  let thread: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (body: Uint8Array | null) => void; reject: (error: Error) => void }>();
  const start = () => {
    const worker = new Worker(new URL('./eventsOrgThread.mjs', import.meta.url), {
      workerData: {
        entry: fileURLToPath(new URL('./eventsOrgPipeline.ts', import.meta.url)),
        alias: { ...alias, '@learnlens/pipeline': fileURLToPath(new URL('../../../packages/pipeline/src/index.ts', import.meta.url)) },
      },
    });
    // The server may close with a dataset still in the works: the thread must not keep the process alive.
    worker.unref();
    worker.on('message', ({ id, body, error }: Answer) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (error === undefined && body !== undefined) waiting?.resolve(body === null ? null : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
      else waiting?.reject(new Error(error ?? 'no answer'));
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      thread = undefined;
    });
    return worker;
  };
  const run = (options: MockDatasetOptions & { endDate: string }) =>
    new Promise<Uint8Array | null>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      (thread ??= start()).postMessage({ id, options });
    });
  const handle = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname !== EVENTS_ORG_PATH) return next();
    const seed = Number(url.searchParams.get('seed'));
    const end = url.searchParams.get('end') ?? '';
    const target = url.searchParams.get('targetAttempts');
    if (!Number.isInteger(seed) || !/^\d{4}-\d{2}-\d{2}$/.test(end) || (target !== null && !/^\d+$/.test(target))) {
      res.statusCode = 400;
      res.end('seed (an integer) and end (YYYY-MM-DD) are required');
      return;
    }
    if (target !== null && Number(target) > EVENTS_ORG_MAX_ATTEMPTS) {
      res.statusCode = 400;
      res.end(`targetAttempts goes up to ${EVENTS_ORG_MAX_ATTEMPTS} here (docs/pipeline.md, "In the demo")`);
      return;
    }
    const key = `${seed}/${end}/${target ?? ''}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = run({ seed, endDate: end, ...(target ? { targetAttempts: Number(target) } : {}) });
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
    }
    answer.then(
      (body) => {
        if (body === null) {
          res.statusCode = 204;
          res.end();
          return;
        }
        // The framed Parquet tables of eventsOrgWire.ts.
        res.setHeader('content-type', 'application/octet-stream');
        res.setHeader('content-length', String(body.byteLength));
        res.end(body);
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.end(`The event pipeline failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
  return {
    name: 'learnlens-events-org',
    configureServer(server) {
      server.middlewares.use(handle);
      // `npm start`: the default dataset (seed 1, history up to the end of today UTC, as createMockDataset's default)
      // goes through the pipeline while the browser opens.
      const end = new Date(Math.floor(Date.now() / 86_400_000 + 1) * 86_400_000).toISOString().slice(0, 10);
      const key = `1/${end}/`;
      if (!answers.has(key)) {
        const warm = run({ seed: 1, endDate: end });
        answers.set(key, warm);
        warm.catch(() => answers.delete(key));
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use(handle);
    },
  };
}
