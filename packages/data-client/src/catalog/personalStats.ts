import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, weekStartParam } from '../params.js';

/** One learner's own numbers (seed 002 trainee dashboard, "Personal Stats Card"). */
export const personalStats = defineQuery({
  name: 'personalStats',
  source: '002 trainee dashboard getPersonalStats',
  doc:
    'For one learner (`userId`, default the viewer): attemptsThisWeek = attempts started in [now − 7 calendar ' +
    'days in `timezone`, now] ' +
    '(the seed\'s subWeeks(now, 1)), avgScoreThisWeek = avg(score) over those ignoring unscored (the seed counted ' +
    'them as 0, a bug); over attempts started in [from, to): totalAttempts, avgScore, lastAttemptAt = max(started_at) ' +
    'and the score trend per bucket. avgScore is the average score of graded attempts. For 0/1-scored (binary) ' +
    'activities, accuracyThisWeek, accuracy and each trend point\'s accuracy are seed 003\'s accuracy: attempts ' +
    'scored 1 / attempts that ended, an ungraded answer counting as not correct (null when no binary attempt ended); ' +
    'currentStreakDays = consecutive calendar days in `timezone` with an attempt, ' +
    'ending today or yesterday (relative to `now`).',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      weekStart: weekStartParam,
      userId: z.string().min(1).max(200).optional().describe('The learner; default: the viewer.'),
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
