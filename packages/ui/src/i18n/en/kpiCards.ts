import type { Message } from '../translate.js';

/** The English words of KpiCards. Other languages and host overrides come through the provider's `messages`. */
export const kpiMessages = {
  'kpi.title': 'Overview',
  'kpi.subject': 'the overview',
  'kpi.activeUsers': 'Active learners',
  'kpi.totalAttempts': 'Completed attempts',
  'kpi.avgScore': 'Average score',
  'kpi.lastActivity': 'Last activity',
  'kpi.attemptsLastDays': { one: 'Completed attempts, last day', other: 'Completed attempts, last {count} days' },
  'kpi.hint.allTime': 'all time',
  'kpi.hint.startedIn': 'started {range}',
  'kpi.hint.activeUsers': 'with a completed attempt, {window}',
  'kpi.hint.totalAttempts': 'finished attempts, {window}',
  'kpi.hint.avgScore': 'of scored attempts, {window}',
  'kpi.hint.lastActivity': 'latest attempt finished',
  'kpi.hint.attemptsLastDays': { one: 'finished since this time yesterday', other: 'finished in the last {count} days' },
  'kpi.change.against': { one: 'the previous day', other: 'the previous {count} days' },
  'kpi.change.noneBefore': 'none in {against}',
  'kpi.change.same': 'no change vs {against}',
  'kpi.change.up': 'up {pct} vs {against}',
  'kpi.change.down': 'down {pct} vs {against}',
  'kpi.emptyTitle': 'No activity to summarise',
  'kpi.emptyRange': 'No learner has completed an attempt between {from} and {to}.',
  'kpi.emptyAll': 'No learner has completed an attempt yet.',
} as const satisfies Record<string, Message>;
