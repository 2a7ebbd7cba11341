import { ENGAGEMENT_MONTH_DAYS, ENGAGEMENT_WEEK_DAYS, dayNumberOf, isoDateOf, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';
import { localMidnightIso } from './eventSql.js';

const OFFSETS = Array.from({ length: ENGAGEMENT_MONTH_DAYS }, (_, k) => `(${k})`).join(', ');

/**
 * `engagement` (seed 001 "learner engagement overview"): DAU, WAU and MAU per local day, from each learner's active
 * days spread over the 30 days whose windows they fall in, with the day's events and the sessions started on it.
 */
export const engagement: SqlQuery<'engagement'> = (request, s) => {
  const { params } = request;
  // A day's monthly window reaches 29 days before `from`.
  const windowFrom = params.from === undefined ? undefined : isoDateOf(dayNumberOf(params.from) - (ENGAGEMENT_MONTH_DAYS - 1));
  const active = and(factConditions(s, request, 'e', { time: 'occurred_at', activity: 'activity_id', range: { from: windowFrom, to: params.to } }));
  const events = and(factConditions(s, request, 'e', { time: 'occurred_at', activity: 'activity_id' }));
  const sessions = and(factConditions(s, request, 'ss', { time: 'session_start', activity: null }));
  const days = [`w.day <= ${s.today(params.now)}`];
  if (params.from !== undefined) days.push(`w.day >= ${s.today(localMidnightIso(params.timezone, params.from))}`);
  if (params.to !== undefined) days.push(`w.day < ${s.today(localMidnightIso(params.timezone, params.to))}`);
  return {
    text: `WITH ad AS (
       SELECT DISTINCT e.user_id, ${s.localDay('e.occurred_at')} AS day FROM ${s.rel('events', 'e')} WHERE ${active}
     ),
     w AS (
       SELECT ad.day + k.k AS day, count(DISTINCT ad.user_id) FILTER (WHERE k.k = 0) AS dau,
         count(DISTINCT ad.user_id) FILTER (WHERE k.k < ${ENGAGEMENT_WEEK_DAYS}) AS wau, count(DISTINCT ad.user_id) AS mau
       FROM ad CROSS JOIN (VALUES ${OFFSETS}) AS k(k)
       GROUP BY 1
     ),
     ev AS (
       SELECT ${s.localDay('e.occurred_at')} AS day, count(*) AS events FROM ${s.rel('events', 'e')} WHERE ${events} GROUP BY 1
     ),
     se AS (
       SELECT ${s.localDay('ss.session_start')} AS day, count(*) AS sessions, sum(ss.duration_seconds) AS seconds
       FROM ${s.rel('sessions', 'ss')} WHERE ${sessions} GROUP BY 1
     )
     SELECT ${s.dayOut('w.day')} AS day_out, w.dau, w.wau, w.mau, coalesce(ev.events, 0) AS events,
       coalesce(se.sessions, 0) AS sessions, coalesce(se.seconds, 0) AS seconds
     FROM w LEFT JOIN ev ON ev.day = w.day LEFT JOIN se ON se.day = w.day
     WHERE ${and(days)}
     ORDER BY w.day`,
    read: (rows) => readEngagement(rows, s),
  };
};

/** The `engagement` result from its rows (one per day, oldest first). */
export function readEngagement(rows: readonly Row[], out: ResultReader): QueryResult<'engagement'> {
  return {
    days: rows.map((r) => {
      const dau = count(r.dau);
      const mau = count(r.mau);
      return {
        day: out.readDate(r.day_out),
        dau,
        wau: count(r.wau),
        mau,
        stickiness: dau / mau,
        events: count(r.events),
        sessions: count(r.sessions),
        hoursSpent: count(r.seconds) / 3600,
      };
    }),
  };
}
