import { describe, expect, it } from 'vitest';
import { catalog, queryNames } from './catalog/index.js';
import { createClient } from './client.js';
import { AdapterError, ScopeError, ValidationError } from './errors.js';
import { learnlensQueryOptions } from './learnlensQueryOptions.js';
import { learnlensQueryKey, retryDelay, shouldRetry } from './queryOptions.js';
import { createFakeAdapter } from './test-fixtures/fakeAdapter.js';

describe('query options', () => {
  it('should key every query by org, role and user so viewers never share a cache entry', () => {
    const params = { period: 'month' as const };
    const keys = [
      learnlensQueryKey({ userId: 'a1', role: 'admin', orgId: 'A' }, 'leaderboard', params),
      learnlensQueryKey({ userId: 'a1', role: 'admin', orgId: 'B' }, 'leaderboard', params),
      learnlensQueryKey({ userId: 'a1', role: 'manager', orgId: 'A' }, 'leaderboard', params),
      learnlensQueryKey({ userId: 'l1', role: 'admin', orgId: 'A' }, 'leaderboard', params),
    ].map((k) => JSON.stringify(k));
    expect(new Set(keys).size).toBe(4);
    expect(learnlensQueryKey({ userId: 'a1', role: 'admin', orgId: 'A' }, 'leaderboard', params).slice(0, 4)).toEqual(['learnlens', 'A', 'admin', 'a1']);
  });

  it('should use the seed cache lifetimes: overview 5 min, leaderboard 15 min, insights 1 h', () => {
    const client = createClient({ adapter: createFakeAdapter().adapter });
    const viewer = { userId: 'a1', role: 'admin', orgId: 'A' } as const;
    expect(learnlensQueryOptions(client, viewer, 'orgOverview', {}).staleTime).toBe(5 * 60_000);
    expect(learnlensQueryOptions(client, viewer, 'leaderboard', {}).staleTime).toBe(15 * 60_000);
    expect(learnlensQueryOptions(client, viewer, 'activityInsights', {}).staleTime).toBe(60 * 60_000);
  });

  it('should give every catalog entry its own name and schemas (its doc line is in queryDocs: queryDocs.test.ts)', () => {
    for (const name of queryNames) {
      const entry = catalog[name];
      expect(entry.name).toBe(name);
      expect(entry.params).toBeDefined();
      expect(entry.result).toBeDefined();
    }
  });

  it('should retry transient adapter errors only, with growing delays', () => {
    expect(shouldRetry(0, new AdapterError('x', 'timeout', { transient: true }))).toBe(true);
    expect(shouldRetry(3, new AdapterError('x', 'timeout', { transient: true }))).toBe(false);
    expect(shouldRetry(0, new AdapterError('x', 'syntax error', { transient: false }))).toBe(false);
    expect(shouldRetry(0, new ScopeError('no'))).toBe(false);
    expect(shouldRetry(0, new ValidationError('INVALID_PARAMS', 'bad', []))).toBe(false);
    expect(retryDelay(1)).toBeGreaterThan(retryDelay(0));
    expect(retryDelay(20)).toBe(10_000);
  });

  it('should pass the query signal through to the adapter', async () => {
    const fake = createFakeAdapter({ answers: { scoreTrend: () => ({ bucket: 'week', points: [] }) } });
    const client = createClient({ adapter: fake.adapter });
    const options = learnlensQueryOptions(client, { userId: 'a1', role: 'admin', orgId: 'A' }, 'scoreTrend', {});
    const controller = new AbortController();
    controller.abort(new Error('param change'));
    await expect(options.queryFn({ signal: controller.signal })).rejects.toThrow('param change');
    await expect(options.queryFn({})).resolves.toEqual({ bucket: 'week', points: [] });
  });
});
