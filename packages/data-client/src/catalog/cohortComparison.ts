import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';
import { masteryParamsShape } from './masteryParams.js';

/** Per cohort and academic year: learners, accuracy, attempts and topics mastered per learner (seed 003 cohort analytics). */
export const cohortComparison = defineQuery({
  name: 'cohortComparison',
  source: '003 cohort analytics (student_profiles.cohort_id, academic_year)',
  doc:
    "Learners (role 'learner') in scope and filters, grouped by their cohort_id and academic_year (null when the " +
    'host records none; such learners form their own group): learners = their count, activeLearners = those with ' +
    "a submitted (ended) attempt at a question (activity of kind 'question') started in [from, to); over those attempts, attempts " +
    '= count(*), correct = count(*) filter (where score = 1), accuracy = correct × 100.0 / attempts (percent, ' +
    'ungraded as not correct as accuracyTrend; null without attempts), attemptsPerLearner = attempts / learners; ' +
    'topicsMastered = the (learner, topic) pairs at level "mastered" exactly as topicMastery decides it from the ' +
    'same attempts (recentAttempts N, masteryThreshold T), topicsMasteredPerLearner = topicsMastered / learners. ' +
    'Rows by cohortId then academicYear (code-point order, nulls last).',
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
