import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { activitySchema } from '../domain.js';
import { checkRange, commonParamsShape } from '../params.js';
import { DEFAULT_MIN_CALIBRATION_ATTEMPTS } from './questionAnswers.js';

const difficulty = activitySchema.shape.difficulty;
/** The seed's 1–5 declared difficulty (`questions.difficulty`); null for a question declared by its band only. */
const difficultyLevel = z.number().int().min(1).max(5).nullable();
const band = { expectedMin: z.number().min(0).max(1), expectedMax: z.number().min(0).max(1) };

/** Observed accuracy per declared difficulty and per question, with miscalibrated questions (seed 003). */
export const difficultyCalibration = defineQuery({
  name: 'difficultyCalibration',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({
      ...commonParamsShape,
      minAttempts: z
        .number()
        .int()
        .min(1)
        .max(1_000_000)
        .default(DEFAULT_MIN_CALIBRATION_ATTEMPTS),
    })
    .superRefine(checkRange),
  result: z.object({
    minAttempts: z.number().int().positive(),
    levels: z.array(
      z.object({
        difficultyLevel,
        difficulty,
        questions: z.number().int().positive(),
        attempts: z.number().int().positive(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(1),
        ...band,
      }),
    ),
    questions: z.array(
      z.object({
        activityId: z.string(),
        title: z.string(),
        topic: z.string(),
        difficultyLevel,
        difficulty,
        attempts: z.number().int().positive(),
        correct: z.number().int().nonnegative(),
        accuracy: z.number().min(0).max(1),
        ...band,
        miscalibrated: z.boolean(),
      }),
    ),
  }),
});
