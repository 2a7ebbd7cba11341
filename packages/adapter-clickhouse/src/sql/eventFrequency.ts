import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { activityConditions, and, daysConditions, rangeConditions, readEventFrequency, userConditions } from '@learnlens/sql';
import { str } from '../literal.js';
import { context, type Db } from './context.js';
import { bucketDayOf, dayOf, localSeconds } from './time.js';

/**
 * `eventFrequency`: events of one type per local bucket of their attempt's started_at (seed 002 joins
 * fact_kpi_events to fact_scenario_attempts), or of their own occurred_at when they have no attempt.
 *
 * Both sides of the join are subqueries, so on Distributed tables each is read across the shards and joined on
 * the initiator: correct however events and attempts are sharded.
 */
export async function eventFrequency(
  request: AdapterRequestFor<'eventFrequency'>,
  db: Db,
): Promise<QueryResult<'eventFrequency'>> {
  const { params } = request;
  const ctx = context(request, db);
  const events = and([
    `org_id = ${ctx.org}`,
    `event_type = ${str(params.eventType)}`,
    ...userConditions(ctx, request, ''),
    ...activityConditions(ctx, request, ''),
  ]);
  const at = 'ifNull(attempt_started, occurred_at)';
  const bucket = bucketDayOf(params.bucket, dayOf(localSeconds(ctx, at)), params.weekStart);
  const rows = await db.select(
    `SELECT ${bucket} AS bucket_start, count() AS n, uniqExact(attempt_id) AS with_event
     FROM (SELECT attempt_id, occurred_at FROM ${ctx.t.events} WHERE ${events})
     ANY LEFT JOIN (SELECT attempt_id, started_at AS attempt_started FROM ${ctx.t.attempts} WHERE org_id = ${ctx.org})
     USING attempt_id
     WHERE ${and([...rangeConditions(ctx, at, params.from, params.to), ...daysConditions(ctx, at, params.days)])}
     GROUP BY bucket_start ORDER BY bucket_start`,
  );
  return readEventFrequency(params, rows, ctx);
}
