import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { activityConditions, and, userConditions } from './filters.js';
import { bucketStart, dateText, isoText, localDate, minusDays, rangeConditions } from './time.js';

interface TrendPoint {
  bucket_start: string;
  avg_score: number | null;
  attempts: number;
}

/**
 * `personalStats` in one statement: the last 7 calendar days, the [from, to) totals and trend, and the current streak
 * of local days with an attempt (gaps and islands over the learner's distinct days).
 */
export async function personalStats(
  request: AdapterRequestFor<'personalStats'>,
  db: Db,
): Promise<QueryResult<'personalStats'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const userId = params.userId ?? request.scope.viewer.userId;
  const user = ctx.b.text(userId);
  const now = ctx.b.instant(params.now);
  const today = localDate(ctx, now);
  const mine = and([
    `a.org_id = ${ctx.org}`,
    `a.user_id = ${user}`,
    ...userConditions(ctx, request, 'a'),
    ...activityConditions(ctx, request, 'a'),
  ]);
  const inRange = and(rangeConditions(ctx, 'started_at', params.from, params.to));
  const thisWeek = `started_at >= ${minusDays(ctx, now, 7)} AND started_at <= ${now}`;
  const [row] = await db.exec(
    `WITH mine AS (SELECT a.started_at, a.score FROM ${ctx.rel('attempts')} a WHERE ${mine}),
     ranged AS (SELECT * FROM mine WHERE ${inRange}),
     days AS (SELECT DISTINCT ${localDate(ctx, 'started_at')} AS d FROM mine WHERE ${localDate(ctx, 'started_at')} <= ${today}),
     islands AS (SELECT d, d - CAST(row_number() OVER (ORDER BY d) AS int) AS grp FROM days),
     trend AS (SELECT ${bucketStart(ctx, params.bucket, 'started_at')} AS bucket, avg(score) AS avg_score, count(*) AS attempts FROM ranged GROUP BY 1)
     SELECT
       (SELECT u.display_name FROM ${ctx.rel('users')} u WHERE u.user_id = ${user} AND u.org_id = ${ctx.org} LIMIT 1) AS display_name,
       (SELECT count(*) FROM mine WHERE ${thisWeek}) AS week_attempts,
       (SELECT avg(score) FROM mine WHERE ${thisWeek}) AS week_avg,
       (SELECT count(*) FROM ranged) AS total_attempts,
       (SELECT avg(score) FROM ranged) AS avg_score,
       (SELECT ${isoText('max(started_at)')} FROM ranged) AS last_iso,
       (SELECT count(*) FROM islands
         WHERE grp = (SELECT grp FROM islands ORDER BY d DESC LIMIT 1)
           AND (SELECT max(d) FROM islands) >= ${today} - 1) AS streak,
       (SELECT json_agg(json_build_object('bucket_start', ${dateText('bucket')}, 'avg_score', avg_score, 'attempts', attempts) ORDER BY bucket)
         FROM trend) AS trend`,
    ctx.b.values,
  );
  const r = row!;
  const trend = (r.trend as TrendPoint[] | null) ?? [];
  return {
    userId,
    displayName: (r.display_name as string | null) ?? userId,
    attemptsThisWeek: r.week_attempts as number,
    avgScoreThisWeek: (r.week_avg as number | null) ?? null,
    totalAttempts: r.total_attempts as number,
    avgScore: (r.avg_score as number | null) ?? null,
    lastAttemptAt: (r.last_iso as string | null) ?? null,
    currentStreakDays: r.streak as number,
    bucket: params.bucket,
    trend: trend.map((t) => ({ bucketStart: t.bucket_start, avgScore: t.avg_score ?? null, attempts: t.attempts })),
  };
}
