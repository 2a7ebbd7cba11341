import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = ['startedAt', 'score', 'durationSeconds', 'displayName', 'activityName'] as const;

/** A page of attempts with filters, sort and a total (seed 002 recent attempts table). */
export const recentAttempts = defineQuery({
  name: 'recentAttempts',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(20, 1_000), sort: sortSchema(sortFields, '-startedAt') })
    .superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        attemptId: z.string(),
        userId: z.string(),
        displayName: z.string(),
        activityId: z.string(),
        activityName: z.string(),
        score: z.number().nullable(),
        durationSeconds: z.number().nonnegative().nullable(),
        startedAt: z.iso.datetime(),
        endedAt: z.iso.datetime().nullable(),
      }),
    ),
  }),
});
