import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema } from '../params.js';

/** Session durations, events, completion and errors per day (seed 001 Looker "session quality analysis"). */
export const sessionQuality = defineQuery({
  name: 'sessionQuality',
  source: '001 Looker session quality analysis (session_metrics, raw_events)',
  doc:
    'Sessions with session_start in [from, to), per calendar day of session_start in `timezone` (activityIds keeps ' +
    'the sessions with an event on one of those items): sessions = count(*), avgDurationSeconds = avg(duration_seconds), ' +
    'medianDurationSeconds = percentile_cont(0.5), durationBuckets = sessions per class from the bounds 0, 60, 300, ' +
    '900, 1800, 3600 s, avgEventsPerSession = avg(total_events); from each session\'s events: completionRate = avg ' +
    'over sessions with a start or completion of Σ completions / Σ greatest(starts, completions) per kind (lesson, ' +
    'assessment, attempt; seed 001 session_metrics.completion_rate), null when none; errorShare = sessions with an ' +
    'event of type error / sessions. Oldest day first.',
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
