import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketParam, bucketSchema, checkRange, commonParamsShape, isoDateSchema, daysParam, weekStartParam } from '../params.js';

/** Counts of one event type per bucket (seed 002 `fact_kpi_events`, "filler word frequency over time"). */
export const eventFrequency = defineQuery({
  name: 'eventFrequency',
  source: '002 fact_kpi_events filler word frequency',
  doc:
    'Events of `eventType`, bucketed by their attempt\'s started_at (as the seed joins fact_kpi_events to ' +
    'fact_scenario_attempts) or, for events with no attempt, their own occurred_at, in `timezone`, within ' +
    '[from, to): count(*) and count(distinct attempt_id). Only non-empty buckets, oldest first.',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      weekStart: weekStartParam,
      eventType: z.string().min(1).max(100).describe('The event type to count, e.g. "filler_word".'),
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
