import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context, type Db } from './context.js';
import { and, factConditions } from './filters.js';
import { dateOf, dayOf, hourOf, localSeconds, num, weekdayOf } from './time.js';

/** `activityHeatmap`: attempts and active learners per local day, or per ISO weekday × hour, in one aggregate. */
export async function activityHeatmap(
  request: AdapterRequestFor<'activityHeatmap'>,
  db: Db,
): Promise<QueryResult<'activityHeatmap'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, { time: 'started_at', activity: 'activity_id' }));
  const local = localSeconds(ctx, 'started_at');
  if (request.params.grid === 'calendar') {
    const rows = await db.select(
      `SELECT ${dayOf(local)} AS day, count() AS attempts, uniqExact(user_id) AS users
       FROM ${ctx.t.attempts} WHERE ${where}
       GROUP BY day ORDER BY day`,
    );
    return {
      grid: 'calendar',
      bucket: 'day',
      cells: rows.map((r) => ({ date: dateOf(r.day), attempts: num(r.attempts)!, activeUsers: num(r.users)! })),
    };
  }
  const rows = await db.select(
    `SELECT ${weekdayOf(dayOf(`(${local} AS local)`))} AS weekday, ${hourOf('local')} AS hour, count() AS attempts, uniqExact(user_id) AS users
     FROM ${ctx.t.attempts} WHERE ${where}
     GROUP BY weekday, hour ORDER BY weekday, hour`,
  );
  return {
    grid: 'weekdayHour',
    cells: rows.map((r) => ({ weekday: num(r.weekday)!, hour: num(r.hour)!, attempts: num(r.attempts)!, activeUsers: num(r.users)! })),
  };
}
