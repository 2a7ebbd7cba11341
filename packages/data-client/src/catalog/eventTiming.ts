import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';
import { EVENT_TIMING_PARTS, kpiEventTypes } from './kpiEvents.js';

const eventTypeSchema = z.string().min(1).max(100);

/** Where in a call each KPI event type happens: its events by tenth of the call (seed 002 "when do filler words occur"). */
export const eventTiming = defineQuery({
  name: 'eventTiming',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      eventTypes: z
        .array(eventTypeSchema)
        .min(1)
        .max(50)
        .default([...kpiEventTypes]),
    })
    .superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        eventType: z.string(),
        events: z.number().int().positive(),
        attempts: z.number().int().positive(),
        /** Events per tenth of the call, 0 first. */
        counts: z.array(z.number().int().nonnegative()).length(EVENT_TIMING_PARTS),
        /** counts[k] / events. */
        shares: z.array(z.number().min(0).max(1)).length(EVENT_TIMING_PARTS),
      }),
    ),
  }),
});
