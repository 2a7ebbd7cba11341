import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Org-wide KPIs (seed 002 `mv_org_overview`). */
export const orgOverview = defineQuery({
  name: 'orgOverview',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    activeUsers: z.number().int().nonnegative(),
    totalAttempts: z.number().int().nonnegative(),
    avgScore: z.number().nullable(),
    lastActivity: z.iso.datetime().nullable(),
    attemptsLast7Days: z.number().int().nonnegative(),
    attemptsLast30Days: z.number().int().nonnegative(),
    attemptsPrevious7Days: z.number().int().nonnegative(),
    attemptsPrevious30Days: z.number().int().nonnegative(),
  }),
});
