import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { bucketSchema, checkRange, commonParamsShape, isoDateSchema, pagingShape, weekStartParam } from '../params.js';
import { masteryParamsShape } from './masteryParams.js';

/** Per learner and week or month, their progress as it stood at the end of it (seed 003 `student_progress_snapshots`). */
export const progressSnapshots = defineQuery({
  name: 'progressSnapshots',
  source: '003 student_progress_snapshots (Action 14), computed for any date instead of stored',
  doc:
    "One snapshot per learner in scope and week (from `weekStart`, default Monday) or month in `timezone` in which they answered a " +
    "question (activity of kind 'question'; a submitted, i.e. ended, attempt started in [from, to)), as it stood at the end of that bucket " +
    '(or at `to`, if earlier): the evidence is every answer of theirs at a question started before `to` in that ' +
    'bucket or an earlier one, whatever `from` (a snapshot counts history, as a stored one would). questionsAttempted ' +
    '= those answers (seed total_questions_attempted), correct = those with score = 1, accuracy = correct × 100.0 / ' +
    'questionsAttempted (ungraded as not correct); per topic (the question\'s category) the level topicMastery gives ' +
    'that evidence (recentAttempts N, masteryThreshold T): topicsMastered = topics at "mastered", topicsStruggling ' +
    '= topics at "attempted" (the latest N answers below 70 % correct, not proficient). Spaced repetition, from the ' +
    "stored SM-2 cards (seed spaced_repetition, which keeps only each card's latest state): a card counts when it was " +
    'last reviewed before `to` in that bucket or an earlier one (its stored state then already held; cards reviewed ' +
    'again later have no stored past and are left out of earlier snapshots); cardsDue = those with next_review_at ' +
    'in that bucket or earlier (due by its end), averageEase = avg(ease_factor) of those (null when none); ' +
    'cardsReviewed = distinct questions with a graded, finished answer started in the bucket (each such answer is an ' +
    'SM-2 review). activityIds filters answers and cards. Rows by userId, then bucketStart; `total` counts them.',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      weekStart: weekStartParam,
      bucket: z.enum(['week', 'month']).default('week').describe('Snapshot period: "week" (from `weekStart`, default Monday) or "month", in `timezone`.'),
      ...masteryParamsShape,
      ...pagingShape(1_000, 100_000),
    })
    .superRefine(checkRange),
  result: z.object({
    bucket: bucketSchema,
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        bucketStart: isoDateSchema,
        questionsAttempted: z.number().int().positive(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(100),
        topicsMastered: z.number().int().nonnegative(),
        topicsStruggling: z.number().int().nonnegative(),
        cardsDue: z.number().int().nonnegative(),
        cardsReviewed: z.number().int().nonnegative(),
        averageEase: z.number().nullable(),
      }),
    ),
  }),
});
