import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Org-wide KPIs (seed 002 `mv_org_overview`). */
export const orgOverview = defineQuery({
  name: 'orgOverview',
  source: '002 mv_org_overview',
  doc:
    'Over attempts with ended_at set (started in [from, to) when given): distinct learners, attempts, avg(score) ' +
    'ignoring unscored, max(ended_at), and attempts whose ended_at >= now − 7 / 30 days (no upper bound, as in the ' +
    'seed); attemptsPrevious7Days / 30Days count ended_at in [now − 14, now − 7) / [now − 60, now − 30) days. ' +
    'Days are calendar days in `timezone`, as PostgreSQL subtracts intervals with that session time zone.',
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
