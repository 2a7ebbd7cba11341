import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Mastery per content item and bucket (seed 001 `content_mastery_trends` over `mastery_deltas`). */
export const masteryTrend = defineQuery({
  name: 'masteryTrend',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, bucket: bucketParam('week'), days: daysParam, weekStart: weekStartParam }).superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    rows: z.array(
      z.object({
        contentId: z.string(),
        contentType: z.string(),
        bucketStart: isoDateSchema,
        learnersAffected: z.number().int().positive(),
        avgMasteryChange: z.number().min(-1).max(1),
        avgCurrentMastery: z.number().min(0).max(1),
        avgConfidence: z.number().min(0).max(1),
        deltaCount: z.number().int().positive(),
        bandLow: z.number().min(0).max(1),
        bandHigh: z.number().min(0).max(1),
      }),
    ),
  }),
});
