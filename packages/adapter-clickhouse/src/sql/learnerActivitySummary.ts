import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, pageOf, readLearnerDay } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { dayOf, localSeconds } from './time.js';

const COLUMNS = ['user_id', 'activity_date', 'events', 'hours', 'sessions', 'lessons', 'assessments'];

/**
 * `learnerActivitySummary` (seed 001 view of the same name): events per learner and local day, joined to the
 * hours of the sessions that learner started that day. Only days with events appear.
 */
export async function learnerActivitySummary(
  request: AdapterRequestFor<'learnerActivitySummary'>,
  db: Db,
): Promise<QueryResult<'learnerActivitySummary'>> {
  const { params } = request;
  const ctx = context(request, db);
  const events = and(factConditions(ctx, request, '', { time: 'occurred_at', activity: 'activity_id' }));
  // Sessions have no activity: activityIds narrows the events only.
  const sessions = and(factConditions(ctx, request, '', { time: 'session_start', activity: null }));
  const ev = `SELECT user_id, ${dayOf(localSeconds(ctx, 'occurred_at'))} AS day, count() AS events,
      uniqExactIf(session_id, session_id != '') AS sessions, countIf(event_type = 'lesson_complete') AS lessons,
      countIf(event_type = 'assessment_complete') AS assessments
    FROM ${ctx.t.events} WHERE ${events}
    GROUP BY user_id, day`;
  const se = `SELECT user_id, ${dayOf(localSeconds(ctx, 'session_start'))} AS day, sum(duration_seconds) AS seconds
    FROM ${ctx.t.sessions} WHERE ${sessions}
    GROUP BY user_id, day`;
  const body = `SELECT user_id, day AS activity_date, events, ifNull(seconds, 0) / 3600 AS hours, sessions, lessons, assessments
    FROM (${ev}) ANY LEFT JOIN (${se}) USING (user_id, day)
    ORDER BY day DESC, user_id ASC`;
  const rows = await db.select(pagedArrayStatement(body, COLUMNS, params.limit, params.offset));
  return pageOf(rows, (r) => readLearnerDay(r, ctx));
}
