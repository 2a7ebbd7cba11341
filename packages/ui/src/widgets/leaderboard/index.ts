'use client';
export { Leaderboard } from './Leaderboard.js';
export {
  leaderboardModes,
  type LeaderboardColumnId,
  type LeaderboardMode,
  type LeaderboardProps,
  type LeaderboardRow,
  type LeaderboardSort,
  type Movement,
} from './leaderboard.types.js';
export { movementOf } from './leaderboard.utils.js';
