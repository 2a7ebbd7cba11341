import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape } from '../params.js';
import { masteryParamsShape } from './masteryParams.js';
import { masteryLevels } from './questionAnswers.js';

const topicStats = {
  attempts: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
};

/** Per-topic accuracy and, per learner, a learner × topic grid of mastery levels (seed 003 topic mastery progression). */
export const topicMastery = defineQuery({
  name: 'topicMastery',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      grid: z.boolean().default(false),
      ...masteryParamsShape,
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
