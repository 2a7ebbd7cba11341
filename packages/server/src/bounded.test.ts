import type { BackendAdapter } from '@learnlens/data-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from './rateLimit.js';
import type { LearnlensServer } from './standalone.js';
import { dataset, hsToken, mockAdapter, NOW, post, startTestServer, viewers } from './test-fixtures/harness.js';
import { PATHOLOGICAL_FROM } from './test-fixtures/workerAdapter.js';

type Json = Record<string, any>;
const workerModule = new URL('./test-fixtures/workerAdapter.ts', import.meta.url);
const overview = { name: 'orgOverview', params: { now: NOW } };
const pathological = { name: 'orgOverview', params: { now: NOW, from: PATHOLOGICAL_FROM } };

describe('request deadlines', () => {
  it('should cancel a request past its deadline with a typed 504, even when the backend ignores the signal', async () => {
    const inner = mockAdapter();
    let seen: AbortSignal | undefined;
    const adapter: BackendAdapter = {
      ...inner,
      writeAudit: (e, s) => inner.writeAudit(e, s),
      run: (_request, signal) => {
        seen = signal;
        return new Promise(() => undefined);
      },
    };
    const server = await startTestServer({ adapter, deadlineMs: 300 });
    try {
      const response = await post(`${server.url}/query`, overview, await hsToken(viewers.admin));
      expect(response.status).toBe(504);
      expect(((await response.json()) as Json).error).toEqual({
        name: 'DeadlineExceededError',
        code: 'DEADLINE_EXCEEDED',
        deadlineMs: 300,
        message: expect.stringMatching(/300 ms deadline/),
      });
      // The backend was told to stop, with the same typed reason.
      expect(seen?.aborted).toBe(true);
      expect(seen?.reason).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    } finally {
      await server.close();
    }
  });

  it('should refuse a deadline that is not a positive number of milliseconds', async () => {
    await expect(startTestServer({ deadlineMs: 0 })).rejects.toThrow(/deadlineMs/);
  });
});

describe('per-viewer rate limit', () => {
  let server: LearnlensServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimit: { requests: 3, perSeconds: 60 } });
  });
  afterAll(() => server.close());

  it('should answer 429 with Retry-After past the limit, to that viewer only', async () => {
    const token = await hsToken(viewers.admin);
    for (let i = 0; i < 3; i++) expect((await post(`${server.url}/query`, overview, token)).status).toBe(200);
    const refused = await post(`${server.url}/query`, overview, token);
    expect(refused.status).toBe(429);
    // One request refills in 20 s.
    expect(Number(refused.headers.get('retry-after'))).toBe(20);
    expect(((await refused.json()) as Json).error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 20 });
    expect((await post(`${server.url}/query`, overview, await hsToken(viewers.otherAdmin))).status).toBe(200);
  });

  it('should refill over time', () => {
    let t = 0;
    const limit = createRateLimiter({ requests: 2, perSeconds: 10 }, () => t);
    limit('a');
    limit('a');
    expect(() => limit('a')).toThrow(expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: 5 }));
    t = 4_000;
    expect(() => limit('a')).toThrow(expect.objectContaining({ retryAfterSeconds: 1 }));
    t = 5_000;
    expect(() => limit('a')).not.toThrow();
    expect(() => limit('b')).not.toThrow();
  });
});

describe('a pool of worker threads', () => {
  let server: LearnlensServer;
  beforeAll(async () => {
    server = await startTestServer({
      workers: { module: workerModule, options: { seed: 7 }, size: 2 },
      deadlineMs: 2_000,
      rateLimit: false,
    });
  }, 120_000);
  afterAll(() => server?.close());

  it('should answer as the in-process engine does, typed errors included', async () => {
    const local = await startTestServer();
    try {
      const token = await hsToken(viewers.manager);
      for (const body of [overview, { name: 'leaderboard', params: { now: NOW, period: 'month' } }]) {
        const [a, b] = await Promise.all([post(`${server.url}/query`, body, token), post(`${local.url}/query`, body, token)]);
        expect(a.status).toBe(200);
        expect(await a.json()).toEqual(await b.json());
      }
      const stranger = dataset.users.find((u) => u.org_id === viewers.otherAdmin.orgId && u.role === 'learner')!;
      const scope = await post(`${server.url}/query`, { name: 'recentAttempts', params: { now: NOW, userIds: [stranger.user_id] } }, token);
      expect(scope.status).toBe(403);
      expect(((await scope.json()) as Json).error.code).toBe('SCOPE');
      const invalid = await post(`${server.url}/query`, { name: 'orgOverview', params: { now: 'yesterday' } }, token);
      expect(invalid.status).toBe(400);
      expect(((await invalid.json()) as Json).error).toMatchObject({ code: 'INVALID_PARAMS', issues: [expect.objectContaining({ path: 'now' })] });
      const catalog = await fetch(`${server.url}/catalog`, { headers: { Authorization: `Bearer ${token}` } });
      expect(((await catalog.json()) as Json).queries).toContain('leaderboard');
    } finally {
      await local.close();
    }
  });

  it('should stream an export from a worker, the same file as on the request thread', async () => {
    const local = await startTestServer();
    try {
      const token = await hsToken(viewers.admin);
      for (const format of ['csv', 'parquet']) {
        const [a, b] = await Promise.all([post(`${server.url}/export`, { format, params: { now: NOW } }, token), post(`${local.url}/export`, { format, params: { now: NOW } }, token)]);
        expect(a.status).toBe(200);
        // Streamed: no length up front, chunked as pages are encoded.
        expect(a.headers.get('content-length')).toBeNull();
        expect(a.headers.get('transfer-encoding')).toBe('chunked');
        const audit = JSON.parse(decodeURIComponent(a.headers.get('learnlens-audit')!));
        expect(audit).toMatchObject({ format, row_count: expect.any(Number) });
        const [fileA, fileB] = [new Uint8Array(await a.arrayBuffer()), new Uint8Array(await b.arrayBuffer())];
        expect(fileA.byteLength).toBeGreaterThan(100);
        expect(Buffer.from(fileA).equals(Buffer.from(fileB))).toBe(true);
        if (format === 'csv') expect(new TextDecoder().decode(fileA).trimEnd().split('\r\n')).toHaveLength(audit.row_count + 1);
      }
    } finally {
      await local.close();
    }
  });

  it('should answer other viewers while a pathological request runs, then cancel it at its deadline', async () => {
    const slow = post(`${server.url}/query`, pathological, await hsToken(viewers.admin)).then(async (r) => ({ status: r.status, body: (await r.json()) as Json, at: Date.now() }));
    const token = await hsToken(viewers.otherAdmin);
    const answered: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await post(`${server.url}/query`, overview, token);
      expect(response.status).toBe(200);
      answered.push(Date.now());
    }
    const result = await slow;
    // Every other answer came while the pathological one still held its worker.
    expect(Math.max(...answered)).toBeLessThan(result.at);
    expect(result.status).toBe(504);
    expect(result.body.error.code).toBe('DEADLINE_EXCEEDED');
    // Its worker was replaced: both workers answer again.
    await vi.waitFor(async () => {
      const both = await Promise.all([post(`${server.url}/query`, overview, token), post(`${server.url}/query`, overview, token)]);
      expect(both.map((r) => r.status)).toEqual([200, 200]);
    }, { timeout: 30_000, interval: 200 });
  });

  it('should refuse to start when the workers cannot build the adapter', async () => {
    await expect(
      startTestServer({ workers: { module: workerModule, exportName: 'createBrokenAdapter', size: 1 } }),
    ).rejects.toThrow(/no such database/);
  });

  it('should refuse both an adapter and workers', async () => {
    await expect(startTestServer({ adapter: mockAdapter(), workers: { module: workerModule, size: 1 } })).rejects.toThrow(/exactly one of adapter and workers/);
  });
});
