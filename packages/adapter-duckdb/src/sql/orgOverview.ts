import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { Exec } from './exec.js';
import { and, context, epochMs, factConditions, isoOf } from './filters.js';

const DAY_MS = 86_400_000;

/** `orgOverview` as one aggregate over attempts (seed 002 `mv_org_overview`). */
export async function orgOverview(request: AdapterRequestFor<'orgOverview'>, exec: Exec): Promise<QueryResult<'orgOverview'>> {
  const ctx = context(request);
  const now = Date.parse(request.params.now);
  const since = (days: number) => ctx.b.instant(now - days * DAY_MS);
  const where = and([...factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }), 'a.ended_at IS NOT NULL']);
  const [row] = await exec(
    `SELECT count(DISTINCT a.user_id) AS active_users, count(*) AS total_attempts, avg(a.score) AS avg_score,
       ${epochMs('max(a.ended_at)')} AS last_activity,
       count(*) FILTER (WHERE a.ended_at >= ${since(7)}) AS last7,
       count(*) FILTER (WHERE a.ended_at >= ${since(30)}) AS last30,
       count(*) FILTER (WHERE a.ended_at >= ${since(14)} AND a.ended_at < ${since(7)}) AS prev7,
       count(*) FILTER (WHERE a.ended_at >= ${since(60)} AND a.ended_at < ${since(30)}) AS prev30
     FROM attempts a
     WHERE ${where}`,
    ctx.b,
  );
  const r = row!;
  return {
    activeUsers: r.active_users as number,
    totalAttempts: r.total_attempts as number,
    avgScore: (r.avg_score as number | null) ?? null,
    lastActivity: isoOf(r.last_activity),
    attemptsLast7Days: r.last7 as number,
    attemptsLast30Days: r.last30 as number,
    attemptsPrevious7Days: r.prev7 as number,
    attemptsPrevious30Days: r.prev30 as number,
  };
}
