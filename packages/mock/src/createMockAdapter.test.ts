import {
  AdapterError,
  AuditWriteError,
  createClient,
  queryNames,
  ResultValidationError,
  ScopeError,
  type QueryName,
} from '@learnlens/data-client';
import { describe, expect, it, vi } from 'vitest';
import { createMockAdapter } from './createMockAdapter.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from './test-fixtures/tinyDataset.js';

const now = TINY_NOW;

function setup(options: Omit<Parameters<typeof createMockAdapter>[0], 'dataset'> = {}) {
  const adapter = createMockAdapter({ dataset: tinyDataset(), ...options });
  const run = vi.spyOn(adapter, 'run');
  return { adapter, run, client: createClient({ adapter }) };
}

describe('createMockAdapter', () => {
  it('should declare itself as "mock" answering every catalog query', () => {
    const { adapter } = setup();
    expect(adapter.name).toBe('mock');
    expect([...adapter.supportedQueries].sort()).toEqual([...queryNames].sort());
    expect(adapter.dataset.orgs).toHaveLength(2);
  });

  describe('scope', () => {
    const refused: [string, QueryName, Record<string, unknown>, (typeof v)[keyof typeof v]][] = [
      ['a learner asking for another learner', 'recentAttempts', { userIds: ['ben'] }, v.learnerAna],
      ['a learner asking for a teammate’s insights', 'activityInsights', { userIds: ['ana', 'cai'] }, v.learnerAna],
      ['a manager asking for a learner of another team', 'orgOverview', { userIds: ['dev'] }, v.managerA1],
      ['a manager filtering by another team', 'leaderboard', { teamId: 'team-a2' }, v.managerA1],
      ['an admin naming another org', 'orgOverview', { orgId: 'org-b' }, v.adminA],
      ['an admin naming learners of another org', 'exportRows', { userIds: ['fay'] }, v.adminA],
      ['a learner naming another org', 'scoreTrend', { orgId: 'org-b' }, v.learnerAna],
      ['an admin filtering by another org’s team', 'activityHeatmap', { teamId: 'team-b1' }, v.adminA],
    ];

    it.each(refused)('should refuse %s with a ScopeError, the adapter answering nothing', async (_, name, params, viewer) => {
      const { client, run } = setup();
      const error = await client.query(name, { now, ...params } as never, { viewer }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScopeError);
      for (const call of run.mock.results) await expect(call.value).rejects.toBeInstanceOf(ScopeError);
    });

    it('should refuse a viewer who claims a role they do not have', async () => {
      const { client, run } = setup();
      const viewer = { userId: 'ana', role: 'admin', orgId: 'org-a' } as const;
      await expect(client.query('orgOverview', { now }, { viewer })).rejects.toBeInstanceOf(ScopeError);
      const outsider = { userId: 'fay', role: 'learner', orgId: 'org-a' } as const;
      await expect(client.query('orgOverview', { now }, { viewer: outsider })).rejects.toBeInstanceOf(ScopeError);
      for (const call of run.mock.results) await expect(call.value).rejects.toBeInstanceOf(ScopeError);
    });

    it('should resolve scope itself, so a scope smuggled into run reads no more than the viewer may see', async () => {
      const { adapter } = setup();
      const forged = { orgId: 'org-a', viewer: v.learnerAna, teamIds: null, userIds: null, peerUserIds: null };
      const params = { timezone: 'UTC', now, offset: 0, limit: 20, sort: '-startedAt' } as const;
      const request = { name: 'recentAttempts', params, viewer: v.learnerAna, scope: forged } as never;
      const answer = await adapter.run(request);
      expect((answer.result as { total: number }).total).toBe(5);
      expect(answer.scope).toMatchObject({ userIds: ['ana'], teamIds: ['team-a1'] });
      await expect(
        adapter.run({ name: 'recentAttempts', params: { ...params, orgId: 'org-b' }, viewer: v.learnerAna }),
      ).rejects.toBeInstanceOf(ScopeError);
      await expect(
        adapter.run({ name: 'recentAttempts', params: { ...params, userIds: ['fay'] }, viewer: v.learnerAna }),
      ).rejects.toBeInstanceOf(ScopeError);
    });
  });

  describe('faults', () => {
    it('should fail every query with a transient AdapterError at failureRate 1', async () => {
      const { client } = setup({ failureRate: 1 });
      const error = await client.query('orgOverview', { now }, { viewer: v.adminA }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AdapterError);
      expect((error as AdapterError).transient).toBe(true);
      expect((error as AdapterError).message).toMatch(/simulated failure/i);
    });

    it('should answer malformed results that the client rejects at malformedRate 1', async () => {
      const { client } = setup({ malformedRate: 1 });
      await expect(client.query('leaderboard', { now }, { viewer: v.adminA })).rejects.toBeInstanceOf(ResultValidationError);
      // Even a result without a single number (an empty heatmap) comes back broken.
      await expect(
        client.query('activityHeatmap', { now, from: '2020-01-01', to: '2020-02-01' }, { viewer: v.adminA }),
      ).rejects.toBeInstanceOf(ResultValidationError);
    });

    it('should wait latencyMs and reject promptly with the abort reason when aborted during the wait', async () => {
      const slow = setup({ latencyMs: 30 });
      const started = performance.now();
      await slow.client.query('orgOverview', { now }, { viewer: v.adminA });
      expect(performance.now() - started).toBeGreaterThanOrEqual(25);

      const { client } = setup({ latencyMs: 60_000 });
      const controller = new AbortController();
      const reason = new Error('user navigated away');
      const pending = client.query('orgOverview', { now }, { viewer: v.adminA, signal: controller.signal });
      const abortedAt = performance.now();
      setTimeout(() => controller.abort(reason), 10);
      await expect(pending).rejects.toBe(reason);
      expect(performance.now() - abortedAt).toBeLessThan(1_000);
    });

    it('should draw faults from the seed, so the same seed replays the same outcomes', async () => {
      const outcomes = async (seed: number) => {
        const { client } = setup({ failureRate: 0.5, seed });
        const results: boolean[] = [];
        for (let i = 0; i < 16; i++) {
          results.push(await client.query('orgOverview', { now }, { viewer: v.adminA }).then(() => true, () => false));
        }
        return results;
      };
      const first = await outcomes(7);
      expect(await outcomes(7)).toEqual(first);
      expect(first).toContain(true);
      expect(first).toContain(false);
    });

    it('should change faults at run time and refuse invalid ones', async () => {
      const { adapter, client } = setup();
      adapter.setFaults({ failureRate: 1 });
      expect(adapter.faults).toEqual({ latencyMs: 0, failureRate: 1, malformedRate: 0, failAuditWrites: false });
      await expect(client.query('orgOverview', { now }, { viewer: v.adminA })).rejects.toBeInstanceOf(AdapterError);
      adapter.setFaults({ failureRate: 0 });
      await expect(client.query('orgOverview', { now }, { viewer: v.adminA })).resolves.toMatchObject({ totalAttempts: 17 });
      expect(() => adapter.setFaults({ malformedRate: 2 })).toThrow(RangeError);
      expect(() => adapter.setFaults({ latencyMs: -1 })).toThrow(RangeError);
      expect(() => createMockAdapter({ dataset: adapter.dataset, failureRate: Number.NaN })).toThrow(RangeError);
    });
  });

  describe('audit', () => {
    it('should refuse an export whose audit entry cannot be written, returning nothing', async () => {
      const { adapter, client } = setup({ failAuditWrites: true });
      const progress = vi.fn();
      const error = await client
        .export({ format: 'csv', params: { now }, viewer: v.adminA, onProgress: progress })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuditWriteError);
      expect(adapter.auditLog).toEqual([]);
      expect(progress.mock.calls.map(([p]) => p.phase)).not.toContain('encoding');
    });

    it('should record every export: format, org, row count and viewer', async () => {
      const { adapter, client } = setup();
      const csv = await client.export({ format: 'csv', params: { now }, viewer: v.adminA });
      await client.export({ format: 'parquet', params: { now, teamId: 'team-b1' }, viewer: v.adminB });
      expect(csv.rowCount).toBe(20);
      expect(adapter.auditLog).toHaveLength(2);
      expect(adapter.auditLog[0]).toMatchObject({
        action: 'export',
        format: 'csv',
        org_id: 'org-a',
        row_count: 20,
        user_id: 'admin-a',
        role: 'admin',
        query: 'exportRows',
      });
      expect(adapter.auditLog[0]).toEqual(csv.audit);
      expect(adapter.auditLog[1]).toMatchObject({ format: 'parquet', org_id: 'org-b', row_count: 3, user_id: 'admin-b' });
    });

    it('should refuse an audit entry that does not match the audit schema', async () => {
      const { adapter } = setup();
      await expect(adapter.writeAudit({ action: 'export' } as never)).rejects.toThrow();
      expect(adapter.auditLog).toEqual([]);
    });
  });
});
