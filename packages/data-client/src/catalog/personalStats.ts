import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, weekStartParam } from '../params.js';

/** One learner's own numbers (seed 002 trainee dashboard, "Personal Stats Card"). */
export const personalStats = defineQuery({
  name: 'personalStats',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      weekStart: weekStartParam,
      userId: z.string().min(1).max(200).optional(),
      bucket: bucketParam('week'),
    })
    .superRefine(checkRange),
  result: z.object({
    userId: z.string(),
    displayName: z.string(),
    attemptsThisWeek: z.number().int().nonnegative(),
    avgScoreThisWeek: z.number().nullable(),
    accuracyThisWeek: z.number().min(0).max(1).nullable(),
    totalAttempts: z.number().int().nonnegative(),
    avgScore: z.number().nullable(),
    accuracy: z.number().min(0).max(1).nullable(),
    lastAttemptAt: z.iso.datetime().nullable(),
    currentStreakDays: z.number().int().nonnegative(),
    bucket: bucketSchema,
    trend: z.array(
      z.object({
        bucketStart: isoDateSchema,
        avgScore: z.number().nullable(),
        accuracy: z.number().min(0).max(1).nullable(),
        attempts: z.number().int().positive(),
      }),
    ),
  }),
});
