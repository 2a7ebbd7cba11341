import { zoneClock, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, factConditions, readOrgOverview } from '@learnlens/sql';
import { compareTime } from '../literal.js';
import { context, type Db } from './context.js';
import { epochSeconds } from './time.js';

/** `orgOverview` as one aggregate over attempts (seed 002 `mv_org_overview`). */
export async function orgOverview(request: AdapterRequestFor<'orgOverview'>, db: Db): Promise<QueryResult<'orgOverview'>> {
  const ctx = context(request, db);
  const now = Date.parse(request.params.now);
  // `now() - interval 'N days'` in a session whose zone is the viewer's: calendar days, so a window holding a DST
  // change is an hour shorter or longer.
  const clock = zoneClock(request.params.timezone);
  const since = (days: number) => clock.minusDays(now, days);
  // ended_at is Nullable, so are comparisons with it; countIf over a Nullable condition answers NULL for no rows.
  const endedIn = (fromMs: number, toMs?: number) =>
    `ifNull(${compareTime('ended_at', '>=', fromMs)}${toMs === undefined ? '' : ` AND ${compareTime('ended_at', '<', toMs)}`}, 0)`;
  const where = and([...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }), 'ended_at IS NOT NULL']);
  const [row] = await db.select(
    `SELECT uniqExact(user_id) AS active_users, count() AS total_attempts, avg(score) AS avg_score,
       ${epochSeconds('max(ended_at)')} AS last_activity,
       countIf(${endedIn(since(7))}) AS last7,
       countIf(${endedIn(since(30))}) AS last30,
       countIf(${endedIn(since(14), since(7))}) AS prev7,
       countIf(${endedIn(since(60), since(30))}) AS prev30
     FROM ${ctx.t.attempts}
     WHERE ${where}`,
  );
  return readOrgOverview(row!, ctx);
}
