import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';
import { EVENT_TIMING_PARTS, kpiEventTypes } from './kpiEvents.js';

const eventTypeSchema = z.string().min(1).max(100);

/** Where in a call each KPI event type happens: its events by tenth of the call (seed 002 "when do filler words occur"). */
export const eventTiming = defineQuery({
  name: 'eventTiming',
  source: '002 fact_kpi_events use case "Heatmap: when do filler words occur in calls?"',
  doc:
    'Events of `eventTypes` tied to an attempt (attempt_id not null) whose attempt started in [from, to) and has a ' +
    'known, positive duration_seconds; the event lies offset = occurred_at − started_at (seed 002 timestamp_ms) into ' +
    'the call, and only events with 0 ≤ offset ≤ duration_seconds × 1000 count. Its tenth is floor(10 × offset / ' +
    '(duration_seconds × 1000)), with an event exactly at the end in the last tenth (9). Per event type with at least ' +
    'one such event: events = count(*), attempts = count(DISTINCT attempt_id), counts[k] = events in tenth k, ' +
    'shares[k] = counts[k] / events. Scope, teamId and userIds apply to the attempt\'s learner, activityIds to its ' +
    'activity. Rows by eventType (code-point order).',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      eventTypes: z
        .array(eventTypeSchema)
        .min(1)
        .max(50)
        .default([...kpiEventTypes])
        .describe('The event types to place; default: the six KPI event types of seed 002.'),
    })
    .superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        eventType: z.string(),
        events: z.number().int().positive(),
        attempts: z.number().int().positive(),
        counts: z.array(z.number().int().nonnegative()).length(EVENT_TIMING_PARTS).describe('Events per tenth of the call, 0 first.'),
        shares: z.array(z.number().min(0).max(1)).length(EVENT_TIMING_PARTS).describe('counts[k] / events.'),
      }),
    ),
  }),
});
