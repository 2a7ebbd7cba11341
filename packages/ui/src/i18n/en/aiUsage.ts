import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of AiUsage. Other languages and host overrides come through the provider's `messages`. */
export const aiUsageMessages = {
  ...tutoringMessages,
  'aiUsage.title': 'AI usage and cost',
  'aiUsage.subject': 'AI usage',
  'aiUsage.description': 'AI calls made {period}',
  'aiUsage.groupBy': 'Group by',
  'aiUsage.byOperation': 'Operation',
  'aiUsage.byModel': 'Model',
  'aiUsage.col.calls': 'Calls',
  'aiUsage.col.tokensIn': 'Tokens in',
  'aiUsage.col.tokensOut': 'Tokens out',
  'aiUsage.col.cost': 'Cost (USD)',
  'aiUsage.col.failureRate': 'Failed calls',
  'aiUsage.col.p50': 'Median duration by day',
  'aiUsage.hint.p50': 'the lowest and highest of the days’ median call durations',
  'aiUsage.caption': 'AI calls per {group}, {period}',
  'aiUsage.tableLabel': 'AI usage table',
  'aiUsage.emptyTitle': 'No AI calls',
  'aiUsage.emptyReason': 'No AI call was made {period}.',
} as const satisfies Record<string, Message>;
