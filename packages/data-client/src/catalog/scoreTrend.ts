import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Average score and attempts per day, week or month (seed 002 "average score by month", seed 003 accuracy over time). */
export const scoreTrend = defineQuery({
  name: 'scoreTrend',
  source: '002 average score by month; 003 accuracy over time',
  doc:
    'Attempts started in [from, to), grouped by date_trunc(bucket, started_at) in `timezone` (weeks start on `weekStart`, default Monday): ' +
    'avgScore = the average score of graded attempts, avg(score) ignoring unscored ones (null when none, in the ' +
    'activities\' own scale), attempts = count(*), scoredAttempts = count(score). For 0/1-scored (binary) ' +
    'activities also seed 003\'s accuracy: submittedAttempts = attempts that ended, correctAttempts = those scored 1, ' +
    'accuracy = correctAttempts / submittedAttempts, so an ungraded answer counts as not correct (× 100 is the ' +
    'seed\'s COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*)); null when no binary attempt ended. Only ' +
    'buckets with attempts are returned, oldest first.',
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
        submittedAttempts: z.number().int().nonnegative(),
        correctAttempts: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(1).nullable(),
      }),
    ),
  }),
});
