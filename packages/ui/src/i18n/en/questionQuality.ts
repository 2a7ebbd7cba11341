import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of QuestionQuality. Other languages and host overrides come through the provider's `messages`. */
export const questionQualityMessages = {
  ...tutoringMessages,
  'questionQuality.title': 'Question quality',
  'questionQuality.subject': 'question quality',
  'questionQuality.description': 'Answers submitted and flags raised {period}',
  'questionQuality.caption': 'Questions by {column}, {direction}',
  'questionQuality.ascending': 'lowest first',
  'questionQuality.descending': 'highest first',
  'questionQuality.col.flagRate': 'Flag rate',
  'questionQuality.col.flags': 'Flags',
  'questionQuality.col.openFlags': 'Open flags',
  'questionQuality.col.learners': 'Students who answered',
  'questionQuality.col.attempts': 'Answers',
  'questionQuality.col.reasons': 'Main reasons',
  'questionQuality.flagRateHint': 'flags per student who answered',
  'questionQuality.open': { one: '{count} open', other: '{count} open' },
  'questionQuality.select': 'Show {question}',
  'questionQuality.reason.incorrect_answer': 'Incorrect answer',
  'questionQuality.reason.unclear_wording': 'Unclear wording',
  'questionQuality.reason.typo': 'Typo',
  'questionQuality.reason.too_difficult': 'Too difficult',
  'questionQuality.reason.other': 'Other',
  'questionQuality.reasonCount': '{reason} ({count})',
  'questionQuality.emptyTitle': 'No questions answered',
  'questionQuality.emptyReason': 'No question was answered or flagged {period}.',
  'questionQuality.emptyReasonFiltered': 'No question was answered or flagged {period} for the chosen filters.',
  'questionQuality.tableLabel': 'Question quality table',
} as const satisfies Record<string, Message>;
