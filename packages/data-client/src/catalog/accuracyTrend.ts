import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Submitted, correct and accuracy per day, week or month (seed 003 "student accuracy over time"). */
export const accuracyTrend = defineQuery({
  name: 'accuracyTrend',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, bucket: bucketParam('week'), days: daysParam, weekStart: weekStartParam }).superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    points: z.array(
      z.object({
        bucketStart: isoDateSchema,
        submitted: z.number().int().positive(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(100),
      }),
    ),
  }),
});
