import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Counts of one event type per bucket (seed 002 `fact_kpi_events`, "filler word frequency over time"). */
export const eventFrequency = defineQuery({
  name: 'eventFrequency',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      weekStart: weekStartParam,
      eventType: z.string().min(1).max(100),
      bucket: bucketParam('week'),
    })
    .superRefine(checkRange),
  result: z.object({
    eventType: z.string(),
    bucket: bucketSchema,
    points: z.array(
      z.object({
        bucketStart: isoDateSchema,
        count: z.number().int().positive(),
        attemptsWithEvent: z.number().int().nonnegative(),
      }),
    ),
  }),
});
