import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, hundredthsKey, readBandProgress } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { AVERAGE_BAND, round2 } from './exportRows.js';

/**
 * `bandProgress` (seed 000 bands): per learner or team, the task and overall bands of the banded attempts and how many
 * learners reach their latest goal band, plus the same over everyone (is_summary = 1). Each learner's sums come first
 * (18.16 has no window functions: the latest goal is argMax over (started_at, attempt_id)); the groups add them up,
 * which is exact for band sums, and round as the export's average_band does.
 */
export async function bandProgress(request: AdapterRequestFor<'bandProgress'>, db: Db): Promise<QueryResult<'bandProgress'>> {
  const ctx = context(request, db);
  const { t } = ctx;
  const byTeam = request.params.groupBy === 'team';
  const where = and([
    ...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }),
    'isNotNull(task1_band) OR isNotNull(task2_band)',
  ]);
  const perLearner = `SELECT user_id, count() AS n, sum(ifNull(task1_band, 0)) AS s1, count(task1_band) AS c1,
      sum(ifNull(task2_band, 0)) AS s2, count(task2_band) AS c2, sum(avg_band) AS so,
      ${round2('so / n')} AS overall, countIf(isNotNull(goal_band)) AS goals,
      argMaxIf(assumeNotNull(goal_band), (started_at, attempt_id), isNotNull(goal_band)) AS latest_goal
    FROM (SELECT user_id, attempt_id, started_at, task1_band, task2_band, goal_band, ${AVERAGE_BAND} AS avg_band
      FROM ${t.attempts} WHERE ${where})
    GROUP BY user_id`;
  const learners = `SELECT ${byTeam ? 'team_id' : 'toNullable(user_id)'} AS gid, display_name, n, s1, c1, s2, c2, so,
      if(goals = 0, NULL, latest_goal) AS learner_goal, goals > 0 AND overall >= latest_goal AS reached
    FROM (${perLearner})
    ANY LEFT JOIN (SELECT user_id, team_id, display_name FROM ${t.users} WHERE org_id = ${ctx.org}) USING user_id`;
  const figures = `sum(n) AS attempts, count() AS learners, if(sum(c1) = 0, NULL, ${round2('sum(s1) / sum(c1)')}) AS task1,
      if(sum(c2) = 0, NULL, ${round2('sum(s2) / sum(c2)')}) AS task2, if(sum(n) = 0, NULL, ${round2('sum(so) / sum(n)')}) AS overall,
      count(learner_goal) AS with_goal, sum(reached) AS at_goal, if(with_goal = 0, NULL, ${round2('sum(ifNull(learner_goal, 0)) / with_goal')}) AS goal`;
  const grouped = `SELECT 0 AS is_summary, gid, any(display_name) AS learner_name, ${figures} FROM (${learners}) GROUP BY gid`;
  const named = byTeam
    ? `SELECT is_summary, gid, if(isNull(gid), '', if(team_name = '', assumeNotNull(gid), team_name)) AS name, attempts, learners,
        task1, task2, overall, with_goal, at_goal, goal
      FROM (SELECT *, ifNull(gid, '') AS team_id FROM (${grouped}))
      ANY LEFT JOIN (SELECT team_id, name AS team_name FROM ${t.teams} WHERE org_id = ${ctx.org}) USING team_id`
    : `SELECT is_summary, gid, if(learner_name = '', assumeNotNull(gid), learner_name) AS name, attempts, learners, task1, task2,
        overall, with_goal, at_goal, goal FROM (${grouped})`;
  const total = `SELECT 1 AS is_summary, CAST(NULL AS Nullable(String)) AS gid, '' AS name, ${figures} FROM (${learners})`;
  const rows = await db.select(`SELECT * FROM (${named} UNION ALL ${total})
    ORDER BY is_summary, ${hundredthsKey('overall')} DESC, isNull(gid), gid`);
  return readBandProgress(rows);
}
