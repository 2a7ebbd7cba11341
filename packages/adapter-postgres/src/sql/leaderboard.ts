import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { activityConditions, and, userConditions } from './filters.js';
import { orderTerm, page, pagedStatement, type SortField } from './paging.js';
import { periodSql } from './period.js';
import { dateText, midnightOf } from './time.js';

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
 * `leaderboard`: one pass over the scored attempts of the period and the one before it, grouped per learner and
 * period, ranked per period with rank() (seed 002 `mv_leaderboard_month`, computed from the fact rows).
 */
export async function leaderboard(request: AdapterRequestFor<'leaderboard'>, db: Db): Promise<QueryResult<'leaderboard'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const period = periodSql(ctx, params);
  const start = midnightOf(ctx, period.from);
  const where = and([
    `a.org_id = ${ctx.org}`,
    ...userConditions(ctx, request, 'a', true),
    ...activityConditions(ctx, request, 'a'),
    `a.started_at >= ${midnightOf(ctx, period.previousFrom)}`,
    `a.started_at < ${midnightOf(ctx, period.to)}`,
    'a.score IS NOT NULL',
  ]);
  const { field, descending } = parseSort(params.sort);
  // Ties of every sort by userId; for the default sort that orders equal ranks by userId, as the catalog says.
  const order = `${orderTerm(sortColumn[field], descending, field === 'displayName')}, user_id COLLATE "C" ASC`;
  const ctes = `per AS (
    SELECT a.user_id, a.started_at >= ${start} AS current,
      avg(a.score) AS avg_score, count(*) AS attempts, sum(a.duration_seconds) AS total_duration,
      avg(a.talk_ms / NULLIF(a.talk_ms + a.listen_ms, 0) * 100) AS talk
    FROM ${ctx.rel('attempts')} a
    WHERE ${where}
    GROUP BY 1, 2
  ),
  ranked AS (SELECT per.*, rank() OVER (PARTITION BY current ORDER BY avg_score DESC) AS rank FROM per)`;
  const body = `SELECT c.user_id, coalesce(u.display_name, c.user_id) AS display_name, c.rank, c.avg_score, c.attempts,
      coalesce(c.total_duration, 0) AS total_duration, c.talk, p.rank AS previous_rank
    FROM ranked c
    LEFT JOIN ranked p ON p.user_id = c.user_id AND NOT p.current
    LEFT JOIN ${ctx.rel('users')} u ON u.user_id = c.user_id AND u.org_id = ${ctx.org}
    WHERE c.current`;
  const dates = `, ${dateText(period.from)} AS period_from, ${dateText(period.to)} AS period_to, ${dateText(period.previousFrom)} AS previous_from`;
  const rows = await db.exec(pagedStatement(ctes, body, order, page(ctx, params.limit, params.offset), dates), ctx.b.values);
  const first = rows[0]!;
  return {
    period: {
      from: first.period_from as string,
      to: first.period_to as string,
      previousFrom: first.previous_from as string,
      previousTo: first.period_from as string,
    },
    total: first.total as number,
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
