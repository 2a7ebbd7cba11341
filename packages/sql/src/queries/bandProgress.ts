import type { QueryResult } from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import { hundredthsKey } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';
import { AVERAGE_BAND_SQL } from './exportRows.js';

type Result = QueryResult<'bandProgress'>;

/**
 * `bandProgress` (seed 000 bands): per learner or team, the attempt-weighted task and overall bands, and from each
 * learner's latest goal_band whether their overall band reaches it; plus the same figures over everyone (the row
 * with is_summary = 1). Every band figure is round(numeric, 2), the export's average_band rule; groups are sorted by
 * the overall band as shown (its whole hundredths), ties by id.
 */
export const bandProgress: SqlQuery<'bandProgress'> = (request, s) => {
  const byTeam = request.params.groupBy === 'team';
  const where = and([
    ...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }),
    'a.task1_band IS NOT NULL OR a.task2_band IS NOT NULL',
  ]);
  const name = byTeam
    ? `CASE WHEN x.gid IS NULL THEN '' ELSE coalesce(max(t.name), x.gid) END`
    : 'coalesce(max(u.display_name), x.gid)';
  const names = byTeam
    ? `LEFT JOIN ${s.rel('teams', 't')} ON t.team_id = x.gid AND t.org_id = ${s.org}`
    : `LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = x.gid AND u.org_id = ${s.org}`;
  const figures = `count(*) AS attempts, count(DISTINCT b.user_id) AS learners, ${s.round2('avg(b.task1_band)')} AS task1,
      ${s.round2('avg(b.task2_band)')} AS task2, ${s.round2('avg(b.avg_band)')} AS overall`;
  const goals = `count(p.goal) AS with_goal, coalesce(sum(p.at_goal), 0) AS at_goal, ${s.round2('avg(p.goal)')} AS goal`;
  const text = `WITH src AS (
    SELECT a.user_id, a.attempt_id, a.started_at, a.task1_band, a.task2_band, a.goal_band
    FROM ${s.rel('attempts', 'a')} WHERE ${where}
  ),
  b AS (
    SELECT p.user_id, p.attempt_id, p.started_at, p.task1_band, p.task2_band, p.goal_band,
      ${s.round2(AVERAGE_BAND_SQL)} AS avg_band, ${byTeam ? 'gu.team_id' : 'p.user_id'} AS gid
    FROM src p LEFT JOIN ${s.rel('users', 'gu')} ON gu.user_id = p.user_id AND gu.org_id = ${s.org}
  ),
  latest AS (
    SELECT b.user_id, b.goal_band,
      row_number() OVER (PARTITION BY b.user_id ORDER BY b.started_at DESC, ${s.textKey('b.attempt_id')} DESC) AS n
    FROM b WHERE b.goal_band IS NOT NULL
  ),
  lrn AS (SELECT b.user_id, b.gid, ${s.round2('avg(b.avg_band)')} AS overall FROM b GROUP BY b.user_id, b.gid),
  pl AS (
    SELECT l.gid, l.user_id, g.goal_band AS goal,
      CASE WHEN g.goal_band IS NOT NULL AND l.overall >= g.goal_band THEN 1 ELSE 0 END AS at_goal
    FROM lrn l LEFT JOIN latest g ON g.user_id = l.user_id AND g.n = 1
  ),
  att AS (SELECT b.gid, ${figures} FROM b GROUP BY b.gid),
  gl AS (SELECT p.gid, ${goals} FROM pl p GROUP BY p.gid),
  x AS (
    SELECT att.*, gl.with_goal, gl.at_goal, gl.goal FROM att JOIN gl ON gl.gid IS NOT DISTINCT FROM att.gid
  ),
  grouped AS (
    SELECT 0 AS is_summary, x.gid, ${name} AS name, max(x.attempts) AS attempts, max(x.learners) AS learners,
      max(x.task1) AS task1, max(x.task2) AS task2, max(x.overall) AS overall, max(x.with_goal) AS with_goal,
      max(x.at_goal) AS at_goal, max(x.goal) AS goal
    FROM x ${names}
    GROUP BY x.gid
  ),
  total AS (
    SELECT 1 AS is_summary, CAST(NULL AS text) AS gid, '' AS name, t.attempts, t.learners, t.task1, t.task2, t.overall,
      g.with_goal, g.at_goal, g.goal
    FROM (SELECT ${figures} FROM b) t CROSS JOIN (SELECT ${goals} FROM pl p) g
  )
  SELECT * FROM (SELECT * FROM grouped UNION ALL SELECT * FROM total) r
  ORDER BY r.is_summary, ${hundredthsKey('r.overall')} DESC, (r.gid IS NULL), ${s.textKey('r.gid')}`;
  return { text, read: readBandProgress };
};

/** The `bandProgress` result from its rows: the groups, then the one summary row (is_summary = 1). */
export function readBandProgress(rows: readonly Row[]): Result {
  const figures = (r: Row): Result['summary'] => {
    const withGoal = count(r.with_goal);
    const atGoal = count(r.at_goal);
    return {
      learners: count(r.learners),
      attempts: count(r.attempts),
      task1Band: num(r.task1),
      task2Band: num(r.task2),
      overallBand: num(r.overall),
      goalBand: num(r.goal),
      learnersWithGoal: withGoal,
      learnersAtGoal: atGoal,
      atGoalShare: withGoal === 0 ? null : atGoal / withGoal,
    };
  };
  const summary = rows.find((r) => Number(r.is_summary) === 1);
  return {
    rows: rows
      .filter((r) => Number(r.is_summary) !== 1)
      .map((r) => ({ id: (r.gid as string | null) ?? null, name: r.name as string, ...figures(r), overallBand: num(r.overall)! })),
    summary: summary === undefined ? figures({ attempts: 0, learners: 0, with_goal: 0, at_goal: 0 }) : figures(summary),
  };
}
