import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of LearningVelocity. Other languages and host overrides come through the provider's `messages`. */
export const learningVelocityMessages = {
  ...tutoringMessages,
  'learningVelocity.title': 'Learning velocity',
  'learningVelocity.subject': 'learning velocity',
  'learningVelocity.description': 'Answers submitted {range}, by day',
  'learningVelocity.questions': 'Different questions',
  'learningVelocity.answers': 'Answers',
  'learningVelocity.caption': 'Questions and answers per day, {range} ({timeZone})',
  'learningVelocity.note': 'Per active day: {questions} different questions, {answers} answers, {time} per answer on average.',
  'learningVelocity.emptyTitle': 'No answers yet',
  'learningVelocity.emptyReason': 'No answers were submitted {range} ({timeZone}).',
  'learningVelocity.emptyReasonFiltered': 'No answers were submitted {range} ({timeZone}) for the chosen filters.',
} as const satisfies Record<string, Message>;
