import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LearnlensClient } from '@learnlens/data-client';
import { createTokenVerifier } from './auth.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { deadlineSignal, untilAborted } from './deadline.js';
import { DeadlineExceededError, HttpError, toErrorResponse } from './errors.js';
import { inProcessExecutor, type Executor } from './executor.js';
import { sendBytes, sendError } from './http.js';
import { resolveHandlerOptions, type LearnlensHandlerOptions } from './options.js';
import { createRateLimiter } from './rateLimit.js';
import { routes } from './routes.js';
import { createWorkerPool } from './workerPool.js';

/** A node:http request listener; Express and Connect also pass `next`, called for paths outside the base path. */
export interface LearnlensRequestHandler {
  (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /** Resolves once the backend can answer (with `workers`: every worker started); rejects if it cannot start. */
  ready(): Promise<void>;
  /** Stops the worker threads, if any; requests still waiting are answered 503. */
  close(): Promise<void>;
}

function pathOf(req: IncomingMessage): string {
  // Express strips its mount path from req.url but keeps the whole path in originalUrl.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Creates the Learnlens request handler. Every route verifies the bearer token first and runs as the viewer it
 * names; queries go through a server-side client, so validation, scope checks and pseudonymisation happen here,
 * whatever the browser sent. Every request has a deadline and every viewer a rate limit; with `workers` the backend
 * runs off the request thread. Routes: POST {base}/query, POST {base}/export, POST {base}/exports/analytics.parquet
 * and …/analytics.csv (seed 000's BI dataset, admins only), GET {base}/catalog.
 */
export function createLearnlensHandler(options: LearnlensHandlerOptions): LearnlensRequestHandler {
  const resolved = resolveHandlerOptions(options);
  const verify = createTokenVerifier(resolved.auth);
  const limit = resolved.rateLimit === false ? undefined : createRateLimiter(resolved.rateLimit);
  const local = resolved.adapter ? inProcessExecutor(resolved.adapter, resolved.privacy) : undefined;
  const executor: Executor = local ?? createWorkerPool(resolved.workers!, resolved.privacy);
  // Only signed exports read the request-thread client, and options refuse them with workers.
  const client = local?.client as LearnlensClient;
  const { basePath } = resolved;

  async function handle(req: IncomingMessage, res: ServerResponse, route: string, path: string): Promise<void> {
    const closed = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) closed.abort(new Error('The client closed the connection'));
    });
    const cors = corsHeaders(req, resolved.allowedOrigins);
    const method = req.method ?? 'GET';
    const deadline = deadlineSignal(closed.signal, route === '/export' || route.startsWith('/exports/') ? resolved.exportDeadlineMs : resolved.deadlineMs);
    const { signal } = deadline;
    try {
      if (method === 'OPTIONS') {
        sendBytes(res, 204, new Uint8Array(0), preflightHeaders(req, resolved.allowedOrigins), 0);
        return;
      }
      const handler = Object.hasOwn(routes, route) ? routes[route]! : undefined;
      if (!handler) throw new HttpError(404, 'NOT_FOUND', `No route ${path}: use ${basePath}/query, ${basePath}/export, ${basePath}/exports/analytics.parquet (or .csv) or ${basePath}/catalog`);
      if (method !== handler.method) {
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} accepts ${handler.method} only`, { Allow: handler.method });
      }
      const viewer = await untilAborted(verify(req.headers.authorization), signal);
      limit?.(`${viewer.orgId}\u0000${viewer.userId}`);
      // The answer goes out when the deadline passes even if the backend ignores the signal.
      await untilAborted(handler.run({ req, res, viewer, signal, executor, client, options: resolved, headers: cors }), signal);
    } catch (error) {
      if (closed.signal.aborted || res.headersSent) {
        // Nobody is listening any more, or a streamed body broke off: free the socket now.
        res.destroy();
        return;
      }
      const response = toErrorResponse(error, resolved.retryAfterSeconds);
      if (response.status >= 500 && !(error instanceof DeadlineExceededError)) {
        try {
          resolved.onError(error, { method, path, status: response.status });
        } catch {
          // A failing logger must not turn an error response into none.
        }
      }
      sendError(res, response.status, response.body, { ...cors, ...response.headers });
    } finally {
      deadline.clear();
    }
  }

  const listener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => {
    const path = pathOf(req);
    if (path !== basePath && !path.startsWith(`${basePath}/`)) {
      if (next) {
        next();
        return;
      }
      const response = toErrorResponse(new HttpError(404, 'NOT_FOUND', `Not found: the Learnlens routes are under ${basePath}/`), 0);
      sendError(res, response.status, response.body, {});
      return;
    }
    void handle(req, res, path.slice(basePath.length), path);
  };
  return Object.assign(listener, { ready: () => executor.ready(), close: () => executor.close() });
}
