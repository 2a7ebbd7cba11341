import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema } from '../params.js';

/** Days before a day that its monthly active learners look back over (the day itself and 29 before it). */
export const ENGAGEMENT_MONTH_DAYS = 30;
/** Days a day's weekly active learners look back over (the day itself and 6 before it). */
export const ENGAGEMENT_WEEK_DAYS = 7;

/** Daily, weekly and monthly active learners per day (seed 001 Looker "learner engagement overview"). */
export const engagement = defineQuery({
  name: 'engagement',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    days: z.array(
      z.object({
        day: isoDateSchema,
        dau: z.number().int().nonnegative(),
        wau: z.number().int().nonnegative(),
        mau: z.number().int().positive(),
        stickiness: z.number().min(0).max(1),
        events: z.number().int().nonnegative(),
        sessions: z.number().int().nonnegative(),
        hoursSpent: z.number().nonnegative(),
      }),
    ),
  }),
});
