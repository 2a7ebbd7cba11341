import { parseSort, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import { orderTerm, page, pagedStatement, pageOf } from '../paging.js';
import { activityInsightsSort, sortKey } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** `activityInsights`: per-activity statistics of scored attempts (seed 002 `mv_scenario_insights`), paged with a total. */
export const activityInsights: SqlQuery<'activityInsights'> = (request, s) => {
  const { params } = request;
  const where = and([...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }), 'a.score IS NOT NULL']);
  const { field, descending } = parseSort(params.sort);
  const body = `SELECT g.*, coalesce(act.title, g.activity_id) AS activity_name
    FROM (
      SELECT a.activity_id, count(*) AS attempt_count, avg(a.score) AS avg_score, stddev_samp(a.score) AS score_stddev,
        ${s.median('a.score')} AS median_score, avg(a.duration_seconds) AS avg_duration,
        ${s.instantOut('max(a.ended_at)')} AS last_attempted
      FROM ${s.rel('attempts', 'a')} WHERE ${where}
      GROUP BY a.activity_id
    ) g
    LEFT JOIN ${s.rel('activities', 'act')} ON act.activity_id = g.activity_id AND act.org_id = ${s.org}`;
  const order = `${orderTerm(sortKey(s, field, activityInsightsSort[field]), descending)}, ${s.textKey('activity_id')} ASC`;
  return {
    text: pagedStatement('', body, order, page((n) => s.int(n), params.limit, params.offset)),
    read: (rows) => pageOf(rows, (r) => readActivityInsight(r, s)),
  };
};

/** One `activityInsights` row. */
export function readActivityInsight(r: Row, out: ResultReader): QueryResult<'activityInsights'>['rows'][number] {
  return {
    activityId: r.activity_id as string,
    activityName: r.activity_name as string,
    attemptCount: count(r.attempt_count),
    avgScore: count(r.avg_score),
    scoreStddev: num(r.score_stddev),
    medianScore: count(r.median_score),
    avgDurationSeconds: num(r.avg_duration),
    lastAttemptedAt: out.readInstant(r.last_attempted),
  };
}
