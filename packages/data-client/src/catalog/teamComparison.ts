import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Every team of the org side by side, ranked by average score (seed 002 manager "Team Performance Card"). */
export const teamComparison = defineQuery({
  name: 'teamComparison',
  staleTimeMs: staleTimes.leaderboard,
  showsPeers: false,
  roles: ['admin', 'manager'],
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        teamId: z.string(),
        teamName: z.string(),
        /** True for the teams the viewer manages. */
        own: z.boolean(),
        rank: z.number().int().positive().nullable(),
        avgScore: z.number().nullable(),
        attempts: z.number().int().nonnegative(),
        scoredAttempts: z.number().int().nonnegative(),
        activeLearners: z.number().int().nonnegative(),
        assigned: z.number().int().nonnegative(),
        completed: z.number().int().nonnegative(),
        completionRate: z.number().min(0).max(1).nullable(),
      }),
    ),
  }),
});
