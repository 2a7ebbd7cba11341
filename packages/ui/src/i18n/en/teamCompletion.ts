import type { Message } from '../translate.js';

/** The English words of TeamCompletion. Other languages and host overrides come through the provider's `messages`. */
export const completionMessages = {
  'completion.title': 'Completion rate',
  'completion.subject': 'the completion rate',
  'completion.dueBetween': 'Assignments due between {from} and {to}',
  'completion.dueFrom': 'Assignments due from {from} on',
  'completion.dueAll': 'Every assignment',
  'completion.nobodyBehind': 'Nobody is behind',
  'completion.learnersBehind': { one: 'learner', other: 'learners' },
  'completion.behindOn': { one: '{learners} behind on {count} assignment', other: '{learners} behind on {count} assignments' },
} as const satisfies Record<string, Message>;
