import type { Message } from '../translate.js';

/** The English words of the views: titles of the widgets they compose. Other languages and host overrides come through the provider's `messages`. */
export const viewMessages = {
  'view.admin': 'Admin dashboard',
  'view.manager': 'Team dashboard',
  'view.learner': 'Your learning',
  'view.orgOverview': 'Organization overview',
  'view.teamOverview': 'Team overview',
  'view.scoreTrend': 'Score trend',
  'view.topActivities': 'Most attempted activities',
  'view.attemptsTrend': 'Attempts, last 30 days',
  'view.learnerActivity': 'Learner activity',
  'view.teamActivity': 'Team activity',
  'view.top': 'Top {count}',
  'view.assignmentTracking': 'Assignment tracking',
  'view.yourAssignments': 'Your assignments',
  'view.yourScores': 'Your scores',
  'view.yourMastery': 'Your mastery',
  'view.yourAttempts': 'Your recent attempts',
} as const satisfies Record<string, Message>;
