import type { Message } from '../translate.js';

/** The English words of Leaderboard. Other languages and host overrides come through the provider's `messages`. */
export const leaderboardMessages = {
  'leaderboard.title': 'Leaderboard',
  'leaderboard.subject': 'the leaderboard',
  'leaderboard.description': 'Scored attempts started {period}',
  'leaderboard.descriptionTop': 'Scored attempts started {period} · top {shown} of {total}',
  'leaderboard.col.rank': 'Rank',
  'leaderboard.col.learner': 'Learner',
  'leaderboard.col.avgScore': 'Average score',
  'leaderboard.col.attempts': 'Scored attempts',
  'leaderboard.col.time': 'Time spent',
  'leaderboard.col.talk': 'Talk %',
  'leaderboard.col.change': 'Change',
  'leaderboard.tied': '(tied)',
  'leaderboard.pseudonym': 'Learner {code}',
  'leaderboard.scrollLabel': { one: '{caption}, {count} learner; scroll for more', other: '{caption}, {count} learners; scroll for more' },
  'leaderboard.emptyTitle': 'No one is ranked yet',
  'leaderboard.suppressedTitle': 'Hidden to keep a small group anonymous',
  'leaderboard.suppressedReason': 'Too few learners are ranked for their figures to stay anonymous, so the board is not shown.',
  'leaderboard.emptyReason': 'No scored attempts were started {period}.',
  'leaderboard.movement.up': { one: 'up {count} place', other: 'up {count} places' },
  'leaderboard.movement.down': { one: 'down {count} place', other: 'down {count} places' },
  'leaderboard.movement.same': 'no change',
  'leaderboard.movement.new': 'new this period',
  'leaderboard.movement.newGlyph': 'new',
} as const satisfies Record<string, Message>;
