import { createClient } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const client = createClient({ adapter: createMockAdapter({ dataset: tinyDataset() }) });
const now = TINY_NOW;

describe('exportRows', () => {
  it('should give seed 000’s columns and the canonical attempt columns per row', async () => {
    const result = await client.query(
      'exportRows',
      { now, from: '2026-03-18', to: '2026-03-19', timezone: 'Europe/Berlin' },
      { viewer: v.adminA },
    );
    expect(result.total).toBe(3);
    expect(result.rows.map((r) => r.attempt_id)).toEqual(['a20', 'a14', 'a15']);
    expect(result.rows[1]).toEqual({
      attempt_id: 'a14',
      user_id: 'ana',
      org_ids: 'org-a',
      plan: 'booster',
      submitted_at: '2026-03-18T12:05:00.000Z',
      goal_band: 7.5,
      average_band: 7, // only task 1 has a band
      task1_band: 7,
      task2_band: null,
      org_id: 'org-a',
      team_id: 'team-a1',
      display_name: 'Ana Alvarez',
      activity_id: 'act-a2',
      activity_name: 'Objection handling',
      score: 90,
      duration_seconds: 300,
      talk_ms: 50_000,
      listen_ms: 50_000,
      started_at: '2026-03-18T12:00:00.000Z',
      ended_at: '2026-03-18T12:05:00.000Z',
    });
  });

  it('should give plain objects, as a literal would (the rows are built by a constructor, see exportRows.ts)', async () => {
    const { rows } = await client.query('exportRows', { now }, { viewer: v.adminA });
    const literal = { ...rows[0]! };
    for (const row of rows) {
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect(row.constructor).toBe(Object);
      expect(Object.keys(row)).toEqual(Object.keys(literal));
      expect(JSON.stringify(row)).toBe(JSON.stringify({ ...row }));
    }
    expect(rows[0]).toStrictEqual(literal);
  });

  it('should order by started_at then attempt_id and page with a total', async () => {
    const all = await client.query('exportRows', { now }, { viewer: v.adminA });
    expect(all.total).toBe(20);
    expect(all.rows.map((r) => r.attempt_id)).toEqual([
      'a01', 'a02', 'a18', 'a03', 'a19', 'a04', 'a05', 'a06', 'a07', 'a08',
      'a09', 'a10', 'a11', 'a12', 'a13', 'a20', 'a14', 'a15', 'a16', 'a17',
    ]);
    const page = await client.query('exportRows', { now, offset: 17, limit: 2 }, { viewer: v.adminA });
    expect(page.total).toBe(20);
    expect(page.rows.map((r) => r.attempt_id)).toEqual(['a15', 'a16']);
  });

  it('should average the task bands present, and fall back to started_at when not submitted', async () => {
    const all = await client.query('exportRows', { now }, { viewer: v.adminA });
    const a01 = all.rows.find((r) => r.attempt_id === 'a01')!;
    expect(a01).toMatchObject({ average_band: 6.25, goal_band: 7, talk_ms: 20_000, listen_ms: 80_000 });
    const a16 = all.rows.find((r) => r.attempt_id === 'a16')!;
    expect(a16).toMatchObject({ submitted_at: '2026-03-19T17:00:00.000Z', ended_at: null, average_band: null });

    const orgB = await client.query('exportRows', { now }, { viewer: v.adminB });
    expect(orgB.rows.map((r) => [r.attempt_id, r.org_ids, r.plan, r.average_band, r.submitted_at])).toEqual([
      ['b01', 'org-b', 'starter', 5.75, '2026-03-16T10:30:00.000Z'],
      ['b02', 'org-b', 'booster', 7, '2026-03-17T10:25:00.000Z'],
      ['b03', 'org-b', 'starter', null, '2026-03-18T10:00:00.000Z'],
    ]);
  });

  it('should export only a manager’s team', async () => {
    const result = await client.query('exportRows', { now }, { viewer: v.managerA1 });
    // ana: a01 a05 a11 a14 a18; ben: a02 a06 a12 a13 a20; cai: a07 a10.
    expect(result.total).toBe(12);
    expect(new Set(result.rows.map((r) => r.user_id))).toEqual(new Set(['ana', 'ben', 'cai']));
  });

  it('should page by keyset exactly as by offset, ties on started_at broken by attempt_id', async () => {
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 3, learnersPerOrg: 30, days: 20 });
    const big = createClient({ adapter: createMockAdapter({ dataset }) });
    const org = dataset.orgs[0]!.org_id;
    const admin = { userId: dataset.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org } as const;
    const manager = { userId: dataset.teams.find((t) => t.org_id === org)!.manager_id, role: 'manager', orgId: org } as const;
    for (const viewer of [admin, manager]) {
      const all = await big.query('exportRows', { now, limit: 100_000 }, { viewer });
      const keyed: string[] = [];
      let cursor = {};
      for (;;) {
        const page = await big.query('exportRows', { now, limit: 97, ...cursor }, { viewer });
        expect(page.total).toBe(all.total - keyed.length);
        keyed.push(...page.rows.map((r) => r.attempt_id));
        if (page.rows.length < 97) break;
        const last = page.rows.at(-1)!;
        cursor = { afterStartedAt: last.started_at, afterAttemptId: last.attempt_id };
      }
      expect(keyed).toEqual(all.rows.map((r) => r.attempt_id));
    }
  });

  it('should skip the rows up to and including the key, ties included', async () => {
    // Every row as the key in turn: the page after it holds exactly the rows that sort after it.
    const all = await client.query('exportRows', { now }, { viewer: v.adminA });
    for (let k = 0; k < all.rows.length; k++) {
      const key = all.rows[k]!;
      const after = await client.query('exportRows', { now, afterStartedAt: key.started_at, afterAttemptId: key.attempt_id }, { viewer: v.adminA });
      expect(after.rows.map((r) => r.attempt_id)).toEqual(all.rows.slice(k + 1).map((r) => r.attempt_id));
    }
  });

  it('should refuse half a cursor', async () => {
    await expect(client.query('exportRows', { now, afterAttemptId: 'a01' }, { viewer: v.adminA })).rejects.toThrow(/afterStartedAt/);
  });
});
