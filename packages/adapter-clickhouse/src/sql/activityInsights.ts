import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { activityInsightsSort, and, factConditions, orderTerm, pageOf, readActivityInsight } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { pagedArrayStatement } from './paging.js';
import { medianOfSorted, sampleStddev } from './stats.js';
import { sortKey } from './sortKeys.js';
import { epochSeconds } from './time.js';

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
  const where = and([...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }), 'isNotNull(score)']);
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
    ORDER BY ${orderTerm(sortKey(activityInsightsSort[field]), descending)}, activity_id ASC`;
  const rows = await db.select(pagedArrayStatement(stats, COLUMNS, params.limit, params.offset));
  return pageOf(rows, (r) => readActivityInsight(r, ctx));
}
