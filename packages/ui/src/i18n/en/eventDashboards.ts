import type { Message } from '../translate.js';

// The English words of seed 001's dashboard widgets, one object per widget so each bundles only its own. Other
// languages and host overrides come through the provider's `messages`.

/** The words of Engagement. */
export const engagementMessages = {
  'engagement.title': 'Learner engagement',
  'engagement.subject': 'learner engagement',
  'engagement.description': 'Active learners per day, {range}',
  'engagement.dau': 'Daily active learners',
  'engagement.wau': 'Weekly active learners',
  'engagement.mau': 'Monthly active learners',
  'engagement.stickiness': 'Stickiness (daily ÷ monthly)',
  'engagement.events': 'Events',
  'engagement.sessions': 'Sessions started',
  'engagement.time': 'Time spent',
  'engagement.latest': 'On {date}: {dau} daily, {wau} weekly and {mau} monthly active learners, stickiness {stickiness}.',
  'engagement.caption': 'Active learners per day, {range} ({timeZone})',
  'engagement.emptyTitle': 'No activity yet',
  'engagement.emptyReason': 'No learner had an event {range} ({timeZone}) or in the 30 days before.',
  'engagement.emptyReasonFiltered': 'No learner had an event {range} ({timeZone}) or in the 30 days before, for the chosen filters.',
} as const satisfies Record<string, Message>;

/** The words of ContentPerformance. */
export const contentMessages = {
  'content.title': 'Content performance',
  'content.subject': 'content performance',
  'content.description': 'Learner events on each content item, {range}',
  'content.col.item': 'Content item',
  'content.col.learners': 'Learners',
  'content.col.starts': 'Starts',
  'content.col.completions': 'Completions',
  'content.col.rate': 'Learners who completed',
  'content.col.score': 'Average assessment score',
  'content.col.time': 'Average time per visit',
  'content.caption': 'Content items by learners and completion, {range} ({timeZone})',
  'content.emptyTitle': 'No content activity',
  'content.emptyReason': 'No learner had an event on a content item {range} ({timeZone}).',
  'content.emptyReasonFiltered': 'No learner had an event on a content item {range} ({timeZone}) for the chosen filters.',
} as const satisfies Record<string, Message>;

/** The words of SessionQuality. */
export const sessionMessages = {
  'session.title': 'Session quality',
  'session.subject': 'session quality',
  'session.description': 'Sessions started {range}, by day',
  'session.col.sessions': 'Sessions',
  'session.col.avg': 'Average length',
  'session.col.median': 'Median length',
  'session.col.lengths': 'Lengths: under 1, 1–5, 5–15, 15–30, 30–60, 60+ min',
  'session.col.events': 'Events per session',
  'session.completion': 'Completion rate',
  'session.errors': 'Sessions with errors',
  'session.caption': 'Session quality per day, {range} ({timeZone})',
  'session.emptyTitle': 'No sessions yet',
  'session.emptyReason': 'No session started {range} ({timeZone}).',
  'session.emptyReasonFiltered': 'No session started {range} ({timeZone}) for the chosen filters.',
} as const satisfies Record<string, Message>;

/** The words of MasteryProgression. */
export const progressionMessages = {
  'progression.title': 'Mastery progression',
  'progression.subject': 'mastery progression',
  'progression.description': 'Content items whose mastery reached {threshold}, per learner and week, {range}',
  'progression.col.learner': 'Learner',
  'progression.col.week': 'Week of',
  'progression.col.items': 'Items mastered',
  'progression.total': { one: '{count} item reached mastery in this period.', other: '{count} items reached mastery in this period.' },
  'progression.caption': 'Items reaching {threshold} mastery per learner and week, {range} ({timeZone})',
  'progression.emptyTitle': 'No item mastered yet',
  'progression.emptyReason': "No learner's mastery of a content item reached {threshold} {range} ({timeZone}).",
  'progression.emptyReasonFiltered': "No learner's mastery of a content item reached {threshold} {range} ({timeZone}) for the chosen filters.",
} as const satisfies Record<string, Message>;
