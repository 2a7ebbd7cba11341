import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Days of attempts before and after a session that its accuracy change compares. */
export const IMPROVEMENT_WINDOW_DAYS = 14;

/** Per tutor: sessions held, assignments set, how far students completed them, their scores, and their progress after a session. */
export const tutorEffectiveness = defineQuery({
  name: 'tutorEffectiveness',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        tutorId: z.string(),
        displayName: z.string(),
        sessionsConducted: z.number().int().nonnegative(),
        students: z.number().int().nonnegative(),
        sessionsMeasured: z.number().int().nonnegative(),
        accuracyBefore: z.number().min(0).max(100).nullable(),
        accuracyAfter: z.number().min(0).max(100).nullable(),
        accuracyChange: z.number().min(-100).max(100).nullable(),
        assignmentsCreated: z.number().int().nonnegative(),
        assignmentCompletionRate: z.number().min(0).max(1).nullable(),
        avgStudentScore: z.number().nullable(),
      }),
    ),
  }),
});
