import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { orderTerm, page, pagedStatement, type SortField } from './paging.js';
import { isoText } from './time.js';

type Field = SortField<AdapterRequestFor<'activityInsights'>['params']['sort']>;

const sortColumn: Record<Field, string> = {
  attemptCount: 'attempt_count',
  avgScore: 'avg_score',
  scoreStddev: 'score_stddev',
  medianScore: 'median_score',
  avgDurationSeconds: 'avg_duration',
  lastAttemptedAt: 'last_attempted',
};

/** `activityInsights`: per-activity statistics of scored attempts (seed 002 `mv_scenario_insights`), paged with a total. */
export async function activityInsights(
  request: AdapterRequestFor<'activityInsights'>,
  db: Db,
): Promise<QueryResult<'activityInsights'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const where = and([...factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }), 'a.score IS NOT NULL']);
  const { field, descending } = parseSort(params.sort);
  // last_attempted stays a timestamptz for sorting; it is formatted in the final select.
  const body = `SELECT g.*, coalesce(act.title, g.activity_id) AS activity_name
    FROM (
      SELECT a.activity_id, count(*) AS attempt_count, avg(a.score) AS avg_score, stddev_samp(a.score) AS score_stddev,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY a.score) AS median_score, avg(a.duration_seconds) AS avg_duration,
        max(a.ended_at) AS last_attempted
      FROM ${ctx.rel('attempts')} a WHERE ${where}
      GROUP BY a.activity_id
    ) g
    LEFT JOIN ${ctx.rel('activities')} act ON act.activity_id = g.activity_id AND act.org_id = ${ctx.org}`;
  const order = `${orderTerm(sortColumn[field], descending)}, activity_id COLLATE "C" ASC`;
  const rows = await db.exec(
    pagedStatement('', body, order, page(ctx, params.limit, params.offset), `, ${isoText('p.last_attempted')} AS last_iso`),
    ctx.b.values,
  );
  return {
    total: (rows[0]?.total as number | undefined) ?? 0,
    rows: rows
      .filter((r) => r.activity_id !== null)
      .map((r) => ({
        activityId: r.activity_id as string,
        activityName: r.activity_name as string,
        attemptCount: r.attempt_count as number,
        avgScore: r.avg_score as number,
        scoreStddev: (r.score_stddev as number | null) ?? null,
        medianScore: r.median_score as number,
        avgDurationSeconds: (r.avg_duration as number | null) ?? null,
        lastAttemptedAt: (r.last_iso as string | null) ?? null,
      })),
  };
}
