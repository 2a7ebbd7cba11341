import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Average score and attempts per day, week or month (seed 002 "average score by month", seed 003 accuracy over time). */
export const scoreTrend = defineQuery({
  name: 'scoreTrend',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, bucket: bucketParam('week'), days: daysParam, weekStart: weekStartParam }).superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    points: z.array(
      z.object({
        bucketStart: isoDateSchema,
        avgScore: z.number().nullable(),
        attempts: z.number().int().positive(),
        scoredAttempts: z.number().int().nonnegative(),
        // count(ended_at): the attempts that ended, by the same started_at orgOverview's totalAttempts counts them by.
        completedAttempts: z.number().int().nonnegative(),
        submittedAttempts: z.number().int().nonnegative(),
        correctAttempts: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(1).nullable(),
      }),
    ),
  }),
});
