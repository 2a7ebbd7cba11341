import { ASSESSMENT_COMPLETE_EVENT_TYPE, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, factConditions, isCompletion, isStart, readContentPerformance } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { jsonNumberRaw } from './json.js';

/**
 * `contentPerformance` (seed 001 "content performance metrics"): per content item, counts and the assessment score
 * from one scan, joined to the average visit time from a second (both read across the shards, joined on the initiator).
 */
export async function contentPerformance(request: AdapterRequestFor<'contentPerformance'>, db: Db): Promise<QueryResult<'contentPerformance'>> {
  const ctx = context(request, db);
  const where = and([...factConditions(ctx, request, '', { time: 'occurred_at', activity: 'activity_id' }), 'isNotNull(activity_id)']);
  const scored = `event_type = '${ASSESSMENT_COMPLETE_EVENT_TYPE}' AND is_number`;
  const counts = `SELECT content AS activity_id, uniqExact(user_id) AS learners, countIf(${isStart('event_type')}) AS starts,
      countIf(${isCompletion('event_type')}) AS completions, uniqExactIf(user_id, ${isCompletion('event_type')}) AS completed,
      if(countIf(${scored}) = 0, NULL, avgIf(score, ${scored})) AS avg_score
    FROM (
      SELECT assumeNotNull(activity_id) AS content, user_id, event_type, ${jsonNumberRaw('payload', 'score')} AS raw,
        match(raw, '^-?[0-9]') AS is_number, toFloat64OrZero(raw) AS score
      FROM ${ctx.t.events} WHERE ${where}
    )
    GROUP BY content`;
  const visits = `SELECT content AS activity_id, avg(seconds) AS avg_time FROM (
      SELECT assumeNotNull(activity_id) AS content, user_id, session_id,
        toFloat64(toUInt32(max(occurred_at))) - toFloat64(toUInt32(min(occurred_at))) AS seconds
      FROM ${ctx.t.events} WHERE ${where}
      GROUP BY content, user_id, session_id
    ) GROUP BY content`;
  const rows = await db.select(
    `SELECT activity_id, learners, starts, completions, completed, avg_score, avg_time
     FROM (${counts}) ANY INNER JOIN (${visits}) USING activity_id
     ORDER BY activity_id`,
  );
  return readContentPerformance(rows);
}
