import type { Message } from '../translate.js';

/** The English words of RecentAttempts. Other languages and host overrides come through the provider's `messages`. */
export const attemptsMessages = {
  'attempts.title': 'Recent attempts',
  'attempts.subject': 'the attempts',
  'attempts.description': 'All attempts started {range}, newest first',
  'attempts.emptyTitle': 'No attempts',
  'attempts.empty': 'No attempts were started {range}.',
  'attempts.emptyFor': 'No attempts at {activity} were started {range}.',
  'attempts.col.started': 'Started',
  'attempts.col.learner': 'Learner',
  'attempts.col.activity': 'Activity',
  'attempts.col.score': 'Score',
  'attempts.col.duration': 'Duration',
  'attempts.notScored': 'Not scored',
  'attempts.col.actions': 'Actions',
  'attempts.viewFeedback': 'View feedback',
  'attempts.viewFeedbackOn': 'View feedback on {activity}, {started}',
} as const satisfies Record<string, Message>;
