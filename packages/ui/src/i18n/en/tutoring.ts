import type { Message } from '../translate.js';

/**
 * Words the tutoring widgets (seed 003: accuracy, topics, questions, tutors, cohorts, AI usage) share. Each of
 * those widgets spreads this into its own catalog, so a host importing one of them bundles only these and its own.
 */
export const tutoringMessages = {
  'tutoring.allTime': 'all time',
  'tutoring.since': 'since {from}',
  'tutoring.until': 'until {to}',
  'tutoring.accuracy': 'Accuracy',
  'tutoring.accuracyHint': 'correct of all submitted answers; an ungraded answer counts as not correct',
  'tutoring.answers': 'Answers',
  'tutoring.correct': 'Correct',
  'tutoring.avgTime': 'Average time',
  'tutoring.students': 'Students',
  'tutoring.student': 'Student',
  'tutoring.topic': 'Topic',
  'tutoring.question': 'Question',
  'tutoring.correctOf': { one: '{correct} of {count} answer correct', other: '{correct} of {count} answers correct' },
  'tutoring.sortBy': 'Sort by {column}',
} as const satisfies Record<string, Message>;
