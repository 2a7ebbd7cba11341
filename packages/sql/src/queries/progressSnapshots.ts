import { FAMILIAR_PERCENT, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { activityConditions, and, rangeConditions, userConditions } from '../filters.js';
import { page, pagedStatement, pageOf } from '../paging.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';
import { CORRECT, isAnswer, SUBMITTED_AT } from '../questions.js';

// A topic is "struggling" when the latest answers in it are below topicMastery's familiar line (FAMILIAR_PERCENT).

/**
 * `progressSnapshots`: per learner and bucket they answered in, the progress as it stood at the bucket's end (seed 003
 * `student_progress_snapshots`, computed rather than stored). Each snapshot joins every earlier answer of the learner
 * (bucket of submission ≤ its bucket), ranks them per topic latest submitted first for the mastery levels, and joins the stored SM-2 cards
 * whose last review falls in the same buckets.
 */
export const progressSnapshots: SqlQuery<'progressSnapshots'> = (request, s) => {
  const { params } = request;
  const b = params.bucket;
  const n = s.int(params.recentAttempts);
  const twoN = s.int(2 * params.recentAttempts);
  const percent = s.int(Math.round(params.masteryThreshold * 100));
  const answers = and([
    `a.org_id = ${s.org}`,
    ...userConditions(s, request, 'a'),
    ...activityConditions(s, request, 'a'),
    ...rangeConditions(s, `a.${SUBMITTED_AT}`, undefined, params.to),
    isAnswer(s, 'a'),
  ]);
  const cards = and([
    `c.org_id = ${s.org}`,
    ...userConditions(s, request, 'c'),
    ...activityConditions(s, request, 'c'),
    ...rangeConditions(s, 'c.last_reviewed_at', undefined, params.to),
  ]);
  const ctes = `qa AS (
    SELECT a.attempt_id, a.user_id, a.activity_id, q.category AS topic, a.${SUBMITTED_AT} AS submitted_at, a.score,
      ${s.bucketStart(b, `a.${SUBMITTED_AT}`, params.weekStart)} AS bk, CASE WHEN ${CORRECT('a')} THEN 1 ELSE 0 END AS ok
    FROM ${s.rel('attempts', 'a')}
    JOIN ${s.rel('activities', 'q')} ON q.activity_id = a.activity_id AND q.org_id = ${s.org}
    WHERE ${answers}
  ),
  snaps AS (SELECT DISTINCT user_id, bk FROM qa WHERE ${and(rangeConditions(s, 'submitted_at', params.from, undefined))}),
  ev AS (
    SELECT sn.user_id, sn.bk AS snap, qa.topic, qa.ok, qa.submitted_at, qa.attempt_id
    FROM snaps sn JOIN qa ON qa.user_id = sn.user_id AND qa.bk <= sn.bk
  ),
  totals AS (SELECT user_id, snap, count(*) AS n, sum(ok) AS c FROM ev GROUP BY user_id, snap),
  ranked AS (
    SELECT user_id, snap, topic, ok,
      row_number() OVER (PARTITION BY user_id, snap, topic ORDER BY submitted_at DESC, ${s.textKey('attempt_id')} DESC) AS k
    FROM ev
  ),
  cells AS (
    SELECT user_id, snap, topic,
      count(*) FILTER (WHERE k <= ${n}) AS rn, coalesce(sum(ok) FILTER (WHERE k <= ${n}), 0) AS rc,
      count(*) FILTER (WHERE k > ${n}) AS en, coalesce(sum(ok) FILTER (WHERE k > ${n}), 0) AS ec
    FROM ranked WHERE k <= ${twoN} GROUP BY user_id, snap, topic
  ),
  levels AS (
    SELECT user_id, snap,
      count(*) FILTER (WHERE rn = ${n} AND 100 * rc >= ${percent} * rn AND en = ${n} AND 100 * ec >= ${percent} * en) AS mastered,
      count(*) FILTER (WHERE NOT (rn = ${n} AND 100 * rc >= ${percent} * rn) AND 100 * rc < ${FAMILIAR_PERCENT} * rn) AS struggling
    FROM cells GROUP BY user_id, snap
  ),
  reviewed AS (
    SELECT user_id, bk AS snap, count(DISTINCT activity_id) AS reviewed
    FROM qa WHERE score IS NOT NULL GROUP BY user_id, bk
  ),
  cards AS (
    SELECT c.user_id, ${s.bucketStart(b, 'c.last_reviewed_at', params.weekStart)} AS last_bk, ${s.bucketStart(b, 'c.next_review_at', params.weekStart)} AS next_bk, c.ease_factor
    FROM ${s.rel('spaced_repetition', 'c')} WHERE ${cards}
  ),
  sr AS (
    SELECT sn.user_id, sn.bk AS snap, count(*) FILTER (WHERE cd.next_bk <= sn.bk) AS due, avg(cd.ease_factor) AS ease
    FROM snaps sn JOIN cards cd ON cd.user_id = sn.user_id AND cd.last_bk <= sn.bk
    GROUP BY sn.user_id, sn.bk
  )`;
  const body = `SELECT sn.user_id, coalesce(u.display_name, sn.user_id) AS display_name, sn.bk, ${s.dayOut('sn.bk')} AS bucket_start,
      t.n, t.c, coalesce(l.mastered, 0) AS mastered, coalesce(l.struggling, 0) AS struggling,
      coalesce(sr.due, 0) AS due, coalesce(r.reviewed, 0) AS reviewed, sr.ease
    FROM snaps sn
    JOIN totals t ON t.user_id = sn.user_id AND t.snap = sn.bk
    LEFT JOIN levels l ON l.user_id = sn.user_id AND l.snap = sn.bk
    LEFT JOIN reviewed r ON r.user_id = sn.user_id AND r.snap = sn.bk
    LEFT JOIN sr ON sr.user_id = sn.user_id AND sr.snap = sn.bk
    LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = sn.user_id AND u.org_id = ${s.org}`;
  const order = `${s.textKey('user_id')} ASC, bk ASC`;
  return {
    text: pagedStatement(ctes, body, order, page((v) => s.int(v), params.limit, params.offset)),
    read: (rows) => ({ bucket: b, ...pageOf(rows, (r) => readProgressSnapshot(r, s)) }),
  };
};

/** One `progressSnapshots` row. */
export function readProgressSnapshot(r: Row, out: ResultReader): QueryResult<'progressSnapshots'>['rows'][number] {
  const attempted = count(r.n);
  const correct = count(r.c);
  return {
    userId: r.user_id as string,
    displayName: r.display_name as string,
    bucketStart: out.readDate(r.bucket_start),
    questionsAttempted: attempted,
    correct,
    accuracy: (correct * 100) / attempted,
    topicsMastered: count(r.mastered),
    topicsStruggling: count(r.struggling),
    cardsDue: count(r.due),
    cardsReviewed: count(r.reviewed),
    averageEase: num(r.ease),
  };
}
