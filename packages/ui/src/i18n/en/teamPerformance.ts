import type { Message } from '../translate.js';

/** The English words of TeamPerformance. Other languages and host overrides come through the provider's `messages`. */
export const teamPerformanceMessages = {
  'teams.title': 'Team performance',
  'teams.subject': 'the team comparison',
  'teams.descriptionOwn': { one: '{team}, the organization’s only team', other: '{team} beside the organization’s {count} teams' },
  'teams.descriptionAll': { one: 'The organization’s only team', other: 'The organization’s {count} teams' },
  'teams.avgScore': 'Team average',
  'teams.completionRate': 'Completion rate',
  'teams.rank': 'Rank',
  'teams.rankOf': 'Rank {rank} of {count}',
  'teams.unranked': 'Not ranked',
  'teams.noScores': 'No scored attempts in this period',
  'teams.scoredAttempts': { one: '{count} scored attempt', other: '{count} scored attempts' },
  'teams.completedOf': '{completed} of {assigned} completed',
  'teams.noAssignments': 'No assignments due',
  'teams.activeLearners': { one: '{count} active learner', other: '{count} active learners' },
  'teams.distribution': 'Every team by average score',
  'teams.col.rank': 'Rank',
  'teams.col.team': 'Team',
  'teams.col.average': 'Average',
  'teams.col.completion': 'Completion',
  'teams.col.learners': 'Active learners',
  'teams.yours': 'Your team',
  'teams.emptyTitle': 'No teams to compare',
  'teams.emptyNoTeams': 'This organization has no teams yet.',
  'teams.emptyNoActivity': 'No team had attempts or assignments due in this period.',
} as const satisfies Record<string, Message>;
