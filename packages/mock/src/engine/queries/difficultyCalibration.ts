import {
  byCodePoint,
  compareDifficultyGroups,
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
      difficultyLevel: act.difficulty_level ?? null,
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
  // The seed's GROUP BY difficulty: one row per 1–5 level (with its band), or per band for questions without a level.
  const groups = new Map<string, Result['questions']>();
  for (const q of questions) {
    const key = `${q.difficultyLevel}/${q.difficulty}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const levels: Result['levels'] = [...groups.values()].map((mine) => {
    const { difficultyLevel, difficulty } = mine[0]!;
    const attempts = mine.reduce((n, q) => n + q.attempts, 0);
    const correct = mine.reduce((n, q) => n + q.correct, 0);
    const band = difficultyBands[difficulty];
    return {
      difficultyLevel,
      difficulty,
      questions: mine.length,
      attempts,
      correct,
      accuracy: correct / attempts,
      expectedMin: band.minPercent / 100,
      expectedMax: band.maxPercent / 100,
    };
  });
  levels.sort(compareDifficultyGroups);
  return { minAttempts: params.minAttempts, levels, questions };
}
