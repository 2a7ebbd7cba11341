import type { Message } from '../translate.js';

/** The English words of ActivityDetail. Other languages and host overrides come through the provider's `messages`. */
export const activityDetailMessages = {
  'detail.title': 'Activity detail',
  'detail.subject': 'the activity detail',
  'detail.description': 'Attempts started {period}',
  'detail.allTime': 'at any time',
  'detail.close': 'Back',
  'detail.closeLabel': 'Close the detail of {activity}',
  'detail.attempts': 'Attempts',
  'detail.avgScore': 'Average score',
  'detail.learners': 'Learners',
  'detail.scored': '{count} scored',
  'detail.noScores': 'None scored',
  'detail.distribution': 'Score distribution',
  'detail.distributionCaption': 'Scored attempts by score, on the activity’s scale',
  'detail.col.score': 'Score',
  'detail.col.attempts': 'Scored attempts',
  'detail.col.share': 'Share',
  'detail.bucket': '{lower} to under {upper}',
  'detail.bucketLast': '{lower} to {upper}',
  'detail.incorrect': 'Incorrect (0)',
  'detail.correct': 'Correct (1)',
  'detail.perDay': 'Attempts per day',
  'detail.perDayCaption': 'Attempts started per day, {period} ({timeZone})',
  'detail.col.day': 'Day',
  'detail.col.started': 'Attempts started',
  'detail.col.average': 'Average',
  'detail.learnerList': 'Learners',
  'detail.learnerCaption': 'Learners by attempts at this activity',
  'detail.col.learner': 'Learner',
  'detail.col.best': 'Best',
  'detail.col.last': 'Last attempt',
  'detail.showing': { one: 'Showing {shown} of {count} learner.', other: 'Showing {shown} of {count} learners.' },
  'detail.emptyTitle': 'No attempts at this activity',
  'detail.emptyReason': 'No attempts at {activity} were started {period}.',
} as const satisfies Record<string, Message>;

/**
 * Every key the admin drill-down and the trainee actions added beside ActivityDetail's own: the attempts trend, the
 * link on each top activity, and the "View feedback" and "Start" buttons. Each language gives them in one file.
 */
export type ActivityDetailLocaleKey =
  | keyof typeof activityDetailMessages
  | 'trend.attempts.title'
  | 'trend.attempts.series'
  | 'trend.attempts.label'
  | 'trend.attempts.description.day'
  | 'trend.attempts.description.week'
  | 'trend.attempts.description.month'
  | 'trend.attempts.caption.day'
  | 'trend.attempts.caption.week'
  | 'trend.attempts.caption.month'
  | 'insights.openDetail'
  | 'view.attemptsTrend'
  | 'attempts.col.actions'
  | 'attempts.viewFeedback'
  | 'attempts.viewFeedbackOn'
  | 'assignments.start'
  | 'assignments.startTitle';
