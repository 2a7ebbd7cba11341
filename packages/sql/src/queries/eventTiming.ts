import { EVENT_TIMING_PARTS, type QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';

const parts = Array.from({ length: EVENT_TIMING_PARTS }, (_, k) => k);

/** `count(CASE WHEN <tenth> = k …)` AS t0 … t9: a type's events per tenth, as aggregate columns. */
export function tenthCounts(countIf: (condition: string) => string, tenth: string): string {
  return parts.map((k) => `${countIf(`${tenth} = ${k}`)} AS t${k}`).join(', ');
}

/**
 * `eventTiming`: events of the requested types by tenth of their attempt's duration (seed 002 timestamp_ms over
 * duration_seconds), for attempts started in [from, to) with a positive duration; events outside the call are left out
 * and one exactly at its end is in the last tenth.
 */
export const eventTiming: SqlQuery<'eventTiming'> = (request, s) => {
  const { params } = request;
  const where = and([
    `e.org_id = ${s.org}`,
    s.inList('e.event_type', params.eventTypes),
    'a.duration_seconds > 0',
    ...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }),
  ]);
  const offset = `(${s.instantOut('e.occurred_at')} - ${s.instantOut('a.started_at')})`;
  return {
    text: `SELECT p.event_type, count(*) AS n, count(DISTINCT p.attempt_id) AS attempts,
       ${tenthCounts((c) => `count(CASE WHEN ${c} THEN 1 END)`, `least(${EVENT_TIMING_PARTS - 1}, floor(p.off_ms * ${EVENT_TIMING_PARTS} / p.dur_ms))`)}
     FROM (
       SELECT e.event_type, e.attempt_id, ${offset} AS off_ms, a.duration_seconds * 1000 AS dur_ms
       FROM ${s.rel('events', 'e')}
       JOIN ${s.rel('attempts', 'a')} ON a.attempt_id = e.attempt_id
       WHERE ${where}
     ) p
     WHERE p.off_ms >= 0 AND p.off_ms <= p.dur_ms
     GROUP BY p.event_type
     ORDER BY ${s.textKey('p.event_type')}`,
    read: readEventTiming,
  };
};

/** The `eventTiming` result from its rows (one per event type, in order, with counts t0 … t9). */
export function readEventTiming(rows: readonly Row[]): QueryResult<'eventTiming'> {
  return {
    rows: rows.map((r) => {
      const events = count(r.n);
      const counts = parts.map((k) => count(r[`t${k}`]));
      return { eventType: String(r.event_type), events, attempts: count(r.attempts), counts, shares: counts.map((c) => c / events) };
    }),
  };
}
