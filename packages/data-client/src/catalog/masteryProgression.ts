import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Per learner and week: content items whose mastery crossed a threshold (seed 001 Looker "mastery progression"). */
export const masteryProgression = defineQuery({
  name: 'masteryProgression',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      weekStart: weekStartParam,
      bucket: bucketParam('week'),
      threshold: z.number().gt(0).max(1).default(0.8),
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
