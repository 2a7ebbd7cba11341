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
  source: '003 Question Quality Analytics 1, question difficulty calibration',
  doc:
    "Submitted attempts (ended_at not null) at questions (activities of kind 'question') started in [from, to). Per declared difficulty " +
    "as the seed's query groups it, the 1–5 difficulty_level (GROUP BY difficulty; ascending, with its band: 1–2 easy, 3 medium, 4–5 hard; " +
    'questions without a level grouped by band after them, difficultyLevel null): questions = count(distinct activity_id), ' +
    "attempts = count(*), correct, accuracy = avg(case when score = 1 then 1 else 0 end) (0–1, ungraded as wrong; the seed's " +
    'actual_difficulty). Per question with an attempt (ordered by band, then activityId): the same counts and accuracy beside its ' +
    'level and the declared ' +
    "band's expected range (easy 0.70–1, medium 0.40–0.85, hard 0–0.60); miscalibrated = attempts ≥ minAttempts and " +
    'accuracy outside that range.',
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
        .default(DEFAULT_MIN_CALIBRATION_ATTEMPTS)
        .describe('Answers a question needs before it can be called miscalibrated.'),
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
