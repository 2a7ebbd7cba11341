import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';

/** `activityHeatmap`: attempts and active learners per local day, or per ISO weekday × hour, in one aggregate. */
export const activityHeatmap: SqlQuery<'activityHeatmap'> = (request, s) => {
  const where = and(factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const grid = request.params.grid;
  const text =
    grid === 'calendar'
      ? `SELECT ${s.dayOut('g.day')} AS day, g.attempts, g.users FROM (
           SELECT ${s.localDay('a.started_at')} AS day, count(*) AS attempts, count(DISTINCT a.user_id) AS users
           FROM ${s.rel('attempts', 'a')} WHERE ${where}
           GROUP BY 1
         ) g ORDER BY g.day`
      : `SELECT ${s.isoWeekday('a.started_at')} AS weekday, ${s.localHour('a.started_at')} AS hour,
           count(*) AS attempts, count(DISTINCT a.user_id) AS users
         FROM ${s.rel('attempts', 'a')} WHERE ${where}
         GROUP BY 1, 2 ORDER BY 1, 2`;
  return { text, read: (rows) => readActivityHeatmap(grid, rows, s) };
};

/** The `activityHeatmap` result from its rows: `day` cells for the calendar, `weekday` and `hour` cells otherwise. */
export function readActivityHeatmap(grid: 'calendar' | 'weekdayHour', rows: readonly Row[], out: ResultReader): QueryResult<'activityHeatmap'> {
  if (grid === 'calendar') {
    return {
      grid: 'calendar',
      bucket: 'day',
      cells: rows.map((r) => ({ date: out.readDate(r.day), attempts: count(r.attempts), activeUsers: count(r.users) })),
    };
  }
  return {
    grid: 'weekdayHour',
    cells: rows.map((r) => ({ weekday: count(r.weekday), hour: count(r.hour), attempts: count(r.attempts), activeUsers: count(r.users) })),
  };
}
