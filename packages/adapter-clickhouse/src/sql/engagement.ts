import { dayNumberOf, ENGAGEMENT_MONTH_DAYS, ENGAGEMENT_WEEK_DAYS, isoDateOf, zoneClock, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, factConditions, readEngagement } from '@learnlens/sql';
import { int } from '../literal.js';
import { context, type Db } from './context.js';
import { dayOf, localSeconds } from './time.js';

/**
 * `engagement` (seed 001 "learner engagement overview"): each learner's active days spread with ARRAY JOIN over the 30
 * days whose windows hold them (18.16 has no window functions), then joined to the day's events and sessions. One JOIN
 * per SELECT in 18.16, so the joins nest.
 */
export async function engagement(request: AdapterRequestFor<'engagement'>, db: Db): Promise<QueryResult<'engagement'>> {
  const { params } = request;
  const windowFrom = params.from === undefined ? undefined : isoDateOf(dayNumberOf(params.from) - (ENGAGEMENT_MONTH_DAYS - 1));
  const windowCtx = context(request, db, { from: windowFrom, to: params.to });
  const ctx = context(request, db);
  const active = and(factConditions(windowCtx, request, '', { time: 'occurred_at', activity: 'activity_id', range: { from: windowFrom, to: params.to } }));
  const events = and(factConditions(ctx, request, '', { time: 'occurred_at', activity: 'activity_id' }));
  const sessions = and(factConditions(ctx, request, '', { time: 'session_start', activity: null }));
  const days = [`d <= ${int(zoneClock(params.timezone).localDay(Date.parse(params.now)))}`];
  if (params.from !== undefined) days.push(`d >= ${int(dayNumberOf(params.from))}`);
  if (params.to !== undefined) days.push(`d < ${int(dayNumberOf(params.to))}`);
  const windows = `SELECT day + k AS d, uniqExactIf(user_id, k = 0) AS dau, uniqExactIf(user_id, k < ${ENGAGEMENT_WEEK_DAYS}) AS wau,
      uniqExact(user_id) AS mau
    FROM (SELECT DISTINCT user_id, ${dayOf(localSeconds(windowCtx, 'occurred_at'))} AS day FROM ${ctx.t.events} WHERE ${active})
    ARRAY JOIN range(${ENGAGEMENT_MONTH_DAYS}) AS k
    GROUP BY d HAVING ${and(days)}`;
  const perDay = `SELECT d, count() AS events
    FROM (SELECT ${dayOf(localSeconds(ctx, 'occurred_at'))} AS d FROM ${ctx.t.events} WHERE ${events}) GROUP BY d`;
  const started = `SELECT d, count() AS sessions, sum(duration_seconds) AS seconds
    FROM (SELECT ${dayOf(localSeconds(ctx, 'session_start'))} AS d, duration_seconds FROM ${ctx.t.sessions} WHERE ${sessions}) GROUP BY d`;
  const rows = await db.select(
    `SELECT d AS day_out, dau, wau, mau, events, sessions, seconds
     FROM (SELECT d, dau, wau, mau, events FROM (${windows}) ANY LEFT JOIN (${perDay}) USING d)
     ANY LEFT JOIN (${started}) USING d
     ORDER BY d`,
  );
  return readEngagement(rows, ctx);
}
