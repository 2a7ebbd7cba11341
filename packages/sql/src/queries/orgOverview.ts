import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** `orgOverview` as one aggregate over the org's ended attempts (seed 002 `mv_org_overview`). */
export const orgOverview: SqlQuery<'orgOverview'> = (request: AdapterRequestFor<'orgOverview'>, s) => {
  const now = request.params.now;
  const since = (days: number) => s.daysBefore(now, days);
  const where = and([...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }), 'a.ended_at IS NOT NULL']);
  return {
    text: `SELECT count(DISTINCT a.user_id) AS active_users, count(*) AS total_attempts, avg(a.score) AS avg_score,
       ${s.instantOut('max(a.ended_at)')} AS last_activity,
       count(*) FILTER (WHERE a.ended_at >= ${since(7)}) AS last7,
       count(*) FILTER (WHERE a.ended_at >= ${since(30)}) AS last30,
       count(*) FILTER (WHERE a.ended_at >= ${since(14)} AND a.ended_at < ${since(7)}) AS prev7,
       count(*) FILTER (WHERE a.ended_at >= ${since(60)} AND a.ended_at < ${since(30)}) AS prev30
     FROM ${s.rel('attempts', 'a')}
     WHERE ${where}`,
    read: (rows) => readOrgOverview(rows[0]!, s),
  };
};

/** The `orgOverview` result from its one row. */
export function readOrgOverview(r: Row, out: ResultReader): QueryResult<'orgOverview'> {
  return {
    activeUsers: count(r.active_users),
    totalAttempts: count(r.total_attempts),
    avgScore: num(r.avg_score),
    lastActivity: out.readInstant(r.last_activity),
    attemptsLast7Days: count(r.last7),
    attemptsLast30Days: count(r.last30),
    attemptsPrevious7Days: count(r.prev7),
    attemptsPrevious30Days: count(r.prev30),
  };
}
