import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of StudyProgress. Other languages and host overrides come through the provider's `messages`. */
export const studyProgressMessages = {
  ...tutoringMessages,
  'studyProgress.title': 'Review cards and topics',
  'studyProgress.subject': 'your progress',
  'studyProgress.description': 'Week by week, as it stood at the end of each week',
  'studyProgress.cardsDue': 'Review cards due',
  'studyProgress.cardsDueHint': 'by {date}',
  'studyProgress.cardsReviewed': 'Cards reviewed',
  'studyProgress.cardsReviewedHint': 'week of {date}',
  'studyProgress.mastered': 'Topics mastered',
  'studyProgress.struggling': 'Topics to practise',
  'studyProgress.strugglingHint': 'latest answers below 70 % correct',
  'studyProgress.ease': 'Average ease',
  'studyProgress.easeHint': 'SM-2 ease of the cards due (2.5 for a new card; lower is harder)',
  'studyProgress.col.week': 'Week',
  'studyProgress.weekOf': 'Week of {date}',
  'studyProgress.caption': 'Progress per week, {period}',
  'studyProgress.tableLabel': 'Progress per week',
  'studyProgress.emptyTitle': 'No answers yet',
  'studyProgress.emptyReason': 'No question was answered {period}, so there is no progress to show.',
} as const satisfies Record<string, Message>;
