import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape } from '../params.js';
import { DEFAULT_MASTERY_THRESHOLD, DEFAULT_RECENT_ATTEMPTS, masteryLevels } from './questionAnswers.js';

const topicStats = {
  attempts: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
};

/** Per-topic accuracy and, per learner, a learner × topic grid of mastery levels (seed 003 topic mastery progression). */
export const topicMastery = defineQuery({
  name: 'topicMastery',
  source: '003 Student Performance Analytics 2, topic mastery progression; topics.metadata.mastery_threshold',
  doc:
    "Submitted attempts (ended_at not null) at questions (activities of kind 'question') started in [from, to), per topic (the question's " +
    'category; seed 003 topic_id): attempts = count(*), correct = count(*) filter (where score = 1), accuracy = ' +
    'avg(case when score = 1 then 1 else 0 end) (0–1, ungraded as wrong), avgTimeSeconds = avg(duration_seconds) ' +
    'ignoring nulls, learners = count(distinct user_id); topics with attempts, in code-point order. With `grid`, ' +
    'also one row per learner with an attempt (sorted by displayName, then userId; paged, `total` counts them) and ' +
    "one cell per topic above. A cell's level, over the learner's attempts in the topic ordered by started_at, then " +
    'attemptId, with N = recentAttempts and T = masteryThreshold (the seed\'s mastery_threshold, default 0.8; 1 ' +
    "gives Khan Academy's 100 %): not_started = no attempt; mastered = the latest N attempts are at least T correct " +
    'and so were the N before them (proficiency held, then held again later); proficient = the latest N attempts (a ' +
    'full N) are at least T correct; familiar = the latest attempts (up to N) are at least 70 % correct; attempted ' +
    '= otherwise. recentAccuracy = correct share of those latest attempts.',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      grid: z.boolean().default(false).describe('Also return the learner × topic grid of mastery levels.'),
      masteryThreshold: z
        .number()
        .min(0.5)
        .max(1)
        .refine((t) => Math.abs(t * 100 - Math.round(t * 100)) < 1e-9, { message: 'must be a whole percent, e.g. 0.8' })
        .default(DEFAULT_MASTERY_THRESHOLD)
        .describe('Recent accuracy (0.5–1, whole percent) that makes a learner proficient in a topic (seed: 0.8).'),
      recentAttempts: z
        .number()
        .int()
        .min(1)
        .max(50)
        .default(DEFAULT_RECENT_ATTEMPTS)
        .describe("How many of a learner's latest attempts in a topic are the recent evidence."),
      ...pagingShape(50, 1_000),
    })
    .superRefine(checkRange),
  result: z.object({
    topics: z.array(
      z.object({
        topic: z.string(),
        ...topicStats,
        accuracy: z.number().min(0).max(1),
        avgTimeSeconds: z.number().nonnegative().nullable(),
        learners: z.number().int().positive(),
      }),
    ),
    grid: z
      .object({
        masteryThreshold: z.number(),
        recentAttempts: z.number().int().positive(),
        total: z.number().int().nonnegative(),
        rows: z.array(
          z.object({
            userId: z.string(),
            displayName: z.string(),
            cells: z.array(
              z.object({
                topic: z.string(),
                ...topicStats,
                accuracy: z.number().min(0).max(1).nullable(),
                recentAccuracy: z.number().min(0).max(1).nullable(),
                level: z.enum(masteryLevels),
              }),
            ),
          }),
        ),
      })
      .nullable(),
  }),
});
