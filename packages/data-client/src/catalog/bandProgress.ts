import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** How `bandProgress` groups its rows. */
export const bandGroupings = ['learner', 'team'] as const;

/** A band figure: 0–9, rounded to 2 decimals as seed 000 rounds average_band. */
const band = z.number().min(0).max(9);

/** The figures of one group of learners (or of everyone the query covers). */
const bandFiguresShape = {
  /** Learners with a banded attempt. */
  learners: z.number().int().nonnegative(),
  /** Banded attempts (task 1 or task 2 band present). */
  attempts: z.number().int().nonnegative(),
  /** round(avg(task1_band), 2) over the attempts that have one. */
  task1Band: band.nullable(),
  /** round(avg(task2_band), 2) over the attempts that have one. */
  task2Band: band.nullable(),
  /** round(avg(average_band), 2): the mean of the attempts' seed-000 average_band. */
  overallBand: band.nullable(),
  /** A learner's latest goal_band; for a group, round(avg, 2) of its learners' goals. */
  goalBand: band.nullable(),
  learnersWithGoal: z.number().int().nonnegative(),
  /** Learners whose overallBand is at or above their goalBand. */
  learnersAtGoal: z.number().int().nonnegative(),
  /** learnersAtGoal / learnersWithGoal; null when no learner has a goal. */
  atGoalShare: z.number().min(0).max(1).nullable(),
};

/** Band progress of an IELTS-style (0–9 band) product: task and overall bands against each learner's goal. */
export const bandProgress = defineQuery({
  name: 'bandProgress',
  staleTimeMs: staleTimes.leaderboard,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      groupBy: z.enum(bandGroupings).default('learner'),
    })
    .superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        /** user_id (groupBy learner) or team_id (groupBy team; null: no team). */
        id: z.string().nullable(),
        name: z.string(),
        ...bandFiguresShape,
        overallBand: band,
      }),
    ),
    summary: z.object(bandFiguresShape),
  }),
});
