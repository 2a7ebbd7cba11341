import * as z from 'zod';
import { scoreScaleSchema, type ScoreScale } from '../domain.js';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, daysParam, isoDateSchema } from '../params.js';

/** How many learners `activityDetail` lists by default, and at most. */
export const ACTIVITY_DETAIL_LEARNERS = { default: 50, max: 1_000 } as const;

/**
 * The histogram of each score scale: `count` buckets of `width` from 0. A score falls in bucket
 * least(greatest(floor(score / width), 0), count - 1), so the scale's top score (100, band 9, 1) joins the last bucket.
 */
export const scoreBuckets = {
  percent: { width: 10, count: 10, max: 100 },
  band: { width: 1, count: 9, max: 9 },
  binary: { width: 1, count: 2, max: 1 },
} as const;

/** The buckets of a scale's histogram, lowest first: [lower, upper), the last one closed at the scale's top. */
export function distributionBuckets(scale: ScoreScale): { lower: number; upper: number }[] {
  const { width, count, max } = scoreBuckets[scale];
  return Array.from({ length: count }, (_, k) => ({ lower: k * width, upper: Math.min((k + 1) * width, max) }));
}

/** The histogram bucket of `score` on `scale` (scores outside the scale join the first or last bucket). */
export function scoreBucketOf(score: number, scale: ScoreScale): number {
  const { width, count } = scoreBuckets[scale];
  return Math.min(Math.max(Math.floor(score / width), 0), count - 1);
}

/** One activity in detail: its score distribution, attempts per day and learners (seed 002 top scenarios → detail). */
export const activityDetail = defineQuery({
  name: 'activityDetail',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      activityId: z.string().min(1).max(200),
      learnerLimit: z
        .number()
        .int()
        .min(1)
        .max(ACTIVITY_DETAIL_LEARNERS.max)
        .default(ACTIVITY_DETAIL_LEARNERS.default),
    })
    .superRefine(checkRange),
  result: z.object({
    activityId: z.string(),
    activityName: z.string(),
    scoreScale: scoreScaleSchema,
    attempts: z.number().int().nonnegative(),
    scoredAttempts: z.number().int().nonnegative(),
    avgScore: z.number().nullable(),
    distribution: z.array(
      z.object({
        /** Lowest score of the bucket. */
        lower: z.number(),
        /** First score above the bucket; the last bucket includes it. */
        upper: z.number(),
        count: z.number().int().nonnegative(),
      }),
    ),
    days: z.array(
      z.object({
        day: isoDateSchema,
        attempts: z.number().int().positive(),
        scoredAttempts: z.number().int().nonnegative(),
        avgScore: z.number().nullable(),
      }),
    ),
    learnerTotal: z.number().int().nonnegative(),
    learners: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        attempts: z.number().int().positive(),
        scoredAttempts: z.number().int().nonnegative(),
        avgScore: z.number().nullable(),
        bestScore: z.number().nullable(),
        lastAttemptAt: z.iso.datetime(),
      }),
    ),
  }),
});
