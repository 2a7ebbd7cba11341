import { parseSort, QUESTION_QUALITY_TOP_REASONS, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, factConditions, isAnswer, isQuestion, orderTerm, pageOf, questionQualitySort, readQuestionQuality, type Row } from '@learnlens/sql';
import { inList } from '../literal.js';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { SUBMITTED } from './questions.js';
import { sortKey } from './sortKeys.js';

const COLUMNS = [
  'activity_id', 'title', 'topic', 'learners', 'attempts', 'correct', 'accuracy', 'avg_time', 'flags', 'open_flags', 'flag_rate',
];

/**
 * `questionQuality`: per question, attempts (seed 003 `update_question_stats`) beside flags (seed 003 "flag rate by
 * question"), paged with a total. The two aggregates meet in a UNION ALL grouped by question (18.16 has no FULL JOIN
 * worth trusting); the page's top reasons come from a second, small statement over the page's questions only.
 */
export async function questionQuality(
  request: AdapterRequestFor<'questionQuality'>,
  db: Db,
): Promise<QueryResult<'questionQuality'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const attempts = and([...factConditions(ctx, request, '', { time: SUBMITTED, activity: 'activity_id' }), isAnswer(ctx, '')]);
  const flags = and([...factConditions(ctx, request, '', { time: 'created_at', activity: 'activity_id' }), isQuestion(ctx, '')]);
  const both = `SELECT activity_id, uniqExact(user_id) AS n_learners, toUInt64(count()) AS n_attempts, toUInt64(countIf(score = 1)) AS n_correct,
      toFloat64(sum(ifNull(duration_seconds, 0))) AS time_sum, toUInt64(count(duration_seconds)) AS time_count,
      toUInt64(0) AS n_flags, toUInt64(0) AS n_open
    FROM ${t.attempts} WHERE ${attempts} GROUP BY activity_id
    UNION ALL
    SELECT activity_id, toUInt64(0), toUInt64(0), toUInt64(0), toFloat64(0), toUInt64(0),
      toUInt64(uniqExact(flag_id)), toUInt64(uniqExactIf(flag_id, status = 'open'))
    FROM ${t.question_flags} WHERE ${flags} GROUP BY activity_id`;
  const { field, descending } = parseSort(params.sort);
  const body = `SELECT activity_id, ifNull(any(act_title), activity_id) AS title, ifNull(any(act_topic), '') AS topic,
      sum(n_learners) AS learners, sum(n_attempts) AS attempts, sum(n_correct) AS correct,
      if(attempts > 0, correct * 100 / attempts, NULL) AS accuracy,
      if(sum(time_count) > 0, sum(time_sum) / sum(time_count), NULL) AS avg_time,
      sum(n_flags) AS flags, sum(n_open) AS open_flags, if(learners > 0, flags / learners, NULL) AS flag_rate
    FROM (${both})
    ANY LEFT JOIN (SELECT activity_id, title AS act_title, category AS act_topic FROM ${t.activities} WHERE org_id = ${ctx.org}) USING activity_id
    GROUP BY activity_id
    ORDER BY ${orderTerm(sortKey(questionQualitySort[field]), descending)}, activity_id ASC`;
  const page = await db.select(pagedArrayStatement(body, COLUMNS, params.limit, params.offset));
  const ids = page.filter((r) => Number(r._hit) === 1).map((r) => r.activity_id as string);
  const reasons = new Map<string, unknown[]>();
  if (ids.length > 0) {
    const rows = await db.select(`SELECT activity_id, reason, uniqExact(flag_id) AS n FROM ${t.question_flags}
      WHERE ${and([flags, inList('activity_id', ids)])}
      GROUP BY activity_id, reason`);
    for (const r of rows) {
      const id = r.activity_id as string;
      let list = reasons.get(id);
      if (list === undefined) reasons.set(id, (list = []));
      list.push({ reason: r.reason as string, n: Number(r.n) });
    }
    // Most frequent first, ties by reason (the reasons are an enum of ASCII words: UTF-16 order is code-point order).
    for (const [id, list] of reasons) {
      const sorted = (list as { reason: string; n: number }[]).sort(
        (x, y) => y.n - x.n || (x.reason < y.reason ? -1 : x.reason > y.reason ? 1 : 0),
      );
      reasons.set(id, sorted.slice(0, QUESTION_QUALITY_TOP_REASONS));
    }
  }
  return pageOf(page, (r: Row) => readQuestionQuality({ ...r, top_reasons: reasons.get(r.activity_id as string) ?? [] }));
}
