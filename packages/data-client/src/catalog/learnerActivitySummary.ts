import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema, pagingShape } from '../params.js';

/** Per learner and day (seed 001 view `learner_activity_summary`). */
export const learnerActivitySummary = defineQuery({
  name: 'learnerActivitySummary',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, ...pagingShape(1_000, 100_000) }).superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        learnerId: z.string(),
        activityDate: isoDateSchema,
        dailyEvents: z.number().int().nonnegative(),
        hoursSpent: z.number().nonnegative(),
        sessions: z.number().int().nonnegative(),
        lessonsCompleted: z.number().int().nonnegative(),
        assessmentsCompleted: z.number().int().nonnegative(),
      }),
    ),
  }),
});
