import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketSchema, checkRange, commonParamsShape, isoDateSchema, pagingShape, weekStartParam } from '../params.js';
import { masteryParamsShape } from './masteryParams.js';

/** Per learner and week or month, their progress as it stood at the end of it (seed 003 `student_progress_snapshots`). */
export const progressSnapshots = defineQuery({
  name: 'progressSnapshots',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      weekStart: weekStartParam,
      bucket: z.enum(['week', 'month']).default('week'),
      ...masteryParamsShape,
      ...pagingShape(1_000, 100_000),
    })
    .superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        bucketStart: isoDateSchema,
        questionsAttempted: z.number().int().positive(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(100),
        topicsMastered: z.number().int().nonnegative(),
        topicsStruggling: z.number().int().nonnegative(),
        cardsDue: z.number().int().nonnegative(),
        cardsReviewed: z.number().int().nonnegative(),
        averageEase: z.number().nullable(),
      }),
    ),
  }),
});
