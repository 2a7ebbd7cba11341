import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = [
  'totalAttempts',
  'correctAttempts',
  'accuracyPct',
  'avgTimeSeconds',
  'uniqueQuestions',
  'daysActive',
  'lastAttemptAt',
  'displayName',
] as const;

/** Per-learner performance, column for column the seed's `mv_student_performance`. */
export const studentPerformance = defineQuery({
  name: 'studentPerformance',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(50, 10_000), sort: sortSchema(sortFields, '-totalAttempts') })
    .superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        totalAttempts: z.number().int().positive(),
        correctAttempts: z.number().int().nonnegative(),
        accuracyPct: z.number().min(0).max(100),
        avgTimeSeconds: z.number().nonnegative().nullable(),
        uniqueQuestions: z.number().int().positive(),
        daysActive: z.number().int().positive(),
        lastAttemptAt: z.iso.datetime(),
      }),
    ),
  }),
});
