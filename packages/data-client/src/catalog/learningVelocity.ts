import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema, daysParam } from '../params.js';

/** Distinct questions, attempts and average time per day (seed 003 "learning velocity"). */
export const learningVelocity = defineQuery({
  name: 'learningVelocity',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, days: daysParam }).superRefine(checkRange),
  result: z.object({
    days: z.array(
      z.object({
        day: isoDateSchema,
        questionsAttempted: z.number().int().positive(),
        attempts: z.number().int().positive(),
        avgTimeSeconds: z.number().nonnegative().nullable(),
      }),
    ),
  }),
});
