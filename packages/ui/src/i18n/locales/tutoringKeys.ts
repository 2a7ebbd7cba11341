import type { accuracyTrendMessages } from '../en/accuracyTrend.js';
import type { cohortComparisonMessages } from '../en/cohortComparison.js';
import type { difficultyCalibrationMessages } from '../en/difficultyCalibration.js';
import type { learningVelocityMessages } from '../en/learningVelocity.js';
import type { questionQualityMessages } from '../en/questionQuality.js';
import type { topicMasteryMessages } from '../en/topicMastery.js';
import type { tutorEffectivenessMessages } from '../en/tutorEffectiveness.js';
import type { studyProgressMessages } from '../en/studyProgress.js';
import type { tutoringViewMessages } from '../en/tutoringViews.js';
import type { aiUsageMessages } from '../en/aiUsage.js';
import type { Message } from '../translate.js';

/** A translation of every word of the tutoring widgets (seed 003); each locale's file `satisfies` it, so none is missing. */
export type TutoringMessages = Record<
  | keyof typeof accuracyTrendMessages
  | keyof typeof cohortComparisonMessages
  | keyof typeof difficultyCalibrationMessages
  | keyof typeof learningVelocityMessages
  | keyof typeof questionQualityMessages
  | keyof typeof topicMasteryMessages
  | keyof typeof tutorEffectivenessMessages
  | keyof typeof studyProgressMessages
  | keyof typeof tutoringViewMessages
  | keyof typeof aiUsageMessages,
  Message
>;
