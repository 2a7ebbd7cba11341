import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of DifficultyCalibration. Other languages and host overrides come through the provider's `messages`. */
export const difficultyCalibrationMessages = {
  ...tutoringMessages,
  'difficultyCalibration.title': 'Difficulty calibration',
  'difficultyCalibration.subject': 'difficulty calibration',
  'difficultyCalibration.description': 'Declared difficulty against the accuracy observed on answers submitted {period}',
  'difficultyCalibration.level.easy': 'Easy',
  'difficultyCalibration.level.medium': 'Medium',
  'difficultyCalibration.level.hard': 'Hard',
  /** A row of the per-level table: the seed's 1–5 difficulty and its band. */
  'difficultyCalibration.levelNumber': 'Level {level} ({band})',
  'difficultyCalibration.col.declared': 'Declared',
  'difficultyCalibration.col.expected': 'Expected accuracy',
  'difficultyCalibration.col.observed': 'Observed accuracy',
  'difficultyCalibration.col.questions': 'Questions',
  'difficultyCalibration.col.verdict': 'Calibration',
  'difficultyCalibration.col.band': 'Observed within the declared band',
  'difficultyCalibration.verdict.tooEasy': 'Easier than declared',
  'difficultyCalibration.verdict.tooHard': 'Harder than declared',
  'difficultyCalibration.verdict.ok': 'As declared',
  'difficultyCalibration.verdict.few': 'Too few answers',
  'difficultyCalibration.levelsCaption': 'Observed accuracy per declared difficulty, {period}',
  'difficultyCalibration.questionsCaption': 'Questions, miscalibrated first, {period}',
  'difficultyCalibration.levelsLabel': 'Calibration per difficulty',
  'difficultyCalibration.questionsLabel': 'Calibration per question',
  'difficultyCalibration.onlyMiscalibrated': 'Only miscalibrated questions',
  'difficultyCalibration.summary': {
    zero: 'No question is miscalibrated (questions need {min} answers to be judged).',
    one: '{count} question is miscalibrated: its accuracy is outside its declared band after at least {min} answers.',
    other: '{count} questions are miscalibrated: their accuracy is outside their declared band after at least {min} answers.',
  },
  'difficultyCalibration.legend': 'How to read the bands',
  'difficultyCalibration.legendBand': 'Expected accuracy of the declared difficulty',
  'difficultyCalibration.legendMark': 'Observed accuracy',
  'difficultyCalibration.legendOff': 'Miscalibrated',
  'difficultyCalibration.emptyTitle': 'No answers yet',
  'difficultyCalibration.emptyReason': 'No question was answered {period}.',
  'difficultyCalibration.emptyReasonFiltered': 'No question was answered {period} for the chosen filters.',
} as const satisfies Record<string, Message>;
