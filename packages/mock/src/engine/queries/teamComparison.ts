import type { QueryParams, QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';

type Row = QueryResult<'teamComparison'>['rows'][number];

/**
 * Answers `teamComparison`: every team of the org, from its learners' attempts in the period and the assignments due
 * in it, ranked by average. A manager compares their teams with all others, so the learners counted are the org's
 * (narrowed only by the teamId and userIds filters), not the viewer's scope; only aggregates leave.
 */
export function teamComparison(ctx: EngineContext, params: QueryParams<'teamComparison'>): QueryResult<'teamComparison'> {
  const { dataset, scope } = ctx;
  const teams = dataset.teams.filter((t) => t.org_id === scope.orgId);
  const slotOfTeam = new Map(teams.map((t, i) => [t.team_id, i]));

  // Per user index: the slot of the team whose learner they are, or -1 when not counted.
  const teamOf = new Int32Array(dataset.users.length).fill(-1);
  const named = params.userIds === undefined ? null : new Set(params.userIds);
  for (let u = 0; u < dataset.users.length; u++) {
    const user = dataset.users[u]!;
    if (user.org_id !== scope.orgId || user.role !== 'learner' || user.team_id === null) continue;
    if (params.teamId !== undefined && user.team_id !== params.teamId) continue;
    if (named !== null && !named.has(user.user_id)) continue;
    teamOf[u] = slotOfTeam.get(user.team_id) ?? -1;
  }

  const n = teams.length;
  const attempts = new Int32Array(n);
  const scored = new Int32Array(n);
  const sums = new Float64Array(n);
  const active = new Int32Array(n);
  const seen = new Uint8Array(dataset.users.length);
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  for (let i = start; i < end; i++) {
    const u = a.user[i]!;
    const t = teamOf[u]!;
    if (t < 0 || (ctx.activityMask !== null && ctx.activityMask[a.activity[i]!] !== 1)) continue;
    attempts[t]!++;
    const score = a.score[i]!;
    if (!Number.isNaN(score)) {
      scored[t]!++;
      sums[t]! += score;
    }
    if (seen[u] === 0) {
      seen[u] = 1;
      active[t]!++;
    }
  }

  const { assigned, completed } = assignmentCompletion(ctx, teamOf, n);
  const keys = Array.from(scored, (k, t) => (k > 0 ? floatSortKey(sums[t]! / k) : null));
  const own = new Set(scope.viewer.role === 'manager' ? (scope.teamIds ?? []) : []);
  const rows: Row[] = teams.map((team, t) => {
    const key = keys[t]!;
    return {
      teamId: team.team_id,
      teamName: team.name,
      own: own.has(team.team_id),
      // rank(): one more than the number of teams with a strictly higher average.
      rank: key === null ? null : 1 + keys.filter((k) => k !== null && k > key).length,
      avgScore: scored[t]! > 0 ? sums[t]! / scored[t]! : null,
      attempts: attempts[t]!,
      scoredAttempts: scored[t]!,
      activeLearners: active[t]!,
      assigned: assigned[t]!,
      completed: completed[t]!,
      completionRate: assigned[t]! === 0 ? null : completed[t]! / assigned[t]!,
    };
  });
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || compareText(x.teamId, y.teamId));
  return { rows };
}

// Per team slot: (assignment, assignee) pairs of assignments due in the period whose assignee is a counted learner,
// and how many of them the assignee completed (a finished attempt on the activity started at or after assigned_at),
// as assignmentProgress counts them.
function assignmentCompletion(ctx: EngineContext, teamOf: Int32Array, n: number): { assigned: Int32Array; completed: Int32Array } {
  const { dataset } = ctx;
  const assigned = new Int32Array(n);
  const completed = new Int32Array(n);
  const pairs: Array<{ user: number; activity: number; assignedMs: number }> = [];
  for (const x of datasetIndex(dataset).assignmentsByOrg[ctx.org]!) {
    if (!(x.dueMs >= ctx.fromMs && x.dueMs < ctx.toMs)) continue;
    if (ctx.activityMask !== null && (x.activity < 0 || ctx.activityMask[x.activity] !== 1)) continue;
    for (const u of x.assignees) if (teamOf[u]! >= 0) pairs.push({ user: u, activity: x.activity, assignedMs: x.assignedMs });
  }
  if (pairs.length === 0) return { assigned, completed };

  // The latest start of a finished attempt per (user, activity) that some pair needs.
  const key = (user: number, activity: number) => user * dataset.activities.length + activity;
  const latest = new Map<number, number>();
  for (const p of pairs) if (p.activity >= 0) latest.set(key(p.user, p.activity), -Infinity);
  const a = dataset.attempts;
  const range = dataset.ranges.attempts[ctx.org]!;
  for (let i = range.start; i < range.end; i++) {
    if (Number.isNaN(a.endedAt[i]!)) continue;
    const k = key(a.user[i]!, a.activity[i]!);
    // Rows are in start order, so the last one seen is the latest.
    if (latest.has(k)) latest.set(k, a.startedAt[i]!);
  }
  for (const p of pairs) {
    const t = teamOf[p.user]!;
    assigned[t]!++;
    if (p.activity >= 0 && latest.get(key(p.user, p.activity))! >= p.assignedMs) completed[t]!++;
  }
  return { assigned, completed };
}
