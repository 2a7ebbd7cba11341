import { leaderboardPeriod, parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import type { Db } from './exec.js';
import { context } from './context.js';
import { and, factConditions } from './filters.js';
import { orderTerm, page, pagedStatement, type SortField } from './paging.js';
import { localMidnight } from './time.js';

type Field = SortField<AdapterRequestFor<'leaderboard'>['params']['sort']>;

const sortColumn: Record<Field, string> = {
  rank: 'rank',
  avgScore: 'avg_score',
  attempts: 'attempts',
  totalDurationSeconds: 'total_duration',
  avgTalkPercentage: 'talk',
  displayName: 'display_name',
};

/**
 * `leaderboard`: one pass over the scored attempts of the period and the one before it, grouped per learner
 * and period, ranked per period with rank() (seed 002 `mv_leaderboard_month`).
 */
export async function leaderboard(request: AdapterRequestFor<'leaderboard'>, db: Db): Promise<QueryResult<'leaderboard'>> {
  const { params } = request;
  const period = leaderboardPeriod(params);
  const ctx = context(request, db);
  const where = and([
    ...factConditions(ctx, request, 'a', {
      time: 'started_at',
      activity: 'activity_id',
      peers: true,
      range: { from: period.previousFrom, to: period.to },
    }),
    'a.score IS NOT NULL',
  ]);
  const { field, descending } = parseSort(params.sort);
  // Ties of any sort by userId (for the default sort: equal ranks by userId, as the doc says).
  const order = `${orderTerm(sortColumn[field], descending)}, user_id ASC`;
  const ctes = `per AS (
    SELECT a.user_id, a.started_at >= ${localMidnight(ctx, period.from)} AS current,
      avg(a.score) AS avg_score, count(*) AS attempts, sum(a.duration_seconds) AS total_duration,
      avg(CAST(a.talk_ms AS DOUBLE) / (a.talk_ms + a.listen_ms) * 100)
        FILTER (WHERE a.talk_ms IS NOT NULL AND a.listen_ms IS NOT NULL AND a.talk_ms + a.listen_ms <> 0) AS talk
    FROM attempts a
    WHERE ${where}
    GROUP BY ALL
  ),
  ranked AS (SELECT *, rank() OVER (PARTITION BY current ORDER BY avg_score DESC) AS rank FROM per)`;
  const body = `SELECT c.user_id, coalesce(u.display_name, c.user_id) AS display_name, c.rank, c.avg_score, c.attempts,
      coalesce(c.total_duration, 0) AS total_duration, c.talk, p.rank AS previous_rank
    FROM ranked c
    LEFT JOIN ranked p ON p.user_id = c.user_id AND NOT p.current
    LEFT JOIN users u ON u.user_id = c.user_id AND u.org_id = ${ctx.org}
    WHERE c.current`;
  const rows = await db.exec(pagedStatement(ctes, body, order, page(ctx, params.limit, params.offset)), ctx.b);
  return {
    period,
    total: (rows[0]?.total as number | undefined) ?? 0,
    rows: rows
      .filter((r) => r.user_id !== null)
      .map((r) => ({
        rank: r.rank as number,
        userId: r.user_id as string,
        displayName: r.display_name as string,
        avgScore: r.avg_score as number,
        attempts: r.attempts as number,
        totalDurationSeconds: r.total_duration as number,
        avgTalkPercentage: (r.talk as number | null) ?? null,
        previousRank: (r.previous_rank as number | null) ?? null,
      })),
  };
}
