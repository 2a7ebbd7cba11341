import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { activityConditions, and, userConditions } from './filters.js';
import { bucketStart, dateText, rangeConditions } from './time.js';

/**
 * `eventFrequency`: events of one type per local bucket of their attempt's started_at (seed 002 joins
 * fact_kpi_events to fact_scenario_attempts), or of their own occurred_at when they have no attempt.
 */
export async function eventFrequency(
  request: AdapterRequestFor<'eventFrequency'>,
  db: Db,
): Promise<QueryResult<'eventFrequency'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const at = 'coalesce(a.started_at, e.occurred_at)';
  const where = and([
    `e.org_id = ${ctx.org}`,
    `e.event_type = ${ctx.b.text(params.eventType)}`,
    ...userConditions(ctx, request, 'e'),
    ...activityConditions(ctx, request, 'e'),
    ...rangeConditions(ctx, at, params.from, params.to),
  ]);
  const rows = await db.exec(
    `SELECT ${dateText('g.bucket')} AS bucket_start, g.n, g.with_event FROM (
       SELECT ${bucketStart(ctx, params.bucket, at)} AS bucket, count(*) AS n, count(DISTINCT e.attempt_id) AS with_event
       FROM ${ctx.rel('events')} e
       LEFT JOIN ${ctx.rel('attempts')} a ON a.attempt_id = e.attempt_id AND a.org_id = ${ctx.org}
       WHERE ${where}
       GROUP BY 1
     ) g ORDER BY g.bucket`,
    ctx.b.values,
  );
  return {
    eventType: params.eventType,
    bucket: params.bucket,
    points: rows.map((r) => ({ bucketStart: r.bucket_start as string, count: r.n as number, attemptsWithEvent: r.with_event as number })),
  };
}
