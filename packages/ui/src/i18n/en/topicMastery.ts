import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of TopicMastery. Other languages and host overrides come through the provider's `messages`. */
export const topicMasteryMessages = {
  ...tutoringMessages,
  'topicMastery.title': 'Topic mastery',
  'topicMastery.titleLearner': 'Accuracy by topic',
  'topicMastery.subject': 'topic mastery',
  'topicMastery.description': 'Answers submitted {period}; a level reads the latest {recent} answers in the topic',
  'topicMastery.legend': 'Mastery levels',
  'topicMastery.level.not_started': 'Not started',
  'topicMastery.level.attempted': 'Attempted',
  'topicMastery.level.familiar': 'Familiar',
  'topicMastery.level.proficient': 'Proficient',
  'topicMastery.level.mastered': 'Mastered',
  'topicMastery.levelDetail.attempted': 'below 70 %',
  'topicMastery.levelDetail.familiar': '70 % or more',
  'topicMastery.levelDetail.proficient': '{threshold} or more of the latest {recent}',
  'topicMastery.levelDetail.mastered': 'proficient twice running',
  'topicMastery.cell': '{learner}, {topic}: {level}',
  'topicMastery.cellDetail': '{level} · {correct} of {count} correct · latest {recent}: {recentAccuracy}',
  'topicMastery.gridCaption': 'Students down, topics across: mastery level per student and topic, {period}',
  'topicMastery.gridLabel': 'Topic mastery grid',
  'topicMastery.topicAccuracy': 'Accuracy, all students',
  'topicMastery.showing': 'Showing {shown} of {count} students; the counts are over those shown.',
  'topicMastery.col.level': 'Level',
  'topicMastery.col.recent': 'Latest answers',
  'topicMastery.chartCaption': 'Accuracy per topic for {learner}, {period}',
  'topicMastery.chartCaptionSelf': 'Your accuracy per topic, {period}',
  'topicMastery.emptyTitle': 'No answers yet',
  'topicMastery.emptyReason': 'No question was answered {period}.',
  'topicMastery.emptyReasonFiltered': 'No question was answered {period} for the chosen filters.',
} as const satisfies Record<string, Message>;
