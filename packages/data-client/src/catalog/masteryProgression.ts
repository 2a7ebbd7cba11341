import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Per learner and week: content items whose mastery crossed a threshold (seed 001 Looker "mastery progression"). */
export const masteryProgression = defineQuery({
  name: 'masteryProgression',
  source: '001 Looker mastery progression tracking (mastery_deltas)',
  doc:
    'Mastery deltas with occurred_at in [from, to) and previous_mastery < threshold ≤ current_mastery, per user_id and ' +
    'bucket in `timezone`: itemsCrossed = count(distinct content_id). activityIds selects content items. Only ' +
    'learner-buckets with a crossing appear, oldest bucket first, then by learnerId (code points).',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      weekStart: weekStartParam,
      bucket: bucketParam('week'),
      threshold: z.number().gt(0).max(1).default(0.8).describe('The mastery (0–1] an item must reach from below to count.'),
    })
    .superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    threshold: z.number(),
    rows: z.array(
      z.object({
        learnerId: z.string(),
        bucketStart: isoDateSchema,
        itemsCrossed: z.number().int().positive(),
      }),
    ),
  }),
});
