import { masteryLevelOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and } from '../filters.js';
import { page } from '../paging.js';
import { answerConditions, correctFlag, questionJoin, SUBMITTED_AT } from '../questions.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

type Result = QueryResult<'topicMastery'>;

/**
 * `topicMastery` in one statement: the per-topic aggregate (part 0) and, with `grid`, the cells of one page of
 * learners (part 1), each cell counting the latest N and the N before them by row_number() over the learner's
 * attempts in the topic, latest submitted first. Rows come ordered as the result lists them.
 */
export const topicMastery: SqlQuery<'topicMastery'> = (request, s) => {
  const { params } = request;
  const where = and(answerConditions(s, request, 'a'));
  const answers = `qa AS NOT MATERIALIZED (
       SELECT a.attempt_id, a.user_id, q.category AS topic, a.${SUBMITTED_AT} AS submitted_at, a.duration_seconds, ${correctFlag('a.score')} AS ok
       FROM ${s.rel('attempts', 'a')} ${questionJoin(s, 'a', 'q')} WHERE ${where})`;
  const topics = `SELECT 0 AS part, topic, CAST(NULL AS text) AS user_id, CAST(NULL AS text) AS display_name,
       count(*) AS n, sum(ok) AS c, avg(duration_seconds) AS avg_time, count(DISTINCT user_id) AS learners,
       0 AS rn, 0 AS rc, 0 AS en, 0 AS ec, ${params.grid ? '(SELECT count(DISTINCT user_id) FROM qa)' : '0'} AS total
     FROM qa GROUP BY topic`;
  if (!params.grid) {
    return {
      text: `WITH ${answers} ${topics} ORDER BY ${s.textKey('topic')}`,
      read: (rows) => readTopicMastery(params, rows),
    };
  }
  const n = s.int(params.recentAttempts);
  const twoN = s.int(2 * params.recentAttempts);
  const text = `WITH ${answers},
     ranked AS (
       SELECT user_id, topic, ok,
         row_number() OVER (PARTITION BY user_id, topic ORDER BY submitted_at DESC, ${s.textKey('attempt_id')} DESC) AS k
       FROM qa),
     cells AS (
       SELECT user_id, topic, count(*) AS n, sum(ok) AS c,
         count(*) FILTER (WHERE k <= ${n}) AS rn, coalesce(sum(ok) FILTER (WHERE k <= ${n}), 0) AS rc,
         count(*) FILTER (WHERE k > ${n} AND k <= ${twoN}) AS en, coalesce(sum(ok) FILTER (WHERE k > ${n} AND k <= ${twoN}), 0) AS ec
       FROM ranked GROUP BY user_id, topic),
     learners AS (
       SELECT l.user_id, coalesce(u.display_name, l.user_id) AS display_name
       FROM (SELECT DISTINCT user_id FROM cells) l
       LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = l.user_id AND u.org_id = ${s.org}),
     paged AS (
       SELECT * FROM learners ORDER BY ${s.textKey('display_name')}, ${s.textKey('user_id')}
       ${page((v) => s.int(v), params.limit, params.offset)})
     SELECT * FROM (
       ${topics}
       UNION ALL
       SELECT 1, c.topic, c.user_id, p.display_name, c.n, c.c, NULL, NULL, c.rn, c.rc, c.en, c.ec, NULL
       FROM cells c JOIN paged p ON p.user_id = c.user_id
     ) x
     ORDER BY x.part, ${s.textKey('x.display_name')}, ${s.textKey('x.user_id')}, ${s.textKey('x.topic')}`;
  return { text, read: (rows) => readTopicMastery(params, rows) };
};

/**
 * The `topicMastery` result from its rows: topic rows (part 0, with the learner total) in topic order, then with
 * `grid` cell rows (part 1) grouped by learner in page order. Every learner gets a cell for every topic; topics they
 * never attempted are not_started.
 */
export function readTopicMastery(params: QueryParams<'topicMastery'>, rows: readonly Row[]): Result {
  const topicRows = rows.filter((r) => Number(r.part) === 0);
  const topics = topicRows.map((r) => {
    const attempts = count(r.n);
    const correct = count(r.c);
    return { topic: r.topic as string, attempts, correct, accuracy: correct / attempts, avgTimeSeconds: num(r.avg_time), learners: count(r.learners) };
  });
  if (!params.grid) return { topics, grid: null };
  const thresholdPercent = Math.round(params.masteryThreshold * 100);
  const learners = new Map<string, { displayName: string; cells: Map<string, Row> }>();
  for (const r of rows) {
    if (Number(r.part) !== 1) continue;
    const id = r.user_id as string;
    let learner = learners.get(id);
    if (learner === undefined) learners.set(id, (learner = { displayName: r.display_name as string, cells: new Map() }));
    learner.cells.set(r.topic as string, r);
  }
  return {
    topics,
    grid: {
      masteryThreshold: params.masteryThreshold,
      recentAttempts: params.recentAttempts,
      total: topicRows.length === 0 ? 0 : count(topicRows[0]!.total),
      rows: [...learners].map(([userId, l]) => ({
        userId,
        displayName: l.displayName,
        cells: topics.map(({ topic }) => {
          const r = l.cells.get(topic);
          return masteryCell(topic, r === undefined ? null : {
            attempts: count(r.n), correct: count(r.c), recentAttempts: count(r.rn), recentCorrect: count(r.rc),
            earlierAttempts: count(r.en), earlierCorrect: count(r.ec),
          }, params.recentAttempts, thresholdPercent);
        }),
      })),
    },
  };
}

/** One grid cell from a learner's counts in a topic (null: never attempted). */
export function masteryCell(
  topic: string,
  e: { attempts: number; correct: number; recentAttempts: number; recentCorrect: number; earlierAttempts: number; earlierCorrect: number } | null,
  window: number,
  thresholdPercent: number,
): NonNullable<Result['grid']>['rows'][number]['cells'][number] {
  if (e === null || e.attempts === 0) return { topic, attempts: 0, correct: 0, accuracy: null, recentAccuracy: null, level: 'not_started' };
  return {
    topic,
    attempts: e.attempts,
    correct: e.correct,
    accuracy: e.correct / e.attempts,
    recentAccuracy: e.recentCorrect / e.recentAttempts,
    level: masteryLevelOf(e, window, thresholdPercent),
  };
}
