import { EVENT_TIMING_PARTS, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, factConditions, readEventTiming, tenthCounts } from '@learnlens/sql';
import { context, type Db } from './context.js';

/**
 * `eventTiming`: events of the requested types by tenth of their attempt's duration. DateTime holds whole seconds, so
 * offsets are whole seconds in ms and the tenth is an integer division (an event exactly at the end in the last
 * tenth). Both sides of the join are subqueries, read across the shards and joined on the initiator.
 */
export async function eventTiming(request: AdapterRequestFor<'eventTiming'>, db: Db): Promise<QueryResult<'eventTiming'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const events = and([`org_id = ${ctx.org}`, ctx.inList('event_type', params.eventTypes), 'isNotNull(attempt_id)']);
  const attempts = and([
    ...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }),
    'isNotNull(duration_seconds)',
    'duration_seconds > 0',
  ]);
  const last = EVENT_TIMING_PARTS - 1;
  const rows = await db.select(
    `SELECT event_type, count() AS n, uniqExact(attempt_id) AS attempts, ${tenthCounts((c) => `countIf(${c})`, 'tenth')}
     FROM (
       SELECT event_type, attempt_id, (toInt64(toUInt32(occurred_at)) - start_s) * 1000 AS off_ms,
         if(off_ms >= dur_ms, ${last}, intDiv(off_ms * ${EVENT_TIMING_PARTS}, dur_ms)) AS tenth
       FROM (SELECT event_type, attempt_id, occurred_at FROM ${t.events} WHERE ${events})
       ALL INNER JOIN (
         SELECT attempt_id, toInt64(toUInt32(started_at)) AS start_s, toInt64(assumeNotNull(duration_seconds)) * 1000 AS dur_ms
         FROM ${t.attempts} WHERE ${attempts}
       ) USING attempt_id
       WHERE off_ms >= 0 AND off_ms <= dur_ms
     )
     GROUP BY event_type ORDER BY event_type`,
  );
  return readEventTiming(rows);
}
