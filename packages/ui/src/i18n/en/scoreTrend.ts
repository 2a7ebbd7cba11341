import type { Message } from '../translate.js';

/** The English words of ScoreTrend. Other languages and host overrides come through the provider's `messages`. */
export const trendMessages = {
  'trend.title': 'Average score',
  'trend.subject': 'the score trend',
  'trend.avgScore': 'Average score',
  'trend.weekOf': 'Week of {date}',
  'trend.scoredOf': { one: 'of {scored} scored · {count} attempt', other: 'of {scored} scored · {count} attempts' },
  'trend.col.attempts': 'Attempts started',
  'trend.col.scored': 'Scored attempts',
  'trend.description.day': 'Scored attempts started {range}, by day',
  'trend.description.week': 'Scored attempts started {range}, by week',
  'trend.description.month': 'Scored attempts started {range}, by month',
  'trend.caption.day': 'Daily average score, {range} ({timeZone})',
  'trend.caption.week': 'Weekly average score, {range} ({timeZone})',
  'trend.caption.month': 'Monthly average score, {range} ({timeZone})',
  'trend.emptyTitle': 'No attempts yet',
  'trend.emptyReason': 'No attempts were started {range} ({timeZone}), so there is no score to show.',
  'trend.emptyReasonFiltered': 'No attempts were started {range} ({timeZone}) for the chosen filters, so there is no score to show.',
} as const satisfies Record<string, Message>;
