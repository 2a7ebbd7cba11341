import type { IncomingMessage, ServerResponse } from 'node:http';
import { createClient } from '@learnlens/data-client';
import { createTokenVerifier } from './auth.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { HttpError, toErrorResponse } from './errors.js';
import { sendBytes, sendError } from './http.js';
import { resolveHandlerOptions, type LearnlensHandlerOptions } from './options.js';
import { routes } from './routes.js';

/** A node:http request listener; Express and Connect also pass `next`, called for paths outside the base path. */
export type LearnlensRequestHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

function pathOf(req: IncomingMessage): string {
  // Express strips its mount path from req.url but keeps the whole path in originalUrl.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Creates the Learnlens request handler. Every route verifies the bearer token first and runs as the viewer it
 * names; queries go through a server-side `createClient`, so validation, scope checks and pseudonymisation happen
 * here, whatever the browser sent. Routes: POST {base}/query, POST {base}/export, GET {base}/catalog.
 */
export function createLearnlensHandler(options: LearnlensHandlerOptions): LearnlensRequestHandler {
  const resolved = resolveHandlerOptions(options);
  const verify = createTokenVerifier(resolved.auth);
  const client = createClient({ adapter: resolved.adapter, privacy: resolved.privacy });
  const { basePath } = resolved;

  async function handle(req: IncomingMessage, res: ServerResponse, route: string, path: string): Promise<void> {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new Error('The client closed the connection'));
    });
    const cors = corsHeaders(req, resolved.allowedOrigins);
    const method = req.method ?? 'GET';
    try {
      if (method === 'OPTIONS') {
        sendBytes(res, 204, new Uint8Array(0), preflightHeaders(req, resolved.allowedOrigins), 0);
        return;
      }
      const handler = Object.hasOwn(routes, route) ? routes[route]! : undefined;
      if (!handler) throw new HttpError(404, 'NOT_FOUND', `No route ${path}: use ${basePath}/query, ${basePath}/export or ${basePath}/catalog`);
      if (method !== handler.method) {
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${path} accepts ${handler.method} only`, { Allow: handler.method });
      }
      const viewer = await verify(req.headers.authorization);
      await handler.run({ req, res, viewer, signal: controller.signal, client, options: resolved, headers: cors });
    } catch (error) {
      if (controller.signal.aborted) {
        // Nobody is listening any more: free the socket now instead of at the keep-alive timeout.
        res.destroy();
        return;
      }
      const response = toErrorResponse(error, resolved.retryAfterSeconds);
      if (response.status >= 500) {
        try {
          resolved.onError(error, { method, path, status: response.status });
        } catch {
          // A failing logger must not turn an error response into none.
        }
      }
      sendError(res, response.status, response.body, { ...cors, ...response.headers });
    }
  }

  return (req, res, next) => {
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
}
