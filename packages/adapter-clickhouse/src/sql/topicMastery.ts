import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, fieldsOf, readTopicMastery, type Row } from '@learnlens/sql';
import { int } from '../literal.js';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { answerConditions, CORRECT, joinQuestions, SUBMITTED } from './questions.js';

const CELL_FIELDS = ['topic', 'n', 'c', 'rn', 'rc', 'en', 'ec'] as const;
const COLUMNS = ['user_id', 'display_name', 'cells'];

/**
 * `topicMastery`: the per-topic aggregate, and with `grid` one page of learners, each with its cells. 18.16 has no
 * window functions, so a cell's latest N attempts and the N before them are slices of its attempts gathered newest
 * first ((submit instant, attempt_id) descending). The grid is a second statement, sent beside the first.
 */
export async function topicMastery(request: AdapterRequestFor<'topicMastery'>, db: Db): Promise<QueryResult<'topicMastery'>> {
  const { params } = request;
  const ctx = context(request, db);
  const where = and(answerConditions(ctx, request));
  const answers = `FROM ${ctx.t.attempts} ${joinQuestions(ctx, 'category AS topic')} WHERE ${where}`;
  const topics = db.select(
    `SELECT 0 AS part, topic, count() AS n, countIf(${CORRECT}) AS c, avg(duration_seconds) AS avg_time,
       uniqExact(user_id) AS learners
     ${answers}
     GROUP BY topic ORDER BY topic`,
  );
  if (!params.grid) return readTopicMastery(params, await topics);
  const n = int(params.recentAttempts);
  const cells = `SELECT user_id, topic, count() AS n, countIf(${CORRECT}) AS c,
      arrayReverseSort(groupArray((${SUBMITTED}, attempt_id, ${CORRECT}))) AS seq,
      arraySlice(seq, 1, ${n}) AS recent, arraySlice(seq, ${n} + 1, ${n}) AS earlier,
      length(recent) AS rn, arrayCount(x -> tupleElement(x, 3) = 1, recent) AS rc,
      length(earlier) AS en, arrayCount(x -> tupleElement(x, 3) = 1, earlier) AS ec
    ${answers}
    GROUP BY user_id, topic`;
  const learners = `SELECT user_id, ifNull(any(dn), user_id) AS display_name, groupArray((topic, n, c, rn, rc, en, ec)) AS cells
    FROM (${cells})
    ANY LEFT JOIN (SELECT user_id, display_name AS dn FROM ${ctx.t.users} WHERE org_id = ${ctx.org}) USING user_id
    GROUP BY user_id
    ORDER BY display_name, user_id`;
  const [topicRows, page] = await Promise.all([topics, db.select(pagedArrayStatement(learners, COLUMNS, params.limit, params.offset))]);
  const total = Number(page[0]?.total ?? 0);
  const cellRows: Row[] = page
    .filter((r) => Number(r._hit) === 1)
    .flatMap((r) =>
      (r.cells as unknown[]).map((cell) => {
        const [topic, cn, cc, rn, rc, en, ec] = fieldsOf(cell, CELL_FIELDS);
        return { part: 1, user_id: r.user_id, display_name: r.display_name, topic, n: cn, c: cc, rn, rc, en, ec };
      }),
    );
  return readTopicMastery(params, [...topicRows.map((r) => ({ ...r, total })), ...cellRows]);
}
