import {
  AdapterError,
  AuditWriteError,
  createClient,
  ExportLimitError,
  isTransientError,
  ResultValidationError,
  ScopeError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  type Viewer,
} from '@learnlens/data-client';
import { describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from './createHttpAdapter.js';
import { AuthenticationError } from './errors.js';

const viewer: Viewer = { userId: 'u-1', role: 'manager', orgId: 'org-1' };
const NOW = '2026-10-29T12:00:00.000Z';

type FakeFetch = (url: string, init: RequestInit) => Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function clientWith(fetch: FakeFetch, getToken: (v: Viewer) => string | Promise<string> = () => 'token-1') {
  const adapter = createHttpAdapter({ baseUrl: 'https://api.example/learnlens/', getToken, fetch: fetch as typeof globalThis.fetch });
  return { adapter, client: createClient({ adapter, privacy: { showPeerNames: true } }) };
}

async function errorFor(response: Response | (() => Promise<Response>), name: 'orgOverview' | 'recentAttempts' = 'orgOverview'): Promise<unknown> {
  const { client } = clientWith(async () => (typeof response === 'function' ? response() : response));
  return client.query(name, { now: NOW }, { viewer }).then(
    () => {
      throw new Error('expected the query to fail');
    },
    (error: unknown) => error,
  );
}

const overview = { activeUsers: 3, totalAttempts: 10, avgScore: 70, lastActivityAt: '2026-10-28T10:00:00.000Z', attemptsLast7Days: 2, attemptsLast30Days: 9 };

describe('createHttpAdapter requests', () => {
  it('should POST the query with a bearer token from getToken, passing the AbortSignal to fetch', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const getToken = vi.fn(async () => 'signed.jwt.token');
    const { adapter } = clientWith(async (url, init) => {
      calls.push({ url, init });
      return json(200, { result: overview, viewer });
    }, getToken);
    const controller = new AbortController();
    const params = { now: NOW, timezone: 'UTC' };
    const answer = await adapter.run({ name: 'orgOverview', params, viewer } as never, controller.signal);
    expect(answer.result).toEqual(overview);
    expect(getToken).toHaveBeenCalledWith(viewer);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://api.example/learnlens/query');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.signal).toBe(controller.signal);
    expect(new Headers(calls[0]!.init.headers).get('authorization')).toBe('Bearer signed.jwt.token');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ name: 'orgOverview', params });
  });

  it('should answer under the viewer the server served, with no peer or team ids, leaving the real scope to the server', async () => {
    const { adapter } = clientWith(async () => json(200, { result: overview, viewer }));
    const answer = await adapter.run({ name: 'orgOverview', params: { now: NOW, timezone: 'UTC' }, viewer } as never);
    expect(answer.scope).toEqual({ orgId: 'org-1', viewer, teamIds: null, userIds: null, peerUserIds: null });
  });

  it('should reject with the signal\'s reason when the request is aborted', async () => {
    const { client } = clientWith(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const controller = new AbortController();
    const pending = client.query('orgOverview', { now: NOW }, { viewer, signal: controller.signal });
    const reason = new Error('the user navigated away');
    setTimeout(() => controller.abort(reason), 5);
    await expect(pending).rejects.toBe(reason);
  });

  it('should refuse to send without a token', async () => {
    const fetch = vi.fn();
    const { client } = clientWith(fetch, () => '');
    await expect(client.query('orgOverview', { now: NOW }, { viewer })).rejects.toBeInstanceOf(AuthenticationError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should refuse writeAudit, since only the server may audit an export', async () => {
    const { adapter } = clientWith(async () => json(500, {}));
    await expect(adapter.writeAudit({} as never)).rejects.toThrow(/audited by the server/);
  });
});

describe('createHttpAdapter error mapping', () => {
  it('should map 401 to a non-transient AuthenticationError that says why', async () => {
    const expired = await errorFor(json(401, { error: { name: 'AuthenticationError', code: 'UNAUTHENTICATED', reason: 'expired', message: 'x' } }));
    expect(expired).toBeInstanceOf(AuthenticationError);
    expect(expired).toBeInstanceOf(AdapterError);
    expect(expired).toMatchObject({ reason: 'expired', code: 'ADAPTER', transient: false });
    expect((expired as Error).message).toMatch(/expired/);
    expect(isTransientError(expired)).toBe(false);
    const missing = await errorFor(json(401, { error: { code: 'UNAUTHENTICATED', reason: 'missing' } }));
    expect((missing as Error).message).toMatch(/Not signed in/);
    expect(await errorFor(new Response('Unauthorized', { status: 401 }))).toMatchObject({ name: 'AuthenticationError', reason: 'invalid' });
  });

  it('should map 403 to a ScopeError with the server\'s message', async () => {
    const error = await errorFor(json(403, { error: { name: 'ScopeError', code: 'SCOPE', message: 'A learner may only read their own data' } }));
    expect(error).toBeInstanceOf(ScopeError);
    expect((error as Error).message).toBe('A learner may only read their own data');
  });

  it('should map 400 to ValidationError with its issues, UnknownQueryError and UnsupportedQueryError', async () => {
    const issues = [{ path: 'bucket', message: 'Invalid option' }];
    const invalid = await errorFor(json(400, { error: { name: 'ValidationError', code: 'INVALID_PARAMS', message: 'Invalid parameters', issues } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid).toMatchObject({ code: 'INVALID_PARAMS', issues });
    expect(await errorFor(json(400, { error: { code: 'UNKNOWN_QUERY', message: 'Unknown query "x"' } }))).toBeInstanceOf(UnknownQueryError);
    const unsupported = await errorFor(json(400, { error: { code: 'UNSUPPORTED_QUERY', message: 'served only by POST /learnlens/export' } }));
    expect(unsupported).toBeInstanceOf(UnsupportedQueryError);
    expect((unsupported as Error).message).toBe('served only by POST /learnlens/export');
  });

  it('should map 503 and network failures to transient AdapterErrors, and other failures to non-transient ones', async () => {
    const unavailable = await errorFor(json(503, { error: { code: 'ADAPTER', adapter: 'postgres', transient: true, message: 'retry shortly' } }, { 'Retry-After': '5' }));
    expect(unavailable).toBeInstanceOf(AdapterError);
    expect(isTransientError(unavailable)).toBe(true);
    expect(isTransientError(await errorFor(new Response('<html>Bad gateway</html>', { status: 504 })))).toBe(true);
    const network = await errorFor(() => Promise.reject(new TypeError('fetch failed')));
    expect(network).toBeInstanceOf(AdapterError);
    expect(isTransientError(network)).toBe(true);
    const backend = await errorFor(json(502, { error: { code: 'ADAPTER', adapter: 'postgres', transient: false, message: 'failed' } }));
    expect(isTransientError(backend)).toBe(false);
    const internal = await errorFor(json(500, { error: { code: 'INTERNAL', message: 'Internal server error' } }));
    expect(internal).toBeInstanceOf(AdapterError);
    expect(isTransientError(internal)).toBe(false);
    expect(isTransientError(await errorFor(json(404, { error: { code: 'NOT_FOUND', message: 'No route' } })))).toBe(false);
  });

  it('should map 502 INVALID_RESULT, 422 EXPORT_LIMIT and AUDIT_WRITE to their own classes', async () => {
    const invalid = await errorFor(json(502, { error: { code: 'INVALID_RESULT', query: 'orgOverview', adapter: 'postgres', issues: [{ path: 'avgScore', message: 'bad' }], message: 'malformed' } }));
    expect(invalid).toBeInstanceOf(ResultValidationError);
    const limit = await errorFor(json(422, { error: { name: 'ExportLimitError', code: 'EXPORT_LIMIT', format: 'csv', rowCount: 12_000, limit: 10_000, message: 'x' } }));
    expect(limit).toBeInstanceOf(ExportLimitError);
    expect(limit).toMatchObject({ rowCount: 12_000, limit: 10_000, format: 'csv' });
    expect(await errorFor(json(503, { error: { code: 'AUDIT_WRITE', message: 'not written' } }))).toBeInstanceOf(AuditWriteError);
  });

  it("should leave a malformed body to the client's result validation", async () => {
    expect(await errorFor(new Response('<html>surprise</html>', { status: 200 }))).toBeInstanceOf(ResultValidationError);
    expect(await errorFor(json(200, { result: { activeUsers: 'many' }, viewer }))).toBeInstanceOf(ResultValidationError);
  });

  it('should refuse an answer the server gave for another viewer than the page asked for', async () => {
    const error = await errorFor(json(200, { result: overview, viewer: { ...viewer, userId: 'someone-else' } }));
    expect(error).toBeInstanceOf(ScopeError);
    expect((error as Error).message).toMatch(/someone-else/);
  });
});
