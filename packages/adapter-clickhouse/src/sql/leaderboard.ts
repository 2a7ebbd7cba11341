import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { compareTime } from '../literal.js';
import { context, type Db } from './context.js';
import { and, factConditions } from './filters.js';
import { orderTerm, pagedStatement, pageOf, type SortField } from './paging.js';
import { leaderboardPeriod } from './period.js';
import { rankedRows } from './rank.js';
import { num } from './time.js';

type Field = SortField<AdapterRequestFor<'leaderboard'>['params']['sort']>;

const sortColumn: Record<Field, string> = {
  rank: 'rank',
  avgScore: 'avg_score',
  attempts: 'attempts',
  totalDurationSeconds: 'total_duration',
  avgTalkPercentage: 'talk',
  displayName: 'display_name',
};

const TALK = 'isNotNull(talk_ms) AND isNotNull(listen_ms) AND ifNull(talk_ms + listen_ms, 0) != 0';

/**
 * `leaderboard`: one pass over the scored attempts of the period and the one before it, grouped per learner and
 * period, ranked per period with an array-based rank() (see rank.ts), then folded into one row per learner of the
 * current period carrying the previous period's rank (seed 002 `mv_leaderboard_month`).
 */
export async function leaderboard(request: AdapterRequestFor<'leaderboard'>, db: Db): Promise<QueryResult<'leaderboard'>> {
  const { params } = request;
  const period = leaderboardPeriod(params);
  const ctx = context(request, db, { from: period.previousFrom, to: period.to });
  const current = context(request, db, { from: period.from }).fromMs!;
  const where = and([
    ...factConditions(ctx, request, { time: 'started_at', activity: 'activity_id', peers: true }),
    'isNotNull(score)',
  ]);
  const perLearner = `SELECT user_id, ${compareTime('started_at', '>=', current)} AS cur,
      avg(score) AS avg_score, count() AS attempts, ifNull(sum(duration_seconds), 0) AS total_duration,
      if(countIf(${TALK}) = 0, NULL,
         avgIf(toFloat64(assumeNotNull(talk_ms)) / (assumeNotNull(talk_ms) + assumeNotNull(listen_ms)) * 100, ${TALK})) AS talk
    FROM ${ctx.t.attempts} WHERE ${where}
    GROUP BY user_id, cur`;
  const ranked = rankedRows(perLearner, 'cur', 'avg_score', ['user_id', 'attempts', 'total_duration', 'talk']);
  const folded = `SELECT r_user_id AS user_id, anyIf(r_rank, cur = 1) AS rank, anyIf(r_avg_score, cur = 1) AS avg_score,
      anyIf(r_attempts, cur = 1) AS attempts, anyIf(r_total_duration, cur = 1) AS total_duration,
      anyIf(r_talk, cur = 1) AS talk, nullIf(anyIf(r_rank, cur = 0), 0) AS previous_rank, max(cur) AS in_current
    FROM (${ranked})
    GROUP BY r_user_id HAVING in_current = 1`;
  const body = `SELECT user_id, ifNull(dn, user_id) AS display_name, rank, avg_score, attempts, total_duration, talk, previous_rank
    FROM (${folded})
    ANY LEFT JOIN (SELECT user_id, display_name AS dn FROM ${ctx.t.users} WHERE org_id = ${ctx.org}) USING user_id`;
  const { field, descending } = parseSort(params.sort);
  // Ties of any sort by userId (for the default sort: equal ranks by userId, as the doc says).
  const order = `${orderTerm(sortColumn[field], descending)}, user_id ASC`;
  const rows = await db.select(pagedStatement(body, order, params.limit, params.offset));
  return {
    period,
    ...pageOf(rows, (r) => ({
      rank: num(r.rank)!,
      userId: r.user_id as string,
      displayName: r.display_name as string,
      avgScore: num(r.avg_score)!,
      attempts: num(r.attempts)!,
      totalDurationSeconds: num(r.total_duration)!,
      avgTalkPercentage: num(r.talk),
      previousRank: num(r.previous_rank),
    })),
  };
}
