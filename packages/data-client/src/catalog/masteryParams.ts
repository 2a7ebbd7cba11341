import * as z from 'zod';
import { DEFAULT_MASTERY_THRESHOLD, DEFAULT_RECENT_ATTEMPTS } from './questionAnswers.js';

/** The knobs of a topic's mastery level (see questionAnswers' masteryLevelOf), for every query that decides one. */
export const masteryParamsShape = {
  masteryThreshold: z
    .number()
    .min(0.5)
    .max(1)
    .refine((t) => Math.abs(t * 100 - Math.round(t * 100)) < 1e-9, { message: 'must be a whole percent, e.g. 0.8' })
    .default(DEFAULT_MASTERY_THRESHOLD),
  recentAttempts: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(DEFAULT_RECENT_ATTEMPTS),
};
