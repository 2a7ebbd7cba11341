import { createClient, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { compareText } from '../compare.js';
import { resolveScope } from '../scope.js';
import { attemptsByDuration, attemptsByScore } from './attemptValueOrder.js';

// Sorting by score or duration reads a page off the org's rows in value order (attemptValueOrder.ts) when the rows in
// scope are dense in the org, and scans the slice with a top-k heap otherwise. Both against a plain sort of the rows
// in scope: value ascending or descending, missing values last, ties by attempt id as text.
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 17, orgs: 2, learnersPerOrg: 40, teamSize: 5, days: 50 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const org = dataset.orgs[0]!.org_id;
const orgIndex = 0;
const inOrg = dataset.users.filter((u) => u.org_id === org);
const team = dataset.teams.find((t) => t.org_id === org)!;
const viewers: Record<string, Viewer> = {
  admin: { userId: inOrg.find((u) => u.role === 'admin')!.user_id, role: 'admin', orgId: org },
  manager: { userId: team.manager_id, role: 'manager', orgId: org },
  learner: { userId: inOrg.find((u) => u.team_id === team.team_id && u.role === 'learner')!.user_id, role: 'learner', orgId: org },
};
const now = '2026-11-01T00:00:00Z';
const a = dataset.attempts;

function reference(viewer: Viewer, sort: string, from?: string, to?: string): string[] {
  const scope = resolveScope(dataset, { viewer, userIds: [], teamId: undefined });
  const allowed = scope.userIds === null ? null : new Set(scope.userIds);
  const fromMs = from ? Date.parse(`${from}T00:00:00Z`) : -Infinity;
  const toMs = to ? Date.parse(`${to}T00:00:00Z`) : Infinity;
  const column = sort.endsWith('score') ? a.score : a.duration;
  const descending = sort.startsWith('-');
  const range = dataset.ranges.attempts[orgIndex]!;
  const rows: number[] = [];
  for (let i = range.start; i < range.end; i++) {
    if (!(a.startedAt[i]! >= fromMs && a.startedAt[i]! < toMs)) continue;
    if (allowed !== null && !allowed.has(dataset.users[a.user[i]!]!.user_id)) continue;
    rows.push(i);
  }
  rows.sort((x, y) => {
    const vx = column[x]!;
    const vy = column[y]!;
    if (Number.isNaN(vx) || Number.isNaN(vy)) {
      if (!Number.isNaN(vx)) return -1;
      if (!Number.isNaN(vy)) return 1;
    } else if (vx !== vy) return descending ? vy - vx : vx - vy;
    return compareText(a.id[x]!, a.id[y]!);
  });
  return rows.map((i) => a.id[i]!);
}

describe('recentAttempts sorted by score or duration', () => {
  it('should hold every row of the org once, in (value, missing last; attempt id) order', () => {
    for (const [order, column] of [
      [attemptsByScore(dataset, orgIndex), a.score],
      [attemptsByDuration(dataset, orgIndex), a.duration],
    ] as const) {
      const range = dataset.ranges.attempts[orgIndex]!;
      expect(order.usable).toBe(true);
      expect(Array.from(order.rows).sort((x, y) => x - y)).toEqual(Array.from({ length: range.end - range.start }, (_, k) => range.start + k));
      for (let k = 1; k < order.rows.length; k++) {
        const x = order.rows[k - 1]!;
        const y = order.rows[k]!;
        const vx = Number.isNaN(column[x]!) ? Infinity : column[x]!;
        const vy = Number.isNaN(column[y]!) ? Infinity : column[y]!;
        expect(vx < vy || (vx === vy && compareText(a.id[x]!, a.id[y]!) < 0)).toBe(true);
      }
      expect(order.rows.subarray(order.missingFrom).every((i) => Number.isNaN(column[i]!))).toBe(true);
      expect(order.rows.subarray(0, order.missingFrom).every((i) => !Number.isNaN(column[i]!))).toBe(true);
      expect(order.missingFrom).toBeLessThan(order.rows.length); // the dataset has missing values
    }
  });

  const pages = [
    [0, 5],
    [37, 11],
    [0, 400],
    [150, 1000],
  ] as const;
  it.each(
    ['admin', 'manager', 'learner'].flatMap((who) =>
      ['score', '-score', 'durationSeconds', '-durationSeconds'].flatMap((sort): [string, string, string | undefined, string | undefined][] => [
        [who, sort, undefined, undefined],
        [who, sort, '2026-10-01', '2026-10-20'],
      ]),
    ),
  )('should page like a plain sort: %s, %s, from %s to %s', async (who, sort, from, to) => {
    const viewer = viewers[who]!;
    const expected = reference(viewer, sort, from, to);
    for (const [offset, limit] of pages) {
      const result = await client.query(
        'recentAttempts',
        { now, sort: sort as 'score', offset, limit, ...(from ? { from, to } : {}) },
        { viewer },
      );
      expect(result.total).toBe(expected.length);
      expect(result.rows.map((r) => r.attemptId)).toEqual(expected.slice(offset, offset + limit));
    }
  });
});
