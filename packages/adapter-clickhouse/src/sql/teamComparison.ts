import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { activityConditions, and, comparedLearners, ownTeam, rangeConditions, readTeamComparison } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { rankArrays } from './rank.js';
import { rankKey } from './sortKeys.js';

const FIELDS = ['team_id', 'team_name', 'own', 'attempts', 'scored', 'avg_score', 'active', 'assigned', 'completed'];

/**
 * `teamComparison`: per team of the org, its learners' attempts in [from, to) and the completion of the assignments
 * due then among them, ranked with the array-based rank() (see rank.ts) over the 9-decimal average. 18.16 joins one
 * table per SELECT, so each lookup is its own level.
 */
export async function teamComparison(request: AdapterRequestFor<'teamComparison'>, db: Db): Promise<QueryResult<'teamComparison'>> {
  const { params } = request;
  const ctx = context(request, db);
  const { t } = ctx;
  const learners = `SELECT user_id, team_id FROM ${t.users} WHERE ${and(comparedLearners(ctx, request, ''))}`;
  const attempts = and([`org_id = ${ctx.org}`, ...activityConditions(ctx, request, ''), ...rangeConditions(ctx, 'started_at', params.from, params.to)]);
  const perTeam = `SELECT team_id, count() AS attempts, countIf(isNotNull(score)) AS scored,
      if(scored = 0, NULL, sumIf(assumeNotNull(score), isNotNull(score)) / scored) AS avg_score, uniqExact(user_id) AS active
    FROM (SELECT user_id, score FROM ${t.attempts} WHERE ${attempts})
    ALL INNER JOIN (${learners}) USING user_id
    GROUP BY team_id`;
  const due = and([`org_id = ${ctx.org}`, ...activityConditions(ctx, request, ''), ...rangeConditions(ctx, 'due_at', params.from, params.to)]);
  const pairs = `SELECT user_id, activity_id, assigned_at, team_id FROM (
      SELECT user_id, activity_id, assigned_at FROM (SELECT assignment_id, user_id FROM ${t.assignment_assignees} WHERE org_id = ${ctx.org})
      ALL INNER JOIN (SELECT assignment_id, activity_id, assigned_at FROM ${t.assignments} WHERE ${due}) USING assignment_id
    ) ALL INNER JOIN (${learners}) USING user_id`;
  const latest = `SELECT user_id, activity_id, max(started_at) AS last_start FROM ${t.attempts}
    WHERE ${and([
      `org_id = ${ctx.org}`,
      'isNotNull(ended_at)',
      `user_id IN (SELECT user_id FROM (${learners}))`,
      `activity_id IN (SELECT activity_id FROM ${t.assignments} WHERE ${due})`,
    ])}
    GROUP BY user_id, activity_id`;
  const done = `SELECT team_id, count() AS assigned, countIf(ifNull(last_start >= assigned_at, 0)) AS completed
    FROM (${pairs}) ANY LEFT JOIN (${latest}) USING (user_id, activity_id)
    GROUP BY team_id`;
  // Unmatched rows of ANY LEFT JOIN carry the type's default (0), which reads as "nothing" for every count here.
  const withAttempts = `SELECT team_id, ifNull(name, team_id) AS team_name, ${ownTeam(ctx, request, 'team_id')} AS own,
      attempts, scored, avg_score, active
    FROM (SELECT team_id, name FROM ${t.teams} WHERE org_id = ${ctx.org})
    ANY LEFT JOIN (${perTeam}) USING team_id`;
  // Teams without a scored attempt sort last (a key below every average) and get no rank.
  const base = `SELECT 1 AS g, if(scored = 0, -1e300, ${rankKey('assumeNotNull(avg_score)')}) AS rk, ${FIELDS.join(', ')}
    FROM (${withAttempts}) ANY LEFT JOIN (${done}) USING team_id`;
  const ranked = rankArrays(base, 'g', 'rk', FIELDS);
  const element = (name: string) => `tupleElement(t, ${FIELDS.indexOf(name) + 2}) AS ${name}`;
  const rows = await db.select(`SELECT ${FIELDS.map(element).join(', ')}, if(scored = 0, NULL, r) AS rank
    FROM (${ranked}) ARRAY JOIN sorted AS t, ranks AS r
    ORDER BY isNull(rank), rank, team_id`);
  return readTeamComparison(rows);
}
