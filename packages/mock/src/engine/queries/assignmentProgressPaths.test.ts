import { createClient, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { compareText } from '../compare.js';
import { resolveScope } from '../scope.js';

// assignmentProgress counts an admin's completions from per-assignment totals built once, finds a few users'
// assignments through per-assignee lists, and reads pages sorted by due time or title off orders built once. Each
// against a plain reading of the tables: the assignees in scope, the latest finished start per (assignee, activity)
// at or after assigned_at, and a plain sort of the rows (ties by assignment id as text).
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 23, orgs: 2, learnersPerOrg: 48, teamSize: 6, days: 60 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const org = dataset.orgs[1]!.org_id;
const inOrg = dataset.users.filter((u) => u.org_id === org);
const team = dataset.teams.find((t) => t.org_id === org)!;
const admin: Viewer = { userId: inOrg.find((u) => u.role === 'admin')!.user_id, role: 'admin', orgId: org };
const manager: Viewer = { userId: team.manager_id, role: 'manager', orgId: org };
const learners = inOrg.filter((u) => u.role === 'learner').map((u) => u.user_id);
const now = '2026-10-20T00:00:00Z';

function completedBy(userId: string, activityId: string, assignedMs: number): boolean {
  const a = dataset.attempts;
  const u = dataset.index.user.get(userId)!;
  const act = dataset.index.activity.get(activityId)!;
  let latest = -Infinity;
  for (let i = 0; i < a.user.length; i++) {
    if (a.user[i] === u && a.activity[i] === act && !Number.isNaN(a.endedAt[i]!)) latest = Math.max(latest, a.startedAt[i]!);
  }
  return latest >= assignedMs;
}

function reference(viewer: Viewer, input: { teamId?: string; userIds?: string[] }) {
  const scope = resolveScope(dataset, { viewer, userIds: input.userIds ?? [], teamId: input.teamId });
  let allowed = scope.userIds === null ? null : new Set(scope.userIds);
  if (input.teamId !== undefined) {
    const members = new Set(dataset.users.filter((u) => u.team_id === input.teamId && u.role === 'learner').map((u) => u.user_id));
    allowed = new Set([...(allowed ?? members)].filter((id) => members.has(id)));
  }
  if (input.userIds !== undefined) allowed = new Set([...(allowed ?? input.userIds)].filter((id) => input.userIds!.includes(id)));
  return dataset.assignments
    .filter((x) => x.org_id === org)
    .flatMap((x) => {
      const assignees = dataset.assignees
        .filter((r) => r.assignment_id === x.assignment_id && (allowed === null || allowed.has(r.user_id)))
        .map((r) => r.user_id)
        .filter((id) => dataset.users[dataset.index.user.get(id)!]!.org_id === org);
      if (assignees.length === 0) return [];
      const completed = assignees.filter((id) => completedBy(id, x.activity_id, Date.parse(x.assigned_at))).length;
      return [{ assignmentId: x.assignment_id, title: x.title, dueAt: Date.parse(x.due_at), assigned: assignees.length, completed }];
    });
}

type Ref = ReturnType<typeof reference>[number];
const orderBy: Record<string, (x: Ref, y: Ref) => number> = {
  dueAt: (x, y) => x.dueAt - y.dueAt,
  '-dueAt': (x, y) => y.dueAt - x.dueAt,
  title: (x, y) => compareText(x.title, y.title),
  '-title': (x, y) => compareText(y.title, x.title),
};

describe('assignmentProgress paths', () => {
  const scopes: [string, Viewer, { teamId?: string; userIds?: string[] }][] = [
    ['an admin (whole org)', admin, {}],
    ['an admin with a team (a few users)', admin, { teamId: team.team_id }],
    ['a manager', manager, {}],
    ['an admin naming most learners (a mask)', admin, { userIds: learners.slice(0, 40) }],
  ];

  it('should hold equal titles and due times in the org, so the id tie-break is exercised in both directions', () => {
    const all = reference(admin, {});
    expect(new Set(all.map((r) => r.title)).size).toBeLessThan(all.length);
    expect(new Set(all.map((r) => r.dueAt)).size).toBeLessThan(all.length);
  });

  it.each(scopes)('should count completions for %s like the tables say', async (_, viewer, input) => {
    const expected = reference(viewer, input);
    expect(expected.length).toBeGreaterThan(3);
    const result = await client.query('assignmentProgress', { now, ...input }, { viewer });
    expect(result.total).toBe(expected.length);
    const got = new Map(result.rows.map((r) => [r.assignmentId, [r.assigned, r.completed]]));
    expect(new Map(expected.map((r) => [r.assignmentId, [r.assigned, r.completed]]))).toEqual(got);
    expect(expected.some((r) => r.completed > 0 && r.completed < r.assigned)).toBe(true);
  });

  it.each(scopes.flatMap(([who, viewer, input]) => Object.keys(orderBy).map((sort) => [who, sort, viewer, input] as const)))(
    'should page %s sorted by %s like a plain sort',
    async (_, sort, viewer, input) => {
      const expected = reference(viewer, input)
        .sort((x, y) => orderBy[sort]!(x, y) || compareText(x.assignmentId, y.assignmentId))
        .map((r) => r.assignmentId);
      for (const [offset, limit] of [[0, 3], [2, 5], [0, 1000]] as const) {
        const result = await client.query('assignmentProgress', { now, sort: sort as 'dueAt', offset, limit, ...input }, { viewer });
        expect(result.rows.map((r) => r.assignmentId)).toEqual(expected.slice(offset, offset + limit));
      }
    },
  );
});
