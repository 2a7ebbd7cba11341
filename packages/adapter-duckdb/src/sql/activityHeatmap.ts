import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { Exec } from './exec.js';
import { and, context, factConditions, localTime } from './filters.js';

/** `activityHeatmap`: attempts and active learners per local day, or per ISO weekday × hour, in one aggregate. */
export async function activityHeatmap(
  request: AdapterRequestFor<'activityHeatmap'>,
  exec: Exec,
): Promise<QueryResult<'activityHeatmap'>> {
  const ctx = context(request);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const local = localTime(ctx, 'a.started_at');
  if (request.params.grid === 'calendar') {
    const rows = await exec(
      `SELECT CAST(CAST(${local} AS DATE) AS VARCHAR) AS date, count(*) AS attempts, count(DISTINCT a.user_id) AS users
       FROM attempts a WHERE ${where}
       GROUP BY 1 ORDER BY 1`,
      ctx.b,
    );
    return {
      grid: 'calendar',
      bucket: 'day',
      cells: rows.map((r) => ({ date: r.date as string, attempts: r.attempts as number, activeUsers: r.users as number })),
    };
  }
  const rows = await exec(
    `SELECT isodow(${local}) AS weekday, hour(${local}) AS hour, count(*) AS attempts, count(DISTINCT a.user_id) AS users
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
