import * as z from 'zod';

/** The seed's `topics.metadata.mastery_threshold` default. */
const DEFAULT_THRESHOLD = 0.8;
/** How many of a learner's latest attempts in a topic are the recent evidence, by default. */
const DEFAULT_WINDOW = 5;

/** The knobs of a topic's mastery level (see topicMastery), for the queries that count topics mastered. */
export const masteryParamsShape = {
  masteryThreshold: z
    .number()
    .min(0.5)
    .max(1)
    .refine((t) => Math.abs(t * 100 - Math.round(t * 100)) < 1e-9, { message: 'must be a whole percent, e.g. 0.8' })
    .default(DEFAULT_THRESHOLD),
  recentAttempts: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(DEFAULT_WINDOW),
};
