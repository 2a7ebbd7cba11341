import { leaderboardPeriod, parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, leaderboardConditions, leaderboardSort, orderTerm, readLeaderboard } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { rankArrays } from './rank.js';
import { rankKey, sortKey } from './sortKeys.js';

const COLUMNS = ['user_id', 'display_name', 'rank', 'avg_score', 'attempts', 'total_duration', 'talk', 'previous_rank'];

const TALK = 'isNotNull(talk_ms) AND isNotNull(listen_ms) AND ifNull(talk_ms + listen_ms, 0) != 0';

/**
 * `leaderboard`: one pass over the scored attempts of the period and the one before it, grouped per learner and
 * period; each period ranked with an array-based rank() (see rank.ts); the ranked rows unnested and folded into one
 * row per learner of the current period carrying the previous period's rank (seed 002 `mv_leaderboard_month`).
 */
export async function leaderboard(request: AdapterRequestFor<'leaderboard'>, db: Db): Promise<QueryResult<'leaderboard'>> {
  const { params } = request;
  const period = leaderboardPeriod(params);
  const ctx = context(request, db, { from: period.previousFrom, to: period.to });
  const where = and(leaderboardConditions(ctx, request, '', period));
  // Names join the attempts (a dimension table beside a fact table), so no extra level is needed for them.
  const perLearner = `SELECT user_id, ${ctx.dayBound('started_at', '>=', period.from)} AS cur, ifNull(any(dn), user_id) AS name,
      avg(score) AS avg_score, count() AS attempts, ifNull(sum(duration_seconds), 0) AS total_duration,
      if(countIf(${TALK}) = 0, NULL,
         avgIf(toFloat64(assumeNotNull(talk_ms)) / (assumeNotNull(talk_ms) + assumeNotNull(listen_ms)) * 100, ${TALK})) AS talk
    FROM ${ctx.t.attempts}
    ANY LEFT JOIN (SELECT user_id, display_name AS dn FROM ${ctx.t.users} WHERE org_id = ${ctx.org}) USING user_id
    WHERE ${where}
    GROUP BY user_id, cur`;
  // Ranked by the average rounded to 9 decimals, so equal averages summed in another order still tie (see the catalog).
  const ranked = rankArrays(perLearner, 'cur', rankKey('avg_score'), ['user_id', 'name', 'attempts', 'total_duration', 'talk', 'avg_score']);
  const { field, descending } = parseSort(params.sort);
  const folded = `SELECT tupleElement(t, 2) AS user_id, anyIf(tupleElement(t, 3), cur = 1) AS display_name,
      anyIf(r, cur = 1) AS rank, anyIf(tupleElement(t, 7), cur = 1) AS avg_score, anyIf(tupleElement(t, 1), cur = 1) AS avg_key,
      anyIf(tupleElement(t, 4), cur = 1) AS attempts, anyIf(tupleElement(t, 5), cur = 1) AS total_duration,
      anyIf(tupleElement(t, 6), cur = 1) AS talk, nullIf(anyIf(r, cur = 0), 0) AS previous_rank, max(cur) AS in_current
    FROM (${ranked})
    ARRAY JOIN sorted AS t, ranks AS r
    GROUP BY user_id HAVING in_current = 1
    ORDER BY ${orderTerm(sortKey(leaderboardSort[field]), descending)}, user_id ASC`;
  // Ties of any sort by userId (for the default sort: equal ranks by userId, as the doc says).
  const rows = await db.select(pagedArrayStatement(folded, COLUMNS, params.limit, params.offset));
  return readLeaderboard(period, rows);
}
