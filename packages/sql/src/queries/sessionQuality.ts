import { ERROR_EVENT_TYPE, sessionDurationBounds, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions, userConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';
import { completionRateSql, kindCounts } from './eventSql.js';

/** SQL conditions putting `expr` seconds into each of `sessionDurationBounds`' classes. */
export function durationClasses(expr: string): string[] {
  return sessionDurationBounds.map((low, i) => {
    const high = sessionDurationBounds[i + 1];
    return high === undefined ? `${expr} >= ${low}` : `${expr} >= ${low} AND ${expr} < ${high}`;
  });
}

/**
 * `sessionQuality` (seed 001 "session quality analysis"): per local day of session start, the sessions' durations,
 * events, completion rate (seed 001 session_metrics.completion_rate from each session's events) and share with errors.
 */
export const sessionQuality: SqlQuery<'sessionQuality'> = (request, s) => {
  const conditions = factConditions(s, request, 'ss', { time: 'session_start', activity: null });
  const ids = request.params.activityIds;
  if (ids !== undefined) {
    conditions.push(
      `ss.session_id IN (SELECT a.session_id FROM ${s.rel('events', 'a')} WHERE a.org_id = ${s.org} AND ${s.inList('a.activity_id', ids)})`,
    );
  }
  // Every event of a selected session counts, whenever it happened.
  const events = and([`e.org_id = ${s.org}`, ...userConditions(s, request, 'e')]);
  const classes = durationClasses('j.d').map((c, i) => `count(*) FILTER (WHERE ${c}) AS b${i}`);
  return {
    text: `WITH se AS (
       SELECT ss.session_id, ${s.localDay('ss.session_start')} AS day, ss.duration_seconds AS d, ss.total_events AS n
       FROM ${s.rel('sessions', 'ss')} WHERE ${and(conditions)}
     ),
     ev AS (
       SELECT e.session_id, ${kindCounts((c) => `count(*) FILTER (WHERE ${c})`, 'e.event_type')},
         count(*) FILTER (WHERE e.event_type = '${ERROR_EVENT_TYPE}') AS errors
       FROM ${s.rel('events', 'e')} WHERE ${events} AND e.session_id IN (SELECT session_id FROM se)
       GROUP BY 1
     ),
     j AS (
       SELECT se.day, se.d, se.n, ${completionRateSql((a, b) => `greatest(${a}, ${b})`, (x) => `CAST(${x} AS float8)`)} AS rate, coalesce(ev.errors, 0) AS errors
       FROM se LEFT JOIN ev ON ev.session_id = se.session_id
     )
     SELECT ${s.dayOut('j.day')} AS day_out, count(*) AS sessions, avg(j.d) AS avg_d, ${s.median('j.d')} AS median_d,
       ${classes.join(', ')}, avg(j.n) AS avg_n, avg(j.rate) AS rate, count(*) FILTER (WHERE j.errors > 0) AS with_errors
     FROM j GROUP BY j.day ORDER BY j.day`,
    read: (rows) => readSessionQuality(rows, s),
  };
};

/** The `sessionQuality` result from its rows (one per day, oldest first). */
export function readSessionQuality(rows: readonly Row[], out: ResultReader): QueryResult<'sessionQuality'> {
  return {
    days: rows.map((r) => {
      const sessions = count(r.sessions);
      return {
        day: out.readDate(r.day_out),
        sessions,
        avgDurationSeconds: count(r.avg_d),
        medianDurationSeconds: count(r.median_d),
        durationBuckets: sessionDurationBounds.map((_, i) => count(r[`b${i}`])),
        avgEventsPerSession: count(r.avg_n),
        completionRate: num(r.rate),
        errorShare: count(r.with_errors) / sessions,
      };
    }),
  };
}
