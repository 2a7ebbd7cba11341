import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = ['flagRate', 'flags', 'openFlags', 'learners', 'attempts', 'accuracy', 'avgTimeSeconds', 'title'] as const;

/** How many flag reasons a row lists at most. */
export const QUESTION_QUALITY_TOP_REASONS = 3;

/** Per question: who attempted it, how often it was flagged and why, how often it was answered correctly and how fast. */
export const questionQuality = defineQuery({
  name: 'questionQuality',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(50, 10_000), sort: sortSchema(sortFields, '-flagRate') })
    .superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        activityId: z.string(),
        title: z.string(),
        /** The question's topic (the activity's category). */
        topic: z.string(),
        learners: z.number().int().nonnegative(),
        attempts: z.number().int().nonnegative(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(100).nullable(),
        avgTimeSeconds: z.number().nonnegative().nullable(),
        flags: z.number().int().nonnegative(),
        openFlags: z.number().int().nonnegative(),
        flagRate: z.number().nonnegative().nullable(),
        topReasons: z.array(z.object({ reason: z.string(), flags: z.number().int().positive() })).max(QUESTION_QUALITY_TOP_REASONS),
      }),
    ),
  }),
});
