import { catalog, type AdapterRequest, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockDataset } from '../dataset/createMockDataset.js';
import { createContext, type EngineContext } from './context.js';
import { attemptsInScope, collectInScope, countsWithoutScan } from './rowsInScope.js';
import { resolveScope } from './scope.js';

// Every way of counting and collecting rows (no mask, a few users through the per-user index, masks added row by
// row) against a plain filter of the same slice.
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 11, orgs: 2, learnersPerOrg: 40, teamSize: 5, days: 50 });
const org = dataset.orgs[1]!.org_id;
const inOrg = dataset.users.filter((u) => u.org_id === org);
const admin: Viewer = { userId: inOrg.find((u) => u.role === 'admin')!.user_id, role: 'admin', orgId: org };
const team = dataset.teams.find((t) => t.org_id === org)!;
const manager: Viewer = { userId: team.manager_id, role: 'manager', orgId: org };
const learnerRow = inOrg.find((u) => u.team_id === team.team_id && u.role === 'learner')!;
const learner: Viewer = { userId: learnerRow.user_id, role: 'learner', orgId: org };
const learners = inOrg.filter((u) => u.role === 'learner').map((u) => u.user_id);
const activities = dataset.activities.filter((a) => a.org_id === org).map((a) => a.activity_id);

function context(viewer: Viewer, input: Record<string, unknown> = {}): EngineContext {
  const params = catalog.recentAttempts.params.parse({ now: '2026-11-01T00:00:00Z', ...input });
  const scope = resolveScope(dataset, { viewer, userIds: params.userIds ?? [], teamId: params.teamId });
  return createContext(dataset, { name: 'recentAttempts', params, scope } as AdapterRequest, false);
}

const cases: [string, EngineContext][] = [
  ['an admin (no mask)', context(admin)],
  ["a manager (the team's rows through the per-user index)", context(manager)],
  ['a learner', context(learner)],
  ['an admin naming most learners (a mask read row by row)', context(admin, { userIds: learners.slice(0, 30) })],
  ['an admin choosing activities', context(admin, { activityIds: activities.slice(0, 2) })],
  ['a manager choosing an activity', context(manager, { activityIds: activities.slice(1, 2) })],
];

function plain(ctx: EngineContext, start: number, end: number): number[] {
  const { user, activity } = dataset.attempts;
  const rows: number[] = [];
  for (let i = start; i < end; i++) {
    if (ctx.userMask !== null && ctx.userMask[user[i]!] !== 1) continue;
    if (ctx.activityMask !== null && ctx.activityMask[activity[i]!] !== 1) continue;
    rows.push(i);
  }
  return rows;
}

describe('attemptsInScope and collectInScope', () => {
  const range = dataset.ranges.attempts[1]!;
  const slices = [
    [range.start, range.end],
    [range.start + 97, range.end - 211],
    [range.start + 5, range.start + 5],
  ] as const;

  it('should take each path somewhere in these cases', () => {
    expect(countsWithoutScan(cases[0]![1], range.start, range.end)).toBe(true);
    expect(cases[1]![1].users!.length).toBeGreaterThan(1);
    expect(countsWithoutScan(cases[1]![1], range.start, range.end)).toBe(true);
    expect(countsWithoutScan(cases[3]![1], range.start, range.end)).toBe(false);
    expect(countsWithoutScan(cases[4]![1], range.start, range.end)).toBe(false);
  });

  it.each(cases)('should count and collect the rows of %s like a plain filter', (_, ctx) => {
    for (const [start, end] of slices) {
      const rows = plain(ctx, start, end);
      expect(attemptsInScope(ctx, start, end)).toBe(rows.length);
      for (const descending of [false, true]) {
        const ordered = descending ? [...rows].reverse() : rows;
        for (const cap of [1, 7, rows.length - 1, rows.length, rows.length + 3].filter((c) => c > 0)) {
          // Without the count a few users' rows are merged from the per-user index; with it, dense ones are scanned.
          for (const inScope of [undefined, rows.length]) {
            const into = new Int32Array(cap);
            const { written, next } = collectInScope(ctx, start, end, descending, into, inScope);
            expect(written).toBe(Math.min(cap, rows.length));
            expect(Array.from(into.subarray(0, written))).toEqual(ordered.slice(0, written));
            const last = ordered[written - 1];
            const exhausted = descending ? start - 1 : end;
            expect(next).toBe(written < cap || last === undefined ? exhausted : last + (descending ? -1 : 1));
          }
        }
      }
    }
  });
});
