import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema, daysParam } from '../params.js';

/** Attempts and active learners per calendar day, or per weekday × hour (seed 002 admin heatmap, seed 001). */
export const activityHeatmap = defineQuery({
  name: 'activityHeatmap',
  source: '002 user activity heatmap; 001 activity heatmaps',
  doc:
    'Attempts started in [from, to), grouped by the calendar day of started_at in `timezone` (grid "calendar", ' +
    'bucket "day") or by ISO weekday (1 = Monday) × hour in `timezone` (grid "weekdayHour"): count(*) and ' +
    'count(distinct user_id). Only non-empty cells are returned, in date (or weekday, hour) order.',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      grid: z
        .enum(['calendar', 'weekdayHour'])
        .default('calendar')
        .describe('"calendar" for one cell per day, "weekdayHour" for the 7 × 24 grid.'),
      bucket: z.literal('day').default('day').describe('Calendar cells are days.'),
    })
    .superRefine(checkRange),
  result: z.discriminatedUnion('grid', [
    z.object({
      grid: z.literal('calendar'),
      bucket: z.literal('day'),
      cells: z.array(
        z.object({ date: isoDateSchema, attempts: z.number().int().positive(), activeUsers: z.number().int().positive() }),
      ),
    }),
    z.object({
      grid: z.literal('weekdayHour'),
      cells: z.array(
        z.object({
          weekday: z.number().int().min(1).max(7),
          hour: z.number().int().min(0).max(23),
          attempts: z.number().int().positive(),
          activeUsers: z.number().int().positive(),
        }),
      ),
    }),
  ]),
});
