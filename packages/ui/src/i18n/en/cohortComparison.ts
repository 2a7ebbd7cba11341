import type { Message } from '../translate.js';
import { tutoringMessages } from './tutoring.js';

/** The English words of CohortComparison. Other languages and host overrides come through the provider's `messages`. */
export const cohortComparisonMessages = {
  ...tutoringMessages,
  'cohortComparison.title': 'Cohorts',
  'cohortComparison.subject': 'the cohort comparison',
  'cohortComparison.description': 'Answers submitted {period}, per cohort and academic year',
  'cohortComparison.caption': 'Cohorts and academic years, {period}',
  'cohortComparison.tableLabel': 'Cohort comparison table',
  'cohortComparison.col.cohort': 'Cohort',
  'cohortComparison.col.year': 'Academic year',
  'cohortComparison.col.learners': 'Students',
  'cohortComparison.col.active': 'Active students',
  'cohortComparison.col.perLearner': 'Answers per student',
  'cohortComparison.col.mastered': 'Topics mastered per student',
  'cohortComparison.hint.perLearner': 'answers submitted divided by every student of the cohort, active or not',
  'cohortComparison.hint.mastered': 'student–topic pairs at the "mastered" level, divided by the students of the cohort',
  'cohortComparison.noCohort': 'No cohort',
  'cohortComparison.activeOf': '{active} of {count}',
  'cohortComparison.emptyTitle': 'No cohorts yet',
  'cohortComparison.emptyReason': 'No student is in scope {period}.',
  'cohortComparison.emptyReasonFiltered': 'No student matches the chosen filters {period}.',
} as const satisfies Record<string, Message>;
