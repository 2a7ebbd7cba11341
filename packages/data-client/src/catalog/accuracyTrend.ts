import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Submitted, correct and accuracy per day, week or month (seed 003 "student accuracy over time"). */
export const accuracyTrend = defineQuery({
  name: 'accuracyTrend',
  source: '003 Student Performance Analytics 1, student accuracy over time',
  doc:
    "Submitted attempts (ended_at not null) at questions (activities of kind 'question') started in [from, to), grouped by date_trunc(bucket, " +
    'started_at) in `timezone` (weeks start on `weekStart`, default Monday; seed 003 submitted_at): submitted = count(*), correct = ' +
    'count(*) filter (where score = 1), accuracy = correct × 100.0 / submitted (percent; an ungraded answer, score ' +
    "null, counts as submitted and not correct, as the seed's query). For a learner, a team (teamId) or the org in " +
    'scope. Only buckets with attempts are returned, oldest first.',
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
