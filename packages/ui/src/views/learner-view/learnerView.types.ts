import type { ScoreScale } from '../../charts/scoreScale.js';
import type { ViewBaseProps } from '../view-layout/index.js';

/** Props of `LearnerView`. */
export interface LearnerViewProps extends ViewBaseProps {
  /** Show the leaderboard (peers pseudonymised unless the client's privacy policy says otherwise); default true. */
  showLeaderboard?: boolean;
  /** Learners on the leaderboard; default 10. */
  leaderboardSize?: number;
  /** Attempts listed per page; default 5 (the seed's "last 5 attempts"). */
  attemptsPageSize?: number;
  /**
   * The org's score scale. "binary" (answers correct or not: a tutoring org, seed 003) shows accuracy, topic mastery
   * and pace instead of average scores, mastery paths and a leaderboard with talk time; "band" (IELTS-style 0–9 bands,
   * seed 000) shows the learner's task and overall bands against their goal instead of mastery paths and talk time.
   */
  scoreScale?: ScoreScale;
  /** When given, each recent attempt has a "View feedback" button that calls it with the attempt's id. */
  onViewFeedback?: (attemptId: string) => void;
  /** When given, each assignment has a "Start" button that calls it with the assignment's id. */
  onStartAssignment?: (assignmentId: string) => void;
}
