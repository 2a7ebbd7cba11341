import type { QueryParamsInput } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/index.js';
import type { TeamOption } from '../filter-bar/index.js';
import type { ViewBaseProps } from '../view-layout/index.js';

/** Props of `ManagerView`. */
export interface ManagerViewProps extends ViewBaseProps {
  /** The manager's teams, for the team filter; the catalog has no team list, so the host passes it (hidden when absent). */
  teams?: readonly TeamOption[];
  /** Learners on the leaderboard; default 10. */
  leaderboardSize?: number;
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
