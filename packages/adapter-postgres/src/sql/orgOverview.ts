import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { isoText, minusDays } from './time.js';

/** `orgOverview` as one aggregate over the org's ended attempts (seed 002 `mv_org_overview`). */
export async function orgOverview(request: AdapterRequestFor<'orgOverview'>, db: Db): Promise<QueryResult<'orgOverview'>> {
  const ctx = context(request, db.mapping);
  const now = ctx.b.instant(request.params.now);
  const since = (days: number) => minusDays(ctx, now, days);
  const where = and([...factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }), 'a.ended_at IS NOT NULL']);
  const [r] = await db.exec(
    `SELECT count(DISTINCT a.user_id) AS active_users, count(*) AS total_attempts, avg(a.score) AS avg_score,
       ${isoText('max(a.ended_at)')} AS last_activity,
       count(*) FILTER (WHERE a.ended_at >= ${since(7)}) AS last7,
       count(*) FILTER (WHERE a.ended_at >= ${since(30)}) AS last30,
       count(*) FILTER (WHERE a.ended_at >= ${since(14)} AND a.ended_at < ${since(7)}) AS prev7,
       count(*) FILTER (WHERE a.ended_at >= ${since(60)} AND a.ended_at < ${since(30)}) AS prev30
     FROM ${ctx.rel('attempts')} a
     WHERE ${where}`,
    ctx.b.values,
  );
  return {
    activeUsers: r!.active_users as number,
    totalAttempts: r!.total_attempts as number,
    avgScore: (r!.avg_score as number | null) ?? null,
    lastActivity: (r!.last_activity as string | null) ?? null,
    attemptsLast7Days: r!.last7 as number,
    attemptsLast30Days: r!.last30 as number,
    attemptsPrevious7Days: r!.prev7 as number,
    attemptsPrevious30Days: r!.prev30 as number,
  };
}
