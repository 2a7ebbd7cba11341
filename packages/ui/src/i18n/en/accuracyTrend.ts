import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of AccuracyTrend. Other languages and host overrides come through the provider's `messages`. */
export const accuracyTrendMessages = {
  ...tutoringMessages,
  'accuracyTrend.title': 'Accuracy',
  'accuracyTrend.subject': 'the accuracy trend',
  'accuracyTrend.weekOf': 'Week of {date}',
  'accuracyTrend.col.submitted': 'Answers submitted',
  'accuracyTrend.description.day': 'Answers submitted {range}, by day; ungraded answers count as not correct',
  'accuracyTrend.description.week': 'Answers submitted {range}, by week; ungraded answers count as not correct',
  'accuracyTrend.description.month': 'Answers submitted {range}, by month; ungraded answers count as not correct',
  'accuracyTrend.caption.day': 'Daily accuracy, {range} ({timeZone})',
  'accuracyTrend.caption.week': 'Weekly accuracy, {range} ({timeZone})',
  'accuracyTrend.caption.month': 'Monthly accuracy, {range} ({timeZone})',
  'accuracyTrend.emptyTitle': 'No answers yet',
  'accuracyTrend.emptyReason': 'No answers were submitted {range} ({timeZone}), so there is no accuracy to show.',
  'accuracyTrend.emptyReasonFiltered': 'No answers were submitted {range} ({timeZone}) for the chosen filters, so there is no accuracy to show.',
} as const satisfies Record<string, Message>;
