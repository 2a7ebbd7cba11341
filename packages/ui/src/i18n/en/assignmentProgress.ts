import type { Message } from '../translate.js';

/** The English words of AssignmentProgress. Other languages and host overrides come through the provider's `messages`. */
export const assignmentsMessages = {
  'assignments.title': 'Assignments',
  'assignments.subject': 'the assignments',
  'assignments.emptyTitle': 'No assignments',
  'assignments.emptyBetween': 'No assignments due between {from} and {to} for the learners you can see.',
  'assignments.emptyFrom': 'No assignments due from {from} for the learners you can see.',
  'assignments.emptyAll': 'No assignments for the learners you can see.',
  'assignments.overdue': { one: '{count} assignment is overdue,', other: '{count} assignments are overdue,' },
  'assignments.behind': { one: 'with {count} learner behind.', other: 'with {count} learners behind.' },
  'assignments.col.assignment': 'Assignment',
  'assignments.col.due': 'Due',
  'assignments.col.completion': 'Completion',
  'assignments.col.overdue': 'Overdue',
  'assignments.required': 'Required',
  'assignments.optional': 'Optional',
  'assignments.overdueBadge': 'Overdue',
  'assignments.completionOf': '{title} completion',
  'assignments.completedOf': { one: '{completed} of {count} completed', other: '{completed} of {count} completed' },
  'assignments.ofAssigned': '{completed} of {assigned}',
  'assignments.showing': { one: 'Showing {shown} of {count} assignment.', other: 'Showing {shown} of {count} assignments.' },
  'assignments.learners': { one: '{count} learner', other: '{count} learners' },
  'assignments.start': 'Start',
  'assignments.startTitle': 'Start {title}',
} as const satisfies Record<string, Message>;
