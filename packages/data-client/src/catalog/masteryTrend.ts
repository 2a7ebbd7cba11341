import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Mastery per content item and bucket (seed 001 `content_mastery_trends` over `mastery_deltas`). */
export const masteryTrend = defineQuery({
  name: 'masteryTrend',
  source: '001 content_mastery_trends, mastery_deltas',
  doc:
    'Mastery deltas with occurred_at in [from, to) grouped by content_id, content_type and bucket in `timezone`: ' +
    'count(distinct user_id) as learnersAffected, avg(mastery_delta), avg(current_mastery), avg(confidence_score), ' +
    'count(*) and a 95% confidence band avg(current_mastery) ± 1.96 × stddev_samp / √n, clamped to [0, 1] ' +
    '(the mean itself when n = 1). activityIds selects content items; one learner in userIds gives their path.',
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
