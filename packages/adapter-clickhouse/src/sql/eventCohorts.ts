import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, cohortBandSql, factConditions, readEventCohorts } from '@learnlens/sql';
import { str } from '../literal.js';
import { context, type Db } from './context.js';

/**
 * `eventCohorts`: each learner's ended attempts in [from, to) with their events of one type (counted per attempt, then
 * joined), the learner in the band their events per attempt reaches (Float64 division, as on every backend).
 */
export async function eventCohorts(request: AdapterRequestFor<'eventCohorts'>, db: Db): Promise<QueryResult<'eventCohorts'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const attempts = and([...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }), 'isNotNull(ended_at)']);
  const events = and([`org_id = ${ctx.org}`, `event_type = ${str(params.eventType)}`, 'isNotNull(attempt_id)']);
  const band = cohortBandSql('toFloat64(ue) / ua', params.bounds, (x) => `toFloat64(${x})`);
  // Aliases differ from the columns they aggregate: 18.16 reads `sum(x) AS x` as an aggregate inside an aggregate.
  const rows = await db.select(
    `SELECT ${band} AS band, count() AS learners, sum(ua) AS attempts, sum(ue) AS events, sum(us) AS scored, sum(uss) AS score_sum
     FROM (
       SELECT user_id, count() AS ua, sum(ifNull(n, 0)) AS ue, count(score) AS us, sum(ifNull(score, 0)) AS uss
       FROM (SELECT attempt_id, user_id, score FROM ${t.attempts} WHERE ${attempts})
       ANY LEFT JOIN (
         SELECT attempt_id, count() AS n FROM ${t.events} WHERE ${events} GROUP BY attempt_id
       ) USING attempt_id
       GROUP BY user_id
     )
     GROUP BY band ORDER BY band`,
  );
  return readEventCohorts(params, rows);
}
