import { ASSESSMENT_COMPLETE_EVENT_TYPE, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';
import { isCompletion, isStart } from './eventSql.js';

/**
 * `contentPerformance` (seed 001 "content performance metrics"): per content item its learners, starts, completions,
 * the share of its learners who completed it, the average assessment score and the average time of a visit.
 */
export const contentPerformance: SqlQuery<'contentPerformance'> = (request, s) => {
  const where = and([...factConditions(s, request, 'e', { time: 'occurred_at', activity: 'activity_id' }), 'e.activity_id IS NOT NULL']);
  const score = s.jsonNumber('e.payload', 'score');
  return {
    text: `WITH c AS (
       SELECT e.activity_id, count(DISTINCT e.user_id) AS learners,
         count(*) FILTER (WHERE ${isStart('e.event_type')}) AS starts,
         count(*) FILTER (WHERE ${isCompletion('e.event_type')}) AS completions,
         count(DISTINCT e.user_id) FILTER (WHERE ${isCompletion('e.event_type')}) AS completed,
         avg(CASE WHEN e.event_type = '${ASSESSMENT_COMPLETE_EVENT_TYPE}' THEN ${score} END) AS avg_score
       FROM ${s.rel('events', 'e')} WHERE ${where}
       GROUP BY 1
     ),
     v AS (
       SELECT e.activity_id, e.user_id, e.session_id,
         CAST(${s.instantOut('max(e.occurred_at)')} - ${s.instantOut('min(e.occurred_at)')} AS float8) / 1000 AS seconds
       FROM ${s.rel('events', 'e')} WHERE ${where}
       GROUP BY 1, 2, 3
     ),
     t AS (SELECT activity_id, avg(seconds) AS avg_time FROM v GROUP BY 1)
     SELECT c.activity_id, c.learners, c.starts, c.completions, c.completed, c.avg_score, t.avg_time
     FROM c JOIN t ON t.activity_id = c.activity_id
     ORDER BY ${s.textKey('c.activity_id')}`,
    read: (rows) => readContentPerformance(rows, s),
  };
};

/** The `contentPerformance` result from its rows (one per content item, in order). */
export function readContentPerformance(rows: readonly Row[], _out?: ResultReader): QueryResult<'contentPerformance'> {
  return {
    rows: rows.map((r) => {
      const learners = count(r.learners);
      return {
        contentId: r.activity_id as string,
        learners,
        starts: count(r.starts),
        completions: count(r.completions),
        completionRate: count(r.completed) / learners,
        avgAssessmentScore: num(r.avg_score),
        avgTimeSeconds: count(r.avg_time),
      };
    }),
  };
}
