// aiUsage against a row-by-row reference over the generated ai_usage_log, and its admins-only rule.
import { createClient, zoneClock, isoDateOf, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { tableRows } from '../../dataset/toRows.js';

const dataset = createMockDataset({ seed: 21, orgs: 3, learnersPerOrg: 20, days: 40, endDate: '2026-11-01' });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const org = dataset.orgs.find((o) => o.score_scale === 'binary')!;
const userOf = (role: string) => dataset.users.find((u) => u.org_id === org.org_id && u.role === role)!.user_id;
const admin: Viewer = { userId: userOf('admin'), role: 'admin', orgId: org.org_id };
const NOW = `${dataset.meta.endDate}T00:00:00.000Z`;

function reference(groupBy: 'operation' | 'model', timezone: string, users?: Set<string>) {
  const clock = zoneClock(timezone);
  const groups = new Map<string, { day: number; key: string; rows: Record<string, unknown>[] }>();
  for (const r of tableRows(dataset, 'ai_usage_log')) {
    if (r.org_id !== org.org_id) continue;
    if (users && (r.user_id === null || !users.has(String(r.user_id)))) continue;
    const day = clock.localDay(Date.parse(String(r.created_at)));
    const key = String(groupBy === 'model' ? r.model : r.operation_type);
    const id = `${day}|${key}`;
    if (!groups.has(id)) groups.set(id, { day, key, rows: [] });
    groups.get(id)!.rows.push(r);
  }
  return [...groups.values()]
    .sort((a, b) => a.day - b.day || (a.key < b.key ? -1 : 1))
    .map(({ day, key, rows }) => {
      const sum = (c: string) => rows.reduce((s, r) => s + (r[c] === null ? 0 : Number(r[c])), 0);
      const failed = rows.filter((r) => r.success === false).length;
      const ds = rows.flatMap((r) => (r.duration_ms === null ? [] : [Number(r.duration_ms)])).sort((a, b) => a - b);
      const p50 = ds.length === 0 ? null : (ds[Math.floor((ds.length - 1) / 2)]! + ds[Math.ceil((ds.length - 1) / 2)]!) / 2;
      return {
        day: isoDateOf(day),
        key,
        calls: rows.length,
        tokensInput: sum('tokens_input'),
        tokensOutput: sum('tokens_output'),
        costUsd: expect.closeTo(sum('cost_usd'), 9),
        failedCalls: failed,
        failureRate: failed / rows.length,
        p50DurationMs: p50,
      };
    });
}

describe('aiUsage', () => {
  it.each([
    ['operation', 'UTC'],
    ['model', 'Asia/Kolkata'],
  ] as const)('should count calls, tokens, cost, failures and the median latency per day and %s (%s)', async (groupBy, timezone) => {
    const result = await client.query('aiUsage', { groupBy, timezone, now: NOW }, { viewer: admin });
    expect(result.groupBy).toBe(groupBy);
    expect(result.rows.length).toBeGreaterThan(20);
    expect(result.rows).toEqual(reference(groupBy, timezone));
    expect(result.rows.some((r) => r.failedCalls > 0)).toBe(true);
  });

  it('should keep only the calls of the filtered users (no background calls) and the days [from, to)', async () => {
    const learners = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner').slice(0, 5).map((u) => u.user_id);
    const result = await client.query('aiUsage', { userIds: learners, now: NOW }, { viewer: admin });
    expect(result.rows).toEqual(reference('operation', 'UTC', new Set(learners)));
    expect(result.rows.every((r) => r.key !== 'generate_embedding')).toBe(true);
    const days = await client.query('aiUsage', { from: '2026-10-07', to: '2026-10-09', now: NOW }, { viewer: admin });
    expect(new Set(days.rows.map((r) => r.day))).toEqual(new Set(['2026-10-07', '2026-10-08']));
  });

  it('should refuse managers and learners, and answer nothing for an org without AI calls', async () => {
    for (const role of ['manager', 'learner'] as const) {
      await expect(client.query('aiUsage', {}, { viewer: { userId: userOf(role), role, orgId: org.org_id } })).rejects.toMatchObject({ code: 'SCOPE' });
    }
    const other = dataset.orgs.find((o) => o.score_scale === 'percent')!;
    const otherAdmin = dataset.users.find((u) => u.org_id === other.org_id && u.role === 'admin')!.user_id;
    expect(await client.query('aiUsage', { now: NOW }, { viewer: { userId: otherAdmin, role: 'admin', orgId: other.org_id } })).toEqual({
      groupBy: 'operation',
      rows: [],
    });
  });
});
