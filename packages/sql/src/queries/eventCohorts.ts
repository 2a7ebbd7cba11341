import type { QueryParams, QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/**
 * A learner's band over `rate` (events / attempts as a float8 expression): how many of `bounds` it reaches. Bounds are
 * numbers the params schema checked, written as float8 literals so every backend compares the same doubles.
 */
export function cohortBandSql(rate: string, bounds: readonly number[], float: (literal: string) => string): string {
  return bounds.map((b) => `(CASE WHEN ${rate} >= ${float(String(b))} THEN 1 ELSE 0 END)`).join(' + ');
}

/**
 * `eventCohorts`: each learner's ended attempts in [from, to) with their events of one type, the learner placed in
 * the band their events per attempt reaches; per band the learners, attempts, events and scores.
 */
export const eventCohorts: SqlQuery<'eventCohorts'> = (request, s) => {
  const { params } = request;
  const attempts = and([
    ...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }),
    'a.ended_at IS NOT NULL',
  ]);
  const float = (x: string) => `CAST(${x} AS float8)`;
  const band = cohortBandSql(`${float('l.events')} / l.attempts`, params.bounds, float);
  return {
    text: `SELECT b.band, count(*) AS learners, sum(b.attempts) AS attempts, sum(b.events) AS events,
       sum(b.scored) AS scored, sum(b.score_sum) AS score_sum
     FROM (
       SELECT ${band} AS band, l.attempts, l.events, l.scored, l.score_sum
       FROM (
         SELECT a.user_id, count(*) AS attempts, sum(coalesce(k.n, 0)) AS events, count(a.score) AS scored, sum(a.score) AS score_sum
         FROM ${s.rel('attempts', 'a')}
         LEFT JOIN (
           SELECT e.attempt_id, count(*) AS n FROM ${s.rel('events', 'e')}
           WHERE e.org_id = ${s.org} AND e.event_type = ${s.text(params.eventType)} AND e.attempt_id IS NOT NULL
           GROUP BY e.attempt_id
         ) k ON k.attempt_id = a.attempt_id
         WHERE ${attempts}
         GROUP BY a.user_id
       ) l
     ) b
     GROUP BY b.band ORDER BY b.band`,
    read: (rows) => readEventCohorts(params, rows),
  };
};

/** The `eventCohorts` result from its rows (one per non-empty band): every band, empty ones with zeros. */
export function readEventCohorts(
  params: Pick<QueryParams<'eventCohorts'>, 'eventType' | 'bounds'>,
  rows: readonly Row[],
): QueryResult<'eventCohorts'> {
  const byBand = new Map(rows.map((r) => [count(r.band), r]));
  const { bounds } = params;
  return {
    eventType: params.eventType,
    bands: Array.from({ length: bounds.length + 1 }, (_, band) => {
      const r = byBand.get(band);
      const attempts = r ? count(r.attempts) : 0;
      const events = r ? count(r.events) : 0;
      const scored = r ? count(r.scored) : 0;
      return {
        band,
        from: band === 0 ? 0 : bounds[band - 1]!,
        to: band < bounds.length ? bounds[band]! : null,
        learners: r ? count(r.learners) : 0,
        attempts,
        events,
        eventsPerAttempt: attempts > 0 ? events / attempts : null,
        scoredAttempts: scored,
        avgScore: scored > 0 ? num(r!.score_sum)! / scored : null,
      };
    }),
  };
}
