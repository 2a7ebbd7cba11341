import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema, daysParam } from '../params.js';

/** Attempts and active learners per calendar day, or per weekday × hour (seed 002 admin heatmap, seed 001). */
export const activityHeatmap = defineQuery({
  name: 'activityHeatmap',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      days: daysParam,
      grid: z
        .enum(['calendar', 'weekdayHour'])
        .default('calendar'),
      bucket: z.literal('day').default('day'),
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
