import { leaderboardPeriod, parseSort, type AdapterRequestFor, type LeaderboardPeriod, type QueryResult } from '@learnlens/data-client';
import type { FilterSql, Row } from '../dialect.js';
import { and, col, factConditions } from '../filters.js';
import { orderTerm, page, pagedStatement, pageOf } from '../paging.js';
import { leaderboardSort, sortKey } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** The attempts a leaderboard ranks: scored ones of the viewer's peers in the period and the one before it. */
export function leaderboardConditions(
  s: FilterSql,
  request: AdapterRequestFor<'leaderboard'>,
  alias: string,
  period: LeaderboardPeriod,
): string[] {
  return [
    ...factConditions(s, request, alias, {
      time: 'started_at',
      activity: 'activity_id',
      peers: true,
      range: { from: period.previousFrom, to: period.to },
    }),
    `${col(alias, 'score')} IS NOT NULL`,
  ];
}

/**
 * `leaderboard`: one pass over the scored attempts of the period and the one before it, grouped per learner and
 * period, ranked per period with rank() (seed 002 `mv_leaderboard_month`, computed from the fact rows).
 */
export const leaderboard: SqlQuery<'leaderboard'> = (request, s) => {
  const { params } = request;
  const period = leaderboardPeriod(params);
  const where = and(leaderboardConditions(s, request, 'a', period));
  const { field, descending } = parseSort(params.sort);
  const column = leaderboardSort[field];
  // Ties of every sort by userId; for the default sort that orders equal ranks by userId, as the catalog says.
  const order = `${orderTerm(sortKey(s, field, column), descending)}, ${s.textKey('user_id')} ASC`;
  const ctes = `per AS (
    SELECT a.user_id, ${s.dayBound('a.started_at', '>=', period.from)} AS current,
      avg(a.score) AS avg_score, ${s.rankKey('avg(a.score)')} AS avg_key, count(*) AS attempts, sum(a.duration_seconds) AS total_duration,
      avg(CAST(a.talk_ms AS float8) / NULLIF(a.talk_ms + a.listen_ms, 0) * 100) AS talk
    FROM ${s.rel('attempts', 'a')}
    WHERE ${where}
    GROUP BY 1, 2
  ),
  ranked AS (SELECT per.*, rank() OVER (PARTITION BY current ORDER BY avg_key DESC) AS rank FROM per)`;
  const body = `SELECT c.user_id, coalesce(u.display_name, c.user_id) AS display_name, c.rank, c.avg_score, c.avg_key, c.attempts,
      coalesce(c.total_duration, 0) AS total_duration, c.talk, p.rank AS previous_rank
    FROM ranked c
    LEFT JOIN ranked p ON p.user_id = c.user_id AND NOT p.current
    LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = c.user_id AND u.org_id = ${s.org}
    WHERE c.current`;
  return {
    text: pagedStatement(ctes, body, order, page((n) => s.int(n), params.limit, params.offset)),
    read: (rows) => readLeaderboard(period, rows),
  };
};

/** The `leaderboard` result from its paged rows. */
export function readLeaderboard(period: LeaderboardPeriod, rows: readonly Row[]): QueryResult<'leaderboard'> {
  return {
    period,
    ...pageOf(rows, (r) => ({
      rank: count(r.rank),
      userId: r.user_id as string,
      displayName: r.display_name as string,
      avgScore: count(r.avg_score),
      attempts: count(r.attempts),
      totalDurationSeconds: count(r.total_duration),
      avgTalkPercentage: num(r.talk),
      previousRank: num(r.previous_rank),
    })),
  };
}
