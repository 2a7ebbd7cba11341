import type { QueryParamsInput } from '@learnlens/data-client';
import type { ScoreScale } from '../../charts/scoreScale.js';
import type { WidgetChromeProps } from '../../widget-shell/index.js';
import type { TeamOption } from '../filter-bar/index.js';
import type { ViewBaseProps } from '../view-layout/index.js';

/** Props of `ManagerView`. */
export interface ManagerViewProps extends ViewBaseProps {
  /** The manager's teams, for the team filter; the catalog has no team list, so the host passes it (hidden when absent). */
  teams?: readonly TeamOption[];
  /** Learners on the leaderboard; default 10. */
  leaderboardSize?: number;
  /**
   * The org's score scale. "band" (IELTS-style 0–9 bands, seed 000) shows each learner's task and overall bands against
   * their goal instead of the leaderboard with talk time.
   */
  scoreScale?: ScoreScale;
}

/** Props of `TeamCompletion`. */
export interface TeamCompletionProps extends WidgetChromeProps {
  /** `assignmentProgress` parameters: due-date range, `now`, team, activity. */
  params?: QueryParamsInput<'assignmentProgress'>;
}

/** Completion over a set of assignments, summed over their assignees. */
export interface CompletionSummary {
  /** Assignments counted. */
  assignments: number;
  /** Assignees over every assignment (a learner with two assignments counts twice). */
  assigned: number;
  /** Of those, the completed ones. */
  completed: number;
  /** completed ÷ assigned; null without assignees. */
  rate: number | null;
  /** Assignments past due with someone behind. */
  overdueAssignments: number;
  /** Assignees past due and not done. */
  overdueLearners: number;
}
