import {
  byCodePoint,
  difficultyBands,
  difficultyOrder,
  isMiscalibrated,
  type QueryParams,
  type QueryResult,
} from '@learnlens/data-client';
import type { EngineContext } from '../context.js';
import { forEachAnswer, isCorrect } from '../questionAnswers.js';

type Result = QueryResult<'difficultyCalibration'>;

/** Answers `difficultyCalibration`: observed accuracy per question and per declared difficulty, miscalibration marked. */
export function difficultyCalibration(ctx: EngineContext, params: QueryParams<'difficultyCalibration'>): Result {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const perQuestion = new Map<number, { attempts: number; correct: number }>();
  forEachAnswer(ctx, (i) => {
    const q = a.activity[i]!;
    let c = perQuestion.get(q);
    if (c === undefined) perQuestion.set(q, (c = { attempts: 0, correct: 0 }));
    c.attempts++;
    if (isCorrect(a.score, i)) c.correct++;
  });
  const questions: Result['questions'] = [...perQuestion].map(([q, c]) => {
    const act = dataset.activities[q]!;
    const band = difficultyBands[act.difficulty];
    return {
      activityId: act.activity_id,
      title: act.title,
      topic: act.category,
      difficulty: act.difficulty,
      attempts: c.attempts,
      correct: c.correct,
      accuracy: c.correct / c.attempts,
      expectedMin: band.minPercent / 100,
      expectedMax: band.maxPercent / 100,
      miscalibrated: isMiscalibrated(act.difficulty, c.attempts, c.correct, params.minAttempts),
    };
  });
  const rank = (d: string) => difficultyOrder.indexOf(d as (typeof difficultyOrder)[number]);
  questions.sort((x, y) => rank(x.difficulty) - rank(y.difficulty) || byCodePoint(x.activityId, y.activityId));
  const levels: Result['levels'] = difficultyOrder.flatMap((difficulty) => {
    const mine = questions.filter((q) => q.difficulty === difficulty);
    if (mine.length === 0) return [];
    const attempts = mine.reduce((n, q) => n + q.attempts, 0);
    const correct = mine.reduce((n, q) => n + q.correct, 0);
    const band = difficultyBands[difficulty];
    return [{
      difficulty,
      questions: mine.length,
      attempts,
      correct,
      accuracy: correct / attempts,
      expectedMin: band.minPercent / 100,
      expectedMax: band.maxPercent / 100,
    }];
  });
  return { minAttempts: params.minAttempts, levels, questions };
}
