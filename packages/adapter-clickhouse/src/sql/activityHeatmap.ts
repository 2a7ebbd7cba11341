import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, readActivityHeatmap } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { dayOf, hourOf, localSeconds, weekdayOf } from './time.js';

/** `activityHeatmap`: attempts and active learners per local day, or per ISO weekday × hour, in one aggregate. */
export async function activityHeatmap(
  request: AdapterRequestFor<'activityHeatmap'>,
  db: Db,
): Promise<QueryResult<'activityHeatmap'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }));
  const local = localSeconds(ctx, 'started_at');
  const grid = request.params.grid;
  const rows = await db.select(
    grid === 'calendar'
      ? `SELECT ${dayOf(local)} AS day, count() AS attempts, uniqExact(user_id) AS users
         FROM ${ctx.t.attempts} WHERE ${where}
         GROUP BY day ORDER BY day`
      : `SELECT ${weekdayOf(dayOf(`(${local} AS local)`))} AS weekday, ${hourOf('local')} AS hour, count() AS attempts, uniqExact(user_id) AS users
         FROM ${ctx.t.attempts} WHERE ${where}
         GROUP BY weekday, hour ORDER BY weekday, hour`,
  );
  return readActivityHeatmap(grid, rows, ctx);
}
