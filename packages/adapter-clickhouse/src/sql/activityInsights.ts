import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { context, type Db } from './context.js';
import { medianOfSorted, sampleStddev } from './stats.js';
import { and, factConditions } from './filters.js';
import { orderTerm, pagedArrayStatement, pageOf, type SortField } from './paging.js';
import { epochSeconds, isoOf, num } from './time.js';

type Field = SortField<AdapterRequestFor<'activityInsights'>['params']['sort']>;

const sortColumn: Record<Field, string> = {
  attemptCount: 'attempt_count',
  avgScore: 'avg_score',
  scoreStddev: 'score_stddev',
  medianScore: 'median_score',
  avgDurationSeconds: 'avg_duration',
  lastAttemptedAt: 'last_attempted',
};

const COLUMNS = [
  'activity_id', 'activity_name', 'attempt_count', 'avg_score', 'score_stddev', 'median_score', 'avg_duration', 'last_attempted',
];

/** `activityInsights`: per-activity statistics of scored attempts (seed 002 `mv_scenario_insights`), paged with a total. */
export async function activityInsights(
  request: AdapterRequestFor<'activityInsights'>,
  db: Db,
): Promise<QueryResult<'activityInsights'>> {
  const { params } = request;
  const ctx = context(request, db);
  const where = and([...factConditions(ctx, request, { time: 'started_at', activity: 'activity_id' }), 'isNotNull(score)']);
  const { field, descending } = parseSort(params.sort);
  // Titles join the attempts (a dimension table beside a fact table), so no extra level is needed for them.
  const stats = `SELECT activity_id, ifNull(any(title), activity_id) AS activity_name, count() AS attempt_count,
      avg(score) AS avg_score, arraySort(groupArray(assumeNotNull(score))) AS xs,
      if(attempt_count > 1, ${sampleStddev('xs', 'avg_score', 'attempt_count')}, NULL) AS score_stddev,
      ${medianOfSorted('xs', 'attempt_count')} AS median_score,
      avg(duration_seconds) AS avg_duration, ${epochSeconds('max(ended_at)')} AS last_attempted
    FROM ${ctx.t.attempts}
    ANY LEFT JOIN (SELECT activity_id, title FROM ${ctx.t.activities} WHERE org_id = ${ctx.org}) USING activity_id
    WHERE ${where}
    GROUP BY activity_id
    ORDER BY ${orderTerm(sortColumn[field], descending)}, activity_id ASC`;
  const rows = await db.select(pagedArrayStatement(stats, COLUMNS, params.limit, params.offset));
  return pageOf(rows, (r) => ({
    activityId: r.activity_id as string,
    activityName: r.activity_name as string,
    attemptCount: num(r.attempt_count)!,
    avgScore: num(r.avg_score)!,
    scoreStddev: num(r.score_stddev),
    medianScore: num(r.median_score)!,
    avgDurationSeconds: num(r.avg_duration),
    lastAttemptedAt: isoOf(r.last_attempted),
  }));
}
