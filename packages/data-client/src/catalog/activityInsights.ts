import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = ['attemptCount', 'avgScore', 'scoreStddev', 'medianScore', 'avgDurationSeconds', 'lastAttemptedAt'] as const;

/** Per-activity performance (seed 002 `mv_scenario_insights`). */
export const activityInsights = defineQuery({
  name: 'activityInsights',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(undefined, 100_000), sort: sortSchema(sortFields, '-attemptCount') })
    .superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        activityId: z.string(),
        activityName: z.string(),
        attemptCount: z.number().int().positive(),
        avgScore: z.number(),
        scoreStddev: z.number().nonnegative().nullable(),
        medianScore: z.number(),
        avgDurationSeconds: z.number().nonnegative().nullable(),
        lastAttemptedAt: z.iso.datetime().nullable(),
      }),
    ),
  }),
});
