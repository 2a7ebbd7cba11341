import { parseSort, QUESTION_QUALITY_TOP_REASONS, type QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import { orderTerm, page, pagedStatement, pageOf } from '../paging.js';
import { questionQualitySort, sortKey } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, fieldsOf, num } from '../values.js';
import { CORRECT, isAnswer, isQuestion, SUBMITTED_AT } from '../questions.js';

/**
 * `questionQuality`: per question, the attempting learners, attempts, correct answers and time (seed 003
 * `update_question_stats`) beside its flags (seed 003 "flag rate by question"), paged with a total.
 */
export const questionQuality: SqlQuery<'questionQuality'> = (request, s) => {
  const { params } = request;
  const attempts = and([...factConditions(s, request, 'a', { time: SUBMITTED_AT, activity: 'activity_id' }), isAnswer(s, 'a')]);
  const flags = and([...factConditions(s, request, 'f', { time: 'created_at', activity: 'activity_id' }), isQuestion(s, 'f')]);
  const ctes = `att AS (
    SELECT a.activity_id, count(DISTINCT a.user_id) AS learners, count(*) AS attempts,
      count(*) FILTER (WHERE ${CORRECT('a')}) AS correct, avg(a.duration_seconds) AS avg_time
    FROM ${s.rel('attempts', 'a')} WHERE ${attempts}
    GROUP BY a.activity_id
  ),
  fl AS (SELECT f.flag_id, f.activity_id, f.reason, f.status FROM ${s.rel('question_flags', 'f')} WHERE ${flags}),
  flagged AS (
    SELECT activity_id, count(DISTINCT flag_id) AS flags, count(DISTINCT flag_id) FILTER (WHERE status = 'open') AS open_flags
    FROM fl GROUP BY activity_id
  ),
  reasons AS (
    SELECT activity_id, reason, n, row_number() OVER (PARTITION BY activity_id ORDER BY n DESC, ${s.textKey('reason')}) AS pos
    FROM (SELECT activity_id, reason, count(DISTINCT flag_id) AS n FROM fl GROUP BY activity_id, reason) r
  ),
  top_reasons AS (
    SELECT activity_id, ${s.collect({ reason: 'reason', n: 'n' }, 'pos')} AS top_reasons
    FROM reasons WHERE pos <= ${QUESTION_QUALITY_TOP_REASONS} GROUP BY activity_id
  ),
  ids AS (SELECT activity_id FROM att UNION SELECT activity_id FROM flagged)`;
  const body = `SELECT ids.activity_id, coalesce(act.title, ids.activity_id) AS title, coalesce(act.category, '') AS topic,
      coalesce(att.learners, 0) AS learners, coalesce(att.attempts, 0) AS attempts, coalesce(att.correct, 0) AS correct,
      CAST(att.correct AS float8) * 100 / att.attempts AS accuracy, att.avg_time,
      coalesce(flagged.flags, 0) AS flags, coalesce(flagged.open_flags, 0) AS open_flags,
      CAST(coalesce(flagged.flags, 0) AS float8) / att.learners AS flag_rate, tr.top_reasons
    FROM ids
    LEFT JOIN att ON att.activity_id = ids.activity_id
    LEFT JOIN flagged ON flagged.activity_id = ids.activity_id
    LEFT JOIN top_reasons tr ON tr.activity_id = ids.activity_id
    LEFT JOIN ${s.rel('activities', 'act')} ON act.activity_id = ids.activity_id AND act.org_id = ${s.org}`;
  const { field, descending } = parseSort(params.sort);
  const column = questionQualitySort[field];
  const order = `${orderTerm(sortKey(s, field, column), descending)}, ${s.textKey('activity_id')} ASC`;
  return {
    text: pagedStatement(ctes, body, order, page((n) => s.int(n), params.limit, params.offset)),
    read: (rows) => pageOf(rows, readQuestionQuality),
  };
};

/** One `questionQuality` row. */
export function readQuestionQuality(r: Row): QueryResult<'questionQuality'>['rows'][number] {
  const reasons = (Array.isArray(r.top_reasons) ? r.top_reasons : typeof r.top_reasons === 'string' ? JSON.parse(r.top_reasons) : []) as unknown[];
  return {
    activityId: r.activity_id as string,
    title: r.title as string,
    topic: r.topic as string,
    learners: count(r.learners),
    attempts: count(r.attempts),
    correct: count(r.correct),
    accuracy: num(r.accuracy),
    avgTimeSeconds: num(r.avg_time),
    flags: count(r.flags),
    openFlags: count(r.open_flags),
    flagRate: num(r.flag_rate),
    topReasons: reasons.map((x) => {
      const [reason, n] = fieldsOf(x, ['reason', 'n']);
      return { reason: reason as string, flags: count(n) };
    }),
  };
}
