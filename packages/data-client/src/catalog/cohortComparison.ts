import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';
import { masteryParamsShape } from './masteryParams.js';

/** Per cohort and academic year: learners, accuracy, attempts and topics mastered per learner (seed 003 cohort analytics). */
export const cohortComparison = defineQuery({
  name: 'cohortComparison',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, ...masteryParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        cohortId: z.string().nullable(),
        academicYear: z.number().int().nullable(),
        learners: z.number().int().positive(),
        activeLearners: z.number().int().nonnegative(),
        attempts: z.number().int().nonnegative(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(100).nullable(),
        attemptsPerLearner: z.number().nonnegative(),
        topicsMastered: z.number().int().nonnegative(),
        topicsMasteredPerLearner: z.number().nonnegative(),
      }),
    ),
  }),
});
