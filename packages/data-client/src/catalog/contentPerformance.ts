import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Per content item: learners, completions, completion rate, scores and time (seed 001 Looker "content performance"). */
export const contentPerformance = defineQuery({
  name: 'contentPerformance',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        contentId: z.string(),
        learners: z.number().int().positive(),
        starts: z.number().int().nonnegative(),
        completions: z.number().int().nonnegative(),
        completionRate: z.number().min(0).max(1),
        avgAssessmentScore: z.number().nullable(),
        avgTimeSeconds: z.number().nonnegative(),
      }),
    ),
  }),
});
