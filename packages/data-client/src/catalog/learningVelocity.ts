import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema, daysParam } from '../params.js';

/** Distinct questions, attempts and average time per day (seed 003 "learning velocity"). */
export const learningVelocity = defineQuery({
  name: 'learningVelocity',
  source: '003 Student Performance Analytics 3, learning velocity',
  doc:
    "Submitted attempts (ended_at not null) at questions (activities of kind 'question') started in [from, to), per calendar day of started_at in " +
    '`timezone` (seed 003 DATE(submitted_at)): questionsAttempted = count(distinct activity_id), attempts = count(*), ' +
    'avgTimeSeconds = avg(duration_seconds) ignoring nulls (null when none). Only days with attempts, oldest first.',
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
