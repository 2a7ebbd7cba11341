import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { Db } from './exec.js';
import { context } from './context.js';
import { and, factConditions } from './filters.js';
import { dayDate, isoWeekday, localDay, localHour } from './time.js';

/** `activityHeatmap`: attempts and active learners per local day, or per ISO weekday × hour, in one aggregate. */
export async function activityHeatmap(
  request: AdapterRequestFor<'activityHeatmap'>,
  db: Db,
): Promise<QueryResult<'activityHeatmap'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const day = localDay(ctx, 'a.started_at');
  if (request.params.grid === 'calendar') {
    const rows = await db.exec(
      `SELECT CAST(${dayDate('day')} AS VARCHAR) AS date, attempts, users FROM (
         SELECT ${day} AS day, count(*) AS attempts, count(DISTINCT a.user_id) AS users
         FROM attempts a WHERE ${where}
         GROUP BY 1
       ) ORDER BY day`,
      ctx.b,
    );
    return {
      grid: 'calendar',
      bucket: 'day',
      cells: rows.map((r) => ({ date: r.date as string, attempts: r.attempts as number, activeUsers: r.users as number })),
    };
  }
  const rows = await db.exec(
    `SELECT ${isoWeekday(day)} AS weekday, ${localHour(ctx, 'a.started_at')} AS hour, count(*) AS attempts, count(DISTINCT a.user_id) AS users
     FROM attempts a WHERE ${where}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    ctx.b,
  );
  return {
    grid: 'weekdayHour',
    cells: rows.map((r) => ({
      weekday: r.weekday as number,
      hour: r.hour as number,
      attempts: r.attempts as number,
      activeUsers: r.users as number,
    })),
  };
}
