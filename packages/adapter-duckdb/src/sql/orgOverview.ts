import { zoneClock, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import type { Db } from './exec.js';
import { context } from './context.js';
import { and, factConditions } from './filters.js';
import { epochMs, isoOf } from './time.js';

/** `orgOverview` as one aggregate over attempts (seed 002 `mv_org_overview`). */
export async function orgOverview(request: AdapterRequestFor<'orgOverview'>, db: Db): Promise<QueryResult<'orgOverview'>> {
  const ctx = context(request, db);
  const now = Date.parse(request.params.now);
  // `now() - interval 'N days'` in a session whose time zone is the viewer's: calendar days, so a DST change
  // inside the window makes it an hour shorter or longer.
  const clock = zoneClock(request.params.timezone);
  const since = (days: number) => ctx.b.instant(clock.minusDays(now, days));
  const where = and([...factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }), 'a.ended_at IS NOT NULL']);
  const [row] = await db.exec(
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
