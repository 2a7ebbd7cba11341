import type { MessageKey } from '../../i18n/messages.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { CalibrationLevel, CalibrationQuestion, CalibrationVerdict } from './difficultyCalibration.types.js';

/** A declared difficulty's name in the catalog. */
export const difficultyKeys: Record<CalibrationLevel['difficulty'], MessageKey> = {
  easy: 'difficultyCalibration.level.easy',
  medium: 'difficultyCalibration.level.medium',
  hard: 'difficultyCalibration.level.hard',
};

/** A verdict's words in the catalog. */
export const verdictKeys: Record<CalibrationVerdict, MessageKey> = {
  tooEasy: 'difficultyCalibration.verdict.tooEasy',
  tooHard: 'difficultyCalibration.verdict.tooHard',
  ok: 'difficultyCalibration.verdict.ok',
  few: 'difficultyCalibration.verdict.few',
};

/**
 * Where a question stands against its declared band. The query's `miscalibrated` decides whether it is off; the side
 * (easier or harder than declared) is read from where its accuracy falls.
 */
export function verdictOf(
  q: Pick<CalibrationQuestion, 'miscalibrated' | 'accuracy' | 'expectedMax' | 'attempts'>,
  minAttempts: number,
): CalibrationVerdict {
  if (q.miscalibrated) return q.accuracy > q.expectedMax ? 'tooEasy' : 'tooHard';
  return q.attempts < minAttempts ? 'few' : 'ok';
}

/** How far an accuracy lies outside [min, max] (0 inside): miscalibrated questions sort by it, worst first. */
export function distanceOutside(accuracy: number, min: number, max: number): number {
  return accuracy < min ? min - accuracy : accuracy > max ? accuracy - max : 0;
}

/** Questions in display order: miscalibrated first (furthest outside their band first), then the query's order. */
export function calibrationOrder(questions: readonly CalibrationQuestion[]): CalibrationQuestion[] {
  return questions
    .map((q, i) => ({ q, i, d: q.miscalibrated ? distanceOutside(q.accuracy, q.expectedMin, q.expectedMax) : -1 }))
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .map((x) => x.q);
}

/** A band's expected accuracy in words, e.g. "40–85 %". */
export function expectedText(min: number, max: number, format: Formatters): string {
  return `${format.percent(min, 0)}–${format.percent(max, 0)}`;
}
