import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type BackendAdapter } from '@learnlens/data-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLearnlensHandler } from './handler.js';
import type { LearnlensServer } from './standalone.js';
import { AUDIENCE, dataset, hsToken, mockAdapter, NOW, post, SECRET, startTestServer, viewers } from './test-fixtures/harness.js';

type Json = Record<string, any>;
const SALT = 'server-side-secret-salt';

function delegate(adapter: BackendAdapter, patch: Partial<BackendAdapter>): BackendAdapter {
  return {
    name: adapter.name,
    supportedQueries: adapter.supportedQueries,
    run: (r, s) => adapter.run(r, s),
    writeAudit: (e, s) => adapter.writeAudit(e, s),
    ...patch,
  };
}

describe('POST /query', () => {
  let server: LearnlensServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('should answer with the same validated result as a client next to the adapter', async () => {
    const params = { now: NOW, period: 'month', limit: 5 };
    const response = await post(`${server.url}/query`, { name: 'leaderboard', params }, await hsToken(viewers.admin));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const direct = await createClient({ adapter: mockAdapter(), privacy: { pseudonymSalt: SALT } }).query('leaderboard', params as never, { viewer: viewers.admin });
    expect(((await response.json()) as Json).result).toEqual(direct);
  });

  it('should refuse a body that claims a viewer, taking the viewer from the token only', async () => {
    const token = await hsToken(viewers.learner);
    const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW }, viewer: viewers.admin }, token);
    expect(response.status).toBe(400);
    const body = (await response.json()) as Json;
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.message).toMatch(/taken from the token only/);
  });

  it('should answer 403 with no rows when a learner asks for another learner', async () => {
    const other = dataset.users.find((u) => u.org_id === viewers.learner.orgId && u.role === 'learner' && u.user_id !== viewers.learner.userId)!;
    const response = await post(`${server.url}/query`, { name: 'recentAttempts', params: { now: NOW, userIds: [other.user_id] } }, await hsToken(viewers.learner));
    expect(response.status).toBe(403);
    const body = (await response.json()) as Json;
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatchObject({ name: 'ScopeError', code: 'SCOPE' });
  });

  it("should answer 403 to another org's id in the parameters and to a manager filtering by a team not theirs", async () => {
    const foreignOrg = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW, orgId: viewers.otherAdmin.orgId } }, await hsToken(viewers.admin));
    expect(foreignOrg.status).toBe(403);
    const otherTeam = dataset.teams.find((t) => t.org_id === viewers.manager.orgId && t.manager_id !== viewers.manager.userId)!;
    const response = await post(`${server.url}/query`, { name: 'scoreTrend', params: { now: NOW, teamId: otherTeam.team_id } }, await hsToken(viewers.manager));
    expect(response.status).toBe(403);
    expect(((await response.json()) as Json).error.code).toBe('SCOPE');
  });

  it('should answer 403 when the token names a role the backend does not confirm', async () => {
    const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, await hsToken({ ...viewers.learner, role: 'admin' }));
    expect(response.status).toBe(403);
  });

  it('should pseudonymise a learner\'s peers on the server', async () => {
    const response = await post(`${server.url}/query`, { name: 'leaderboard', params: { now: NOW } }, await hsToken(viewers.learner));
    const rows = ((await response.json()) as Json).result.rows as Array<{ userId: string; displayName: string }>;
    const names = new Set(dataset.users.map((u) => u.display_name));
    const peers = rows.filter((r) => r.userId !== viewers.learner.userId);
    expect(peers.length).toBeGreaterThan(0);
    for (const peer of peers) {
      expect(peer.userId).toMatch(/^peer-/);
      expect(names.has(peer.displayName)).toBe(false);
    }
  });

  it('should answer 400 with the issues to invalid parameters and to unknown queries', async () => {
    const token = await hsToken(viewers.admin);
    const invalid = await post(`${server.url}/query`, { name: 'scoreTrend', params: { bucket: 'year', org_id: 'x' } }, token);
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as Json;
    expect(body.error).toMatchObject({ name: 'ValidationError', code: 'INVALID_PARAMS' });
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['bucket']));
    const unknown = await post(`${server.url}/query`, { name: 'dropTables' }, token);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Json).error.code).toBe('UNKNOWN_QUERY');
    const noName = await post(`${server.url}/query`, { params: {} }, token);
    expect(noName.status).toBe(400);
  });

  it('should answer 400 to a body that is not a JSON object and 415 to one that is not JSON at all', async () => {
    const token = await hsToken(viewers.admin);
    expect((await post(`${server.url}/query`, '{"name": ', token)).status).toBe(400);
    expect((await post(`${server.url}/query`, '[1, 2]', token)).status).toBe(400);
    expect((await post(`${server.url}/query`, { name: 'orgOverview', params: [] }, token)).status).toBe(400);
    const form = await post(`${server.url}/query`, 'name=orgOverview', token, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
  });

  it('should serve exportRows only through the audited export route', async () => {
    const response = await post(`${server.url}/query`, { name: 'exportRows', params: { now: NOW } }, await hsToken(viewers.admin));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).error).toMatchObject({ code: 'UNSUPPORTED_QUERY' });
    const open = await startTestServer({ allowExportRowsQuery: true });
    try {
      expect((await post(`${open.url}/query`, { name: 'exportRows', params: { now: NOW, limit: 2 } }, await hsToken(viewers.admin))).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('should answer 413 to a request body over the cap, declared or streamed', async () => {
    const token = await hsToken(viewers.admin);
    const big = JSON.stringify({ name: 'recentAttempts', params: { userIds: Array.from({ length: 9_000 }, (_, i) => `user-${i}`) } });
    expect(big.length).toBeGreaterThan(64 * 1024);
    const declared = await post(`${server.url}/query`, big, token);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as Json).error.code).toBe('REQUEST_TOO_LARGE');
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const streamed = await fetch(`${server.url}/query`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('should answer 404 to unknown routes and 405 to the wrong method', async () => {
    const token = await hsToken(viewers.admin);
    const missing = await post(`${server.url}/nothing`, {}, token);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Json).error.code).toBe('NOT_FOUND');
    expect((await fetch(`${server.url.replace(/\/learnlens$/, '')}/elsewhere`)).status).toBe(404);
    const wrong = await fetch(`${server.url}/query`, { headers: { Authorization: `Bearer ${token}` } });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('should list the served queries on GET /catalog', async () => {
    const response = await fetch(`${server.url}/catalog`, { headers: { Authorization: `Bearer ${await hsToken(viewers.learner)}` } });
    const body = (await response.json()) as Json;
    expect(body.queries).toContain('leaderboard');
    expect(body.queries).not.toContain('exportRows');
    expect(body.exports).toEqual(['csv', 'parquet']);
  });

  it('should send no CORS headers by default', async () => {
    const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, await hsToken(viewers.admin), { Origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/query`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(preflight.status).toBe(403);
  });
});

describe('limits and failures', () => {
  it('should answer 422 rather than a truncated body when the response is over the cap', async () => {
    const server = await startTestServer({ maxResponseBytes: 4096 });
    try {
      const response = await post(`${server.url}/query`, { name: 'recentAttempts', params: { now: NOW, limit: 200 } }, await hsToken(viewers.admin));
      expect(response.status).toBe(422);
      const body = (await response.json()) as Json;
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error.code).toBe('RESPONSE_TOO_LARGE');
    } finally {
      await server.close();
    }
  });

  it('should answer 503 with Retry-After to a transient adapter failure', async () => {
    const server = await startTestServer({ adapter: mockAdapter({ failureRate: 1 }), retryAfterSeconds: 7 });
    try {
      const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, await hsToken(viewers.admin));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(((await response.json()) as Json).error).toMatchObject({ code: 'ADAPTER', transient: true });
    } finally {
      await server.close();
    }
  });

  it("should answer 502 to a backend failure without the backend's own message, which goes to onError", async () => {
    const onError = vi.fn();
    const adapter = delegate(mockAdapter(), {
      run: async () => {
        throw new Error('connect ECONNREFUSED postgres://analytics:hunter2@10.0.0.5:5432');
      },
    });
    const server = await startTestServer({ adapter, onError });
    try {
      const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, await hsToken(viewers.admin));
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).not.toMatch(/hunter2|10\.0\.0\.5/);
      expect(JSON.parse(text).error).toMatchObject({ code: 'ADAPTER', transient: false });
      expect(onError).toHaveBeenCalledOnce();
      expect(String(onError.mock.calls[0]![0])).toMatch(/hunter2/);
    } finally {
      await server.close();
    }
  });

  it('should answer 502 when the adapter returns a malformed result', async () => {
    const inner = mockAdapter();
    const adapter = delegate(inner, { run: async (r, s) => ({ ...(await inner.run(r, s)), result: { activeUsers: 'many' } }) });
    const server = await startTestServer({ adapter });
    try {
      const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, await hsToken(viewers.admin));
      expect(response.status).toBe(502);
      expect(((await response.json()) as Json).error.code).toBe('INVALID_RESULT');
    } finally {
      await server.close();
    }
  });

  it('should answer 500 with no stack to anything unexpected', async () => {
    const adapter = delegate(mockAdapter(), {
      run: () => {
        throw new RangeError('internal detail');
      },
    });
    Object.defineProperty(adapter, 'supportedQueries', {
      get() {
        throw new RangeError('internal detail');
      },
    });
    const server = await startTestServer({ adapter });
    try {
      const response = await fetch(`${server.url}/catalog`, { headers: { Authorization: `Bearer ${await hsToken(viewers.admin)}` } });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: { name: 'InternalError', code: 'INTERNAL', message: 'Internal server error' } });
    } finally {
      await server.close();
    }
  });
  it('should abort the backend query when the client goes away', async () => {
    const inner = mockAdapter();
    let seen: AbortSignal | undefined;
    const adapter = delegate(inner, {
      run: (_request, signal) => {
        seen = signal;
        return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
      },
    });
    const server = await startTestServer({ adapter });
    try {
      expect(server.host).toBe('127.0.0.1');
      const controller = new AbortController();
      const pending = fetch(`${server.url}/query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await hsToken(viewers.admin)}` },
        body: JSON.stringify({ name: 'orgOverview', params: { now: NOW } }),
        signal: controller.signal,
      }).catch(() => 'aborted');
      await vi.waitFor(() => expect(seen).toBeDefined());
      controller.abort();
      expect(await pending).toBe('aborted');
      await vi.waitFor(() => expect(seen!.aborted).toBe(true));
    } finally {
      await server.close();
    }
  });
});

describe('mounting', () => {
  it('should allow listed origins, with the export headers exposed', async () => {
    const server = await startTestServer({ allowedOrigins: ['https://app.example'] });
    try {
      const preflight = await fetch(`${server.url}/export`, { method: 'OPTIONS', headers: { Origin: 'https://app.example' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      const response = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, await hsToken(viewers.admin), { Origin: 'https://app.example' });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(response.headers.get('access-control-expose-headers')).toMatch(/Learnlens-Audit/);
    } finally {
      await server.close();
    }
  });

  it('should call next outside its base path and honour an Express-style originalUrl', async () => {
    const handler = createLearnlensHandler({
      adapter: mockAdapter(),
      auth: { secret: SECRET, audience: AUDIENCE },
      privacy: { pseudonymSalt: SALT },
      basePath: '/api/analytics/',
    });
    const next = vi.fn();
    const http = createServer((req, res) => {
      // What Express does for app.use('/api/analytics', handler).
      const mounted = req as IncomingMessage & { originalUrl?: string };
      if (req.url?.startsWith('/api/analytics')) {
        mounted.originalUrl = req.url;
        req.url = req.url.slice('/api/analytics'.length);
      }
      handler(req, res, () => {
        next();
        res.writeHead(418).end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const ok = await post(`${base}/api/analytics/query?x=1`, { name: 'orgOverview', params: { now: NOW } }, await hsToken(viewers.admin));
      expect(ok.status).toBe(200);
      expect((await fetch(`${base}/health`)).status).toBe(418);
      expect(next).toHaveBeenCalledOnce();
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
