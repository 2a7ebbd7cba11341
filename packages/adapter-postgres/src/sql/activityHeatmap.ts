import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { dateText, local, localDate } from './time.js';

/** `activityHeatmap`: attempts and active learners per local day, or per ISO weekday × hour, in one aggregate. */
export async function activityHeatmap(
  request: AdapterRequestFor<'activityHeatmap'>,
  db: Db,
): Promise<QueryResult<'activityHeatmap'>> {
  const ctx = context(request, db.mapping);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  if (request.params.grid === 'calendar') {
    const rows = await db.exec(
      `SELECT ${dateText('g.day')} AS date, g.attempts, g.users FROM (
         SELECT ${localDate(ctx, 'a.started_at')} AS day, count(*) AS attempts, count(DISTINCT a.user_id) AS users
         FROM ${ctx.rel('attempts')} a WHERE ${where}
         GROUP BY 1
       ) g ORDER BY g.day`,
      ctx.b.values,
    );
    return {
      grid: 'calendar',
      bucket: 'day',
      cells: rows.map((r) => ({ date: r.date as string, attempts: r.attempts as number, activeUsers: r.users as number })),
    };
  }
  const at = local(ctx, 'a.started_at');
  const rows = await db.exec(
    `SELECT CAST(extract(isodow FROM ${at}) AS int) AS weekday, CAST(extract(hour FROM ${at}) AS int) AS hour,
       count(*) AS attempts, count(DISTINCT a.user_id) AS users
     FROM ${ctx.rel('attempts')} a WHERE ${where}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    ctx.b.values,
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
