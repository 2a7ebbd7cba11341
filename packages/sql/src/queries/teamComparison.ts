import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { FilterSql, Row } from '../dialect.js';
import { activityConditions, and, col, rangeConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { bool, count, num } from '../values.js';

/**
 * The learners a team comparison counts: the org's learners with a team, narrowed by the teamId and userIds filters
 * but not by the viewer's scope (a manager compares their team with every other team, in aggregates only).
 */
export function comparedLearners(s: FilterSql, request: AdapterRequestFor<'teamComparison'>, alias: string): string[] {
  const { params } = request;
  return [
    `${col(alias, 'org_id')} = ${s.org}`,
    `${col(alias, 'role')} = 'learner'`,
    `${col(alias, 'team_id')} IS NOT NULL`,
    ...(params.teamId === undefined ? [] : [`${col(alias, 'team_id')} = ${s.text(params.teamId)}`]),
    ...(params.userIds === undefined ? [] : [s.inList(col(alias, 'user_id'), params.userIds)]),
  ];
}

/** Whether `teamExpr` is a team the viewer manages (never for an admin, whose scope lists no teams). */
export function ownTeam(s: FilterSql, request: AdapterRequestFor<'teamComparison'>, teamExpr: string): string {
  const { scope } = request;
  return scope.viewer.role === 'manager' && scope.teamIds !== null ? s.inList(teamExpr, scope.teamIds) : '1 = 0';
}

/**
 * `teamComparison`: per team of the org, its learners' attempts in [from, to) (average, scored, active learners) and
 * the completion of the assignments due then among them (as assignmentProgress counts it), ranked with rank() over
 * the 9-decimal average among the teams with a scored attempt (seed 002 "rank vs other teams").
 */
export const teamComparison: SqlQuery<'teamComparison'> = (request, s) => {
  const { params } = request;
  const attempts = and([
    `a.org_id = ${s.org}`,
    ...activityConditions(s, request, 'a'),
    ...rangeConditions(s, 'a.started_at', params.from, params.to),
  ]);
  const assignments = and([
    `s.org_id = ${s.org}`,
    ...activityConditions(s, request, 's'),
    ...rangeConditions(s, 's.due_at', params.from, params.to),
  ]);
  const text = `WITH team AS (SELECT t.team_id, t.name FROM ${s.rel('teams', 't')} WHERE t.org_id = ${s.org}),
  lrn AS (SELECT u.user_id, u.team_id FROM ${s.rel('users', 'u')} WHERE ${and(comparedLearners(s, request, 'u'))}),
  att AS (
    SELECT l.team_id, count(*) AS attempts, count(a.score) AS scored, avg(a.score) AS avg_score,
      ${s.rankKey('avg(a.score)')} AS avg_key, count(DISTINCT a.user_id) AS active
    FROM ${s.rel('attempts', 'a')} JOIN lrn l ON l.user_id = a.user_id
    WHERE ${attempts}
    GROUP BY l.team_id
  ),
  asg AS (SELECT s.assignment_id, s.activity_id, s.assigned_at FROM ${s.rel('assignments', 's')} WHERE ${assignments}),
  pairs AS (
    SELECT l.team_id, aa.user_id, s.activity_id, s.assigned_at
    FROM ${s.rel('assignment_assignees', 'aa')}
    JOIN asg s ON s.assignment_id = aa.assignment_id
    JOIN lrn l ON l.user_id = aa.user_id
    WHERE aa.org_id = ${s.org}
  ),
  latest AS (
    SELECT a.user_id, a.activity_id, max(a.started_at) AS last_start FROM ${s.rel('attempts', 'a')}
    WHERE a.org_id = ${s.org} AND a.ended_at IS NOT NULL
      AND a.user_id IN (SELECT user_id FROM pairs) AND a.activity_id IN (SELECT activity_id FROM asg)
    GROUP BY 1, 2
  ),
  done AS (
    SELECT p.team_id, count(*) AS assigned, count(*) FILTER (WHERE l.last_start >= p.assigned_at) AS completed
    FROM pairs p LEFT JOIN latest l ON l.user_id = p.user_id AND l.activity_id = p.activity_id
    GROUP BY p.team_id
  ),
  ranked AS (
    SELECT team.team_id, coalesce(team.name, team.team_id) AS team_name, ${ownTeam(s, request, 'team.team_id')} AS own,
      CASE WHEN att.avg_key IS NULL THEN NULL ELSE rank() OVER (ORDER BY att.avg_key DESC NULLS LAST) END AS rank,
      att.avg_score, coalesce(att.attempts, 0) AS attempts, coalesce(att.scored, 0) AS scored,
      coalesce(att.active, 0) AS active, coalesce(done.assigned, 0) AS assigned, coalesce(done.completed, 0) AS completed
    FROM team
    LEFT JOIN att ON att.team_id = team.team_id
    LEFT JOIN done ON done.team_id = team.team_id
  )
  SELECT * FROM ranked ORDER BY (rank IS NULL), rank, ${s.textKey('team_id')}`;
  return { text, read: readTeamComparison };
};

/** The `teamComparison` result from its rows. */
export function readTeamComparison(rows: readonly Row[]): QueryResult<'teamComparison'> {
  return {
    rows: rows.map((r) => {
      const assigned = count(r.assigned);
      const completed = count(r.completed);
      return {
        teamId: r.team_id as string,
        teamName: r.team_name as string,
        own: bool(r.own),
        rank: num(r.rank),
        avgScore: num(r.avg_score),
        attempts: count(r.attempts),
        scoredAttempts: count(r.scored),
        activeLearners: count(r.active),
        assigned,
        completed,
        completionRate: assigned === 0 ? null : completed / assigned,
      };
    }),
  };
}
