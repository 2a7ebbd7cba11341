import {
  byCodePoint,
  compareDifficultyGroups,
  difficultyBands,
  difficultyOrder,
  isMiscalibrated,
  type DifficultyBand,
  type QueryParams,
  type QueryResult,
} from '@learnlens/data-client';
import type { Row } from '../dialect.js';
import { and } from '../filters.js';
import { answerConditions, correctFlag, questionJoin } from '../questions.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

type Result = QueryResult<'difficultyCalibration'>;

/**
 * `difficultyCalibration`: one aggregate per question with an attempt (its declared band and 1–5 level, topic and
 * title beside its counts); the per-level rows (the seed's GROUP BY difficulty) are sums of these, added up by the
 * reader.
 */
export const difficultyCalibration: SqlQuery<'difficultyCalibration'> = (request, s) => {
  const where = and(answerConditions(s, request, 'a'));
  return {
    text: `SELECT a.activity_id, min(q.title) AS title, min(q.category) AS topic, min(q.difficulty) AS difficulty,
         min(q.difficulty_level) AS difficulty_level,
         count(*) AS attempts, sum(${correctFlag('a.score')}) AS correct
       FROM ${s.rel('attempts', 'a')} ${questionJoin(s, 'a', 'q')} WHERE ${where}
       GROUP BY a.activity_id`,
    read: (rows) => readDifficultyCalibration(request.params, rows),
  };
};

const rank = (d: DifficultyBand) => difficultyOrder.indexOf(d);
const band = (d: DifficultyBand) => ({
  expectedMin: difficultyBands[d].minPercent / 100,
  expectedMax: difficultyBands[d].maxPercent / 100,
});

/**
 * The `difficultyCalibration` result from one row per question (any order): questions ordered by band, then
 * activityId in code-point order; each level's totals (the seed's 1–5 `difficulty`, with its band; by band where a
 * question has no level) summed over its questions, in `compareDifficultyGroups` order.
 */
export function readDifficultyCalibration(params: QueryParams<'difficultyCalibration'>, rows: readonly Row[]): Result {
  const questions = rows
    .map((r) => {
      const difficulty = r.difficulty as DifficultyBand;
      const attempts = count(r.attempts);
      const correct = count(r.correct);
      return {
        activityId: r.activity_id as string,
        title: r.title as string,
        topic: r.topic as string,
        difficultyLevel: num(r.difficulty_level),
        difficulty,
        attempts,
        correct,
        accuracy: correct / attempts,
        ...band(difficulty),
        miscalibrated: isMiscalibrated(difficulty, attempts, correct, params.minAttempts),
      };
    })
    .sort((x, y) => rank(x.difficulty) - rank(y.difficulty) || byCodePoint(x.activityId, y.activityId));
  return { minAttempts: params.minAttempts, levels: levelsOf(questions), questions };
}

/** The per-level totals of calibrated questions, one row per (level, band), in `compareDifficultyGroups` order. */
export function levelsOf(questions: Result['questions']): Result['levels'] {
  const byGroup = new Map<string, Result['levels'][number]>();
  for (const q of questions) {
    const key = `${q.difficultyLevel}/${q.difficulty}`;
    let level = byGroup.get(key);
    if (level === undefined) {
      level = { difficultyLevel: q.difficultyLevel, difficulty: q.difficulty, questions: 0, attempts: 0, correct: 0, accuracy: 0, ...band(q.difficulty) };
      byGroup.set(key, level);
    }
    level.questions++;
    level.attempts += q.attempts;
    level.correct += q.correct;
  }
  const levels = [...byGroup.values()].sort(compareDifficultyGroups);
  for (const level of levels) level.accuracy = level.correct / level.attempts;
  return levels;
}
