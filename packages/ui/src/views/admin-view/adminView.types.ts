import type { ExportFormat, QueryParamsInput } from '@learnlens/data-client';
import type { ScoreScale } from '../../charts/scoreScale.js';
import type { TeamOption } from '../filter-bar/index.js';
import type { ViewBaseProps } from '../view-layout/index.js';

/** Props of `AdminView`. */
export interface AdminViewProps extends ViewBaseProps {
  /** The org's teams, for the team filter; the catalog has no team list, so the host passes it (hidden when absent). */
  teams?: readonly TeamOption[];
  /** Export formats offered on the recent attempts; default CSV and Parquet; an empty list hides the export. */
  exportFormats?: readonly ExportFormat[];
  /** Most activities listed under "Most attempted"; default 10. */
  topActivities?: number;
  /** Rows per page of the recent attempts; default 10. */
  attemptsPageSize?: number;
  /**
   * The org's data are learning events (seed 001: raw events transformed into sessions and mastery deltas): adds
   * the engagement, content performance, session quality and mastery progression dashboards.
   */
  events?: boolean;
  /**
   * The org's score scale. "binary" (answers correct or not: a tutoring org, seed 003) adds the tutors' effectiveness
   * and the comparison of cohorts; "band" (IELTS-style 0–9 bands, seed 000) adds each team's task and overall bands and
   * the share of learners at or above their goal band.
   */
  scoreScale?: ScoreScale;
  /** Names of cohorts by id, for the cohort comparison of a tutoring org (the query answers with ids). */
  cohortNames?: Readonly<Record<string, string>>;
  /**
   * The org's calls carry seed 002's KPI events (filler words, interruptions, questions asked…): adds where in a call
   * each happens (`EventTiming`) and the learners grouped by questions asked per call (`EventCohorts`).
   */
  callEvents?: boolean;
  /** With `callEvents`: the event type and band bounds the learners are grouped by; default questions asked, 3 and 8 per call. */
  callEventGroups?: Pick<QueryParamsInput<'eventCohorts'>, 'eventType' | 'bounds'>;
  /** Display names of learners by id, for the mastery progression (which answers with ids). */
  learnerNames?: Readonly<Record<string, string>>;
  /** The activity whose detail is open under the most attempted activities (controlled); null for none. */
  activityId?: string | null;
  /** The activity whose detail is open first when uncontrolled; default none. */
  defaultActivityId?: string | null;
  /** Called with an activity's id when its detail opens (a click or Enter on its row), and with null when it closes. */
  onActivitySelect?: (activityId: string | null) => void;
}
