import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A row of the `cohortComparison` query: one cohort and academic year. */
export type CohortRow = QueryResult<'cohortComparison'>['rows'][number];

/** Props of `CohortComparison`. */
export interface CohortComparisonProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now`, filters and the mastery rule (`masteryThreshold`, `recentAttempts`). */
  params?: QueryParamsInput<'cohortComparison'>;
  /** Names of cohorts by id, when the host has them (the query answers with ids). */
  cohortNames?: Readonly<Record<string, string>>;
}
