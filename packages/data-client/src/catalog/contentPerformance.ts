import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape } from '../params.js';

/** Per content item: learners, completions, completion rate, scores and time (seed 001 Looker "content performance"). */
export const contentPerformance = defineQuery({
  name: 'contentPerformance',
  source: '001 Looker content performance metrics (raw_events)',
  doc:
    'Events with an activity_id and occurred_at in [from, to), per activity_id: learners = count(distinct user_id), ' +
    'starts / completions = events of type lesson_start, assessment_start, attempt_started / lesson_complete, ' +
    'assessment_complete, attempt_completed, completionRate = learners with a completion / learners, ' +
    'avgAssessmentScore = avg of the numeric payload `score` of assessment_complete events (null when none), ' +
    'avgTimeSeconds = avg over visits (one learner, session and item) of the seconds from their first to their last ' +
    'event on the item. Ordered by activityId (code points).',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape }).superRefine(checkRange),
  result: z.object({
    rows: z.array(
      z.object({
        contentId: z.string(),
        learners: z.number().int().positive(),
        starts: z.number().int().nonnegative(),
        completions: z.number().int().nonnegative(),
        completionRate: z.number().min(0).max(1),
        avgAssessmentScore: z.number().nullable(),
        avgTimeSeconds: z.number().nonnegative(),
      }),
    ),
  }),
});
