import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import { page, pagedStatement, pageOf } from '../paging.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';

/**
 * `learnerActivitySummary` (seed 001 view of the same name): events per learner and local day, with the hours of
 * the sessions that learner started that day. Only days with events appear.
 */
export const learnerActivitySummary: SqlQuery<'learnerActivitySummary'> = (request, s) => {
  const { params } = request;
  const events = and(factConditions(s, request, 'e', { time: 'occurred_at', activity: 'activity_id' }));
  // Sessions have no activity: activityIds narrows the events only.
  const sessions = and(factConditions(s, request, 'ss', { time: 'session_start', activity: null }));
  const ctes = `ev AS (
    SELECT e.user_id, ${s.localDay('e.occurred_at')} AS day, count(*) AS events, count(DISTINCT NULLIF(e.session_id, '')) AS sessions,
      count(*) FILTER (WHERE e.event_type = 'lesson_complete') AS lessons,
      count(*) FILTER (WHERE e.event_type = 'assessment_complete') AS assessments
    FROM ${s.rel('events', 'e')} WHERE ${events}
    GROUP BY 1, 2
  ),
  se AS (
    SELECT ss.user_id, ${s.localDay('ss.session_start')} AS day, sum(ss.duration_seconds) AS seconds
    FROM ${s.rel('sessions', 'ss')} WHERE ${sessions}
    GROUP BY 1, 2
  )`;
  const body = `SELECT ev.user_id, ev.day, ${s.dayOut('ev.day')} AS activity_date, ev.events, coalesce(se.seconds, 0) / 3600 AS hours,
      ev.sessions, ev.lessons, ev.assessments
    FROM ev LEFT JOIN se ON se.user_id = ev.user_id AND se.day = ev.day`;
  const order = `day DESC, ${s.textKey('user_id')} ASC`;
  return {
    text: pagedStatement(ctes, body, order, page((n) => s.int(n), params.limit, params.offset)),
    read: (rows) => pageOf(rows, (r) => readLearnerDay(r, s)),
  };
};

/** One `learnerActivitySummary` row. */
export function readLearnerDay(r: Row, out: ResultReader): QueryResult<'learnerActivitySummary'>['rows'][number] {
  return {
    learnerId: r.user_id as string,
    activityDate: out.readDate(r.activity_date),
    dailyEvents: count(r.events),
    hoursSpent: count(r.hours),
    sessions: count(r.sessions),
    lessonsCompleted: count(r.lessons),
    assessmentsCompleted: count(r.assessments),
  };
}
