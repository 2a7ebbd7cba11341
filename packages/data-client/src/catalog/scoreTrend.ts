import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema } from '../params.js';

/** Average score and attempts per day, week or month (seed 002 "average score by month", seed 003 accuracy over time). */
export const scoreTrend = defineQuery({
  name: 'scoreTrend',
  source: '002 average score by month; 003 accuracy over time',
  doc:
    'Attempts started in [from, to), grouped by date_trunc(bucket, started_at) in `timezone` (weeks start Monday): ' +
    'avg(score) ignoring unscored attempts (null when none, in the activities\' own scale), count(*) and ' +
    'count(score). Only buckets with attempts are returned, oldest first.',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, bucket: bucketParam('week') }).superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    points: z.array(
      z.object({
        bucketStart: isoDateSchema,
        avgScore: z.number().nullable(),
        attempts: z.number().int().positive(),
        scoredAttempts: z.number().int().nonnegative(),
      }),
    ),
  }),
});
