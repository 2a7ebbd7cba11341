import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Every team of the org side by side, ranked by average score (seed 002 manager "Team Performance Card"). */
export const teamComparison = defineQuery({
  name: 'teamComparison',
  source: '002 manager dashboard "Team Performance Card" (team average, completion rate, rank vs other teams)',
  doc:
    "One row per team of the org. A team's learners are the users with role learner and that team_id (narrowed by " +
    'teamId and userIds). Over their attempts started in [from, to) on the selected activities: attempts = count(*), ' +
    'scoredAttempts = count(score), avgScore = avg(score) (null without scored attempts), activeLearners = count(DISTINCT ' +
    'user_id). Over the (assignment, assignee) pairs of assignments due in [from, to) whose assignee is one of those ' +
    'learners: assigned, completed (an attempt on the assigned activity started at or after assigned_at and ended), ' +
    'completionRate = completed / assigned (null when nothing was assigned), as assignmentProgress counts them. rank = ' +
    'rank() over avgScore rounded to 9 decimals, descending, among teams with a scored attempt (ties share a rank; null ' +
    'for the others). Sorted by rank (nulls last), then teamId. Admins and managers only: a manager sees every team ' +
    "of the org in these aggregates (own = the teams they manage) but never another team's members; a learner is refused.",
  staleTimeMs: staleTimes.leaderboard,
  showsPeers: false,
  roles: ['admin', 'manager'],
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        teamId: z.string(),
        teamName: z.string(),
        own: z.boolean().describe('True for the teams the viewer manages.'),
        rank: z.number().int().positive().nullable(),
        avgScore: z.number().nullable(),
        attempts: z.number().int().nonnegative(),
        scoredAttempts: z.number().int().nonnegative(),
        activeLearners: z.number().int().nonnegative(),
        assigned: z.number().int().nonnegative(),
        completed: z.number().int().nonnegative(),
        completionRate: z.number().min(0).max(1).nullable(),
      }),
    ),
  }),
});
