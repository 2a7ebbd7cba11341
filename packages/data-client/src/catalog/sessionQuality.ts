import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema } from '../params.js';

/** Session durations, events, completion and errors per day (seed 001 Looker "session quality analysis"). */
export const sessionQuality = defineQuery({
  name: 'sessionQuality',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    days: z.array(
      z.object({
        day: isoDateSchema,
        sessions: z.number().int().positive(),
        avgDurationSeconds: z.number().nonnegative(),
        medianDurationSeconds: z.number().nonnegative(),
        durationBuckets: z.array(z.number().int().nonnegative()).length(6),
        avgEventsPerSession: z.number().nonnegative(),
        completionRate: z.number().min(0).max(1).nullable(),
        errorShare: z.number().min(0).max(1),
      }),
    ),
  }),
});
