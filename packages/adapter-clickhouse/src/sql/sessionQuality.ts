import { ERROR_EVENT_TYPE, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, completionRateSql, durationClasses, factConditions, kindCounts, readSessionQuality, userConditions } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { medianOfSorted } from './stats.js';
import { dayOf, localSeconds } from './time.js';

/**
 * `sessionQuality` (seed 001 "session quality analysis"): the sessions of each local day joined to counts over their
 * events. Fact tables are joined as subqueries (never `IN (SELECT …)` over a sharded table), one JOIN per SELECT.
 */
export async function sessionQuality(request: AdapterRequestFor<'sessionQuality'>, db: Db): Promise<QueryResult<'sessionQuality'>> {
  const ctx = context(request, db);
  const sessionWhere = and(factConditions(ctx, request, '', { time: 'session_start', activity: null }));
  const eventWhere = and([`org_id = ${ctx.org}`, ...userConditions(ctx, request, '')]);
  const ids = request.params.activityIds;
  // With activityIds, a session must have an event on one of them: `touched` is 1 through the join, else 0.
  let sessions = `SELECT session_id, ${dayOf(localSeconds(ctx, 'session_start'))} AS day, duration_seconds AS d, total_events AS n
    FROM ${ctx.t.sessions} WHERE ${sessionWhere}`;
  if (ids !== undefined) {
    sessions = `SELECT session_id, day, d, n FROM (${sessions})
      ANY LEFT JOIN (SELECT session_id, toUInt8(1) AS touched FROM ${ctx.t.events}
        WHERE org_id = ${ctx.org} AND ${ctx.inList('activity_id', ids)} GROUP BY session_id) USING session_id
      WHERE touched = 1`;
  }
  const counts = `SELECT session_id, ${kindCounts((c) => `countIf(${c})`, 'event_type')},
      countIf(event_type = '${ERROR_EVENT_TYPE}') AS errors
    FROM ${ctx.t.events} WHERE ${eventWhere} GROUP BY session_id`;
  const joined = `SELECT day, d, n, ${completionRateSql((a, b) => `greatest(${a}, ${b})`, (x) => `toFloat64(${x})`)} AS rate, errors
    FROM (${sessions}) ANY LEFT JOIN (${counts}) USING session_id`;
  const classes = durationClasses('d').map((c, i) => `countIf(${c}) AS b${i}`);
  const rows = await db.select(
    `SELECT day AS day_out, count() AS sessions, avg(d) AS avg_d, arraySort(groupArray(d)) AS ds,
       ${medianOfSorted('ds', 'sessions')} AS median_d, ${classes.join(', ')}, avg(n) AS avg_n, avg(rate) AS rate,
       countIf(errors > 0) AS with_errors
     FROM (${joined})
     GROUP BY day ORDER BY day`,
  );
  return readSessionQuality(rows, ctx);
}
