import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { page, pagedStatement } from './paging.js';
import { dateText, localDate } from './time.js';

/**
 * `learnerActivitySummary` (seed 001 view of the same name): events per learner and local day, with the hours of
 * the sessions that learner started that day.
 */
export async function learnerActivitySummary(
  request: AdapterRequestFor<'learnerActivitySummary'>,
  db: Db,
): Promise<QueryResult<'learnerActivitySummary'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const events = and(factConditions(ctx, request, 'e', { time: 'occurred_at', activity: 'activity_id' }));
  const sessions = and(factConditions(ctx, request, 'ss', { time: 'session_start', activity: null }));
  const ctes = `ev AS (
    SELECT e.user_id, ${localDate(ctx, 'e.occurred_at')} AS day, count(*) AS events, count(DISTINCT e.session_id) AS sessions,
      count(*) FILTER (WHERE e.event_type = 'lesson_complete') AS lessons,
      count(*) FILTER (WHERE e.event_type = 'assessment_complete') AS assessments
    FROM ${ctx.rel('events')} e WHERE ${events}
    GROUP BY 1, 2
  ),
  se AS (
    SELECT ss.user_id, ${localDate(ctx, 'ss.session_start')} AS day, sum(ss.duration_seconds) AS seconds
    FROM ${ctx.rel('sessions')} ss WHERE ${sessions}
    GROUP BY 1, 2
  )`;
  const body = `SELECT ev.user_id, ev.day, ${dateText('ev.day')} AS activity_date, ev.events, coalesce(se.seconds, 0) / 3600 AS hours,
      ev.sessions, ev.lessons, ev.assessments
    FROM ev LEFT JOIN se ON se.user_id = ev.user_id AND se.day = ev.day`;
  const order = 'day DESC, user_id COLLATE "C" ASC';
  const rows = await db.exec(pagedStatement(ctes, body, order, page(ctx, params.limit, params.offset)), ctx.b.values);
  return {
    total: (rows[0]?.total as number | undefined) ?? 0,
    rows: rows
      .filter((r) => r.user_id !== null)
      .map((r) => ({
        learnerId: r.user_id as string,
        activityDate: r.activity_date as string,
        dailyEvents: r.events as number,
        hoursSpent: r.hours as number,
        sessions: r.sessions as number,
        lessonsCompleted: r.lessons as number,
        assessmentsCompleted: r.assessments as number,
      })),
  };
}
