import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';
import { defaultEventCohortBounds } from './kpiEvents.js';

/** Learners grouped by their events of one type per attempt, with each group's scores (seed 002 cohort analysis). */
export const eventCohorts = defineQuery({
  name: 'eventCohorts',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  roles: ['admin', 'manager'],
  params: z
    .strictObject({
      ...commonParamsShape,
      eventType: z.string().min(1).max(100).default('question_asked'),
      bounds: z
        .array(z.number().positive().max(1_000_000))
        .min(1)
        .max(9)
        .default([...defaultEventCohortBounds])
        .refine((b) => b.every((x, i) => i === 0 || x > b[i - 1]!), { message: 'must be strictly increasing' }),
    })
    .superRefine(checkRange),
  result: z.object({
    eventType: z.string(),
    bands: z.array(
      z.object({
        band: z.number().int().nonnegative(),
        /** Lowest events per attempt in the band (0 for the first). */
        from: z.number().nonnegative(),
        /** Events per attempt the band stays below; null for the last. */
        to: z.number().positive().nullable(),
        learners: z.number().int().nonnegative(),
        attempts: z.number().int().nonnegative(),
        events: z.number().int().nonnegative(),
        eventsPerAttempt: z.number().nonnegative().nullable(),
        scoredAttempts: z.number().int().nonnegative(),
        avgScore: z.number().nullable(),
      }),
    ),
  }),
});
