import type { ViewBaseProps } from '../view-layout/index.js';

/** Props of `LearnerView`. */
export interface LearnerViewProps extends ViewBaseProps {
  /** Show the leaderboard (peers pseudonymised unless the client's privacy policy says otherwise); default true. */
  showLeaderboard?: boolean;
  /** Learners on the leaderboard; default 10. */
  leaderboardSize?: number;
  /** Attempts listed per page; default 5 (the seed's "last 5 attempts"). */
  attemptsPageSize?: number;
}
