import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape, sortSchema } from '../params.js';

const sortFields = [
  'totalAttempts',
  'correctAttempts',
  'accuracyPct',
  'avgTimeSeconds',
  'uniqueQuestions',
  'daysActive',
  'lastAttemptAt',
  'displayName',
] as const;

/** Per-learner performance, column for column the seed's `mv_student_performance`. */
export const studentPerformance = defineQuery({
  name: 'studentPerformance',
  source: '003 mv_student_performance (Action 15)',
  doc:
    "Submitted attempts (ended_at not null) at questions (activities of kind 'question') started in [from, to), per learner: totalAttempts = " +
    'count(*), correctAttempts = count(*) filter (where score = 1), accuracyPct = round(100.0 × correct / total, 2) ' +
    '(numeric rounding, halves away from zero; ungraded answers count as not correct), avgTimeSeconds = ' +
    'avg(duration_seconds) ignoring nulls, uniqueQuestions = count(distinct activity_id), daysActive = count(distinct ' +
    'calendar day of started_at in `timezone`), lastAttemptAt = max(started_at). Learners with an attempt only; ' +
    'sorted by `sort` (nulls last, names in code-point order), ties by userId; `total` counts the learners.',
  staleTimeMs: staleTimes.insights,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(50, 10_000), sort: sortSchema(sortFields, '-totalAttempts') })
    .superRefine(checkRange),
  result: z.object({
    total: z.number().int().nonnegative(),
    rows: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        totalAttempts: z.number().int().positive(),
        correctAttempts: z.number().int().nonnegative(),
        accuracyPct: z.number().min(0).max(100),
        avgTimeSeconds: z.number().nonnegative().nullable(),
        uniqueQuestions: z.number().int().positive(),
        daysActive: z.number().int().positive(),
        lastAttemptAt: z.iso.datetime(),
      }),
    ),
  }),
});
