import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = ['flagRate', 'flags', 'openFlags', 'learners', 'attempts', 'accuracy', 'avgTimeSeconds', 'title'] as const;

/** How many flag reasons a row lists at most. */
export const QUESTION_QUALITY_TOP_REASONS = 3;

/** Per question: who attempted it, how often it was flagged and why, how often it was answered correctly and how fast. */
export const questionQuality = defineQuery({
  name: 'questionQuality',
  source: '003 "flag rate by question", update_question_stats',
  doc:
    "Per question (activity of kind 'question') with an attempt or a flag in scope and filters: over its submitted (ended) attempts " +
    'started in [from, to), as seed 003 stores answers: ' +
    'learners = count(DISTINCT user_id) (the seed\'s "attempts" column), attempts = count(*) and correct = attempts ' +
    'with score = 1, seed is_correct (update_question_stats\' times_attempted and times_correct), accuracy = correct × ' +
    '100.0 / attempts in percent, an ungraded answer counting as not correct (null without attempts), avgTimeSeconds = avg(duration_seconds) over ' +
    'attempts that recorded one; over flags created in [from, to) by learners in scope: flags = count(DISTINCT ' +
    'flag_id) (the seed\'s "flags"), openFlags = those with status "open", flagRate = flags / learners (null when ' +
    'no learner attempted it), topReasons = the 3 most frequent reasons (ties by reason in code-point order). ' +
    'Sorted by `sort` (nulls last), ties by activityId; `total` counts every row.',
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
