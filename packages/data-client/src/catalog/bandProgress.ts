import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** How `bandProgress` groups its rows. */
export const bandGroupings = ['learner', 'team'] as const;

/** A band figure: 0–9, rounded to 2 decimals as seed 000 rounds average_band. */
const band = z.number().min(0).max(9);

/** The figures of one group of learners (or of everyone the query covers). */
const bandFiguresShape = {
  learners: z.number().int().nonnegative().describe('Learners with a banded attempt.'),
  attempts: z.number().int().nonnegative().describe('Banded attempts (task 1 or task 2 band present).'),
  task1Band: band.nullable().describe('round(avg(task1_band), 2) over the attempts that have one.'),
  task2Band: band.nullable().describe('round(avg(task2_band), 2) over the attempts that have one.'),
  overallBand: band.nullable().describe("round(avg(average_band), 2): the mean of the attempts' seed-000 average_band."),
  goalBand: band.nullable().describe("A learner's latest goal_band; for a group, round(avg, 2) of its learners' goals."),
  learnersWithGoal: z.number().int().nonnegative(),
  learnersAtGoal: z.number().int().nonnegative().describe('Learners whose overallBand is at or above their goalBand.'),
  atGoalShare: z.number().min(0).max(1).nullable().describe('learnersAtGoal / learnersWithGoal; null when no learner has a goal.'),
};

/** Band progress of an IELTS-style (0–9 band) product: task and overall bands against each learner's goal. */
export const bandProgress = defineQuery({
  name: 'bandProgress',
  source: '000 BI export schema (goal_band, average_band, task1_band, task2_band)',
  doc:
    "A learner's banded attempts are their attempts started in [from, to) on the selected activities with task1_band " +
    'or task2_band present; average_band of one attempt = round(mean of the task bands present, 2), as exportRows. Per ' +
    'learner: goal = goal_band of their latest banded attempt that has one (started_at, then attempt_id); atGoal = ' +
    'goal present and overallBand >= goal. Per group (groupBy learner: one row per learner, id = user_id, name = ' +
    'display name; groupBy team: one row per team of the learners, id = team_id, name = team name, or null and "" for ' +
    'learners without a team), over its learners\' banded attempts: attempts = count(*), task1Band = round(avg(task1_band), ' +
    '2), task2Band = round(avg(task2_band), 2), overallBand = round(avg(average_band), 2); goalBand = the learner\'s goal, or ' +
    "round(avg, 2) of the group's learners' goals; learnersWithGoal, learnersAtGoal and atGoalShare = learnersAtGoal / " +
    'learnersWithGoal (null when 0). `summary` gives the same figures over every learner in the rows. Rounding is ' +
    "PostgreSQL's round(numeric, 2) (halves away from zero). Rows sorted by overallBand descending, then id (nulls last). " +
    'A learner sees only their own row; a manager their teams; an admin the org.',
  staleTimeMs: staleTimes.leaderboard,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      groupBy: z.enum(bandGroupings).default('learner').describe('One row per learner, or per team.'),
    })
    .superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        id: z.string().nullable().describe('user_id (groupBy learner) or team_id (groupBy team; null: no team).'),
        name: z.string(),
        ...bandFiguresShape,
        overallBand: band,
      }),
    ),
    summary: z.object(bandFiguresShape),
  }),
});
