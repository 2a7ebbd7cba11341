import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { activityConditions, and, daysConditions, rangeConditions, userConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';

/**
 * `eventFrequency`: events of one type per local bucket of their attempt's started_at (seed 002 joins
 * fact_kpi_events to fact_scenario_attempts), or of their own occurred_at when they have no attempt.
 */
export const eventFrequency: SqlQuery<'eventFrequency'> = (request, s) => {
  const { params } = request;
  const at = 'coalesce(a.started_at, e.occurred_at)';
  const where = and([
    `e.org_id = ${s.org}`,
    `e.event_type = ${s.text(params.eventType)}`,
    ...userConditions(s, request, 'e'),
    ...activityConditions(s, request, 'e'),
    ...rangeConditions(s, at, params.from, params.to),
    ...daysConditions(s, at, params.days),
  ]);
  return {
    text: `SELECT ${s.dayOut('g.bucket')} AS bucket_start, g.n, g.with_event FROM (
       SELECT ${s.bucketStart(params.bucket, at, params.weekStart)} AS bucket, count(*) AS n, count(DISTINCT e.attempt_id) AS with_event
       FROM ${s.rel('events', 'e')}
       LEFT JOIN ${s.rel('attempts', 'a')} ON a.attempt_id = e.attempt_id AND a.org_id = ${s.org}
       WHERE ${where}
       GROUP BY 1
     ) g ORDER BY g.bucket`,
    read: (rows) => readEventFrequency(params, rows, s),
  };
};

/** The `eventFrequency` result from its rows (one per bucket, in order). */
export function readEventFrequency(
  params: Pick<QueryResult<'eventFrequency'>, 'eventType' | 'bucket'>,
  rows: readonly Row[],
  out: ResultReader,
): QueryResult<'eventFrequency'> {
  return {
    eventType: params.eventType,
    bucket: params.bucket,
    points: rows.map((r) => ({ bucketStart: out.readDate(r.bucket_start), count: count(r.n), attemptsWithEvent: count(r.with_event) })),
  };
}
