import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One team's numbers, as the `teamComparison` query returns them. */
export type TeamPerformanceRow = QueryResult<'teamComparison'>['rows'][number];

/** Props of `TeamPerformance`. */
export interface TeamPerformanceProps extends WidgetChromeProps {
  /** `teamComparison` parameters: range, time zone, `now`, activities. A `teamId` here narrows the learners counted. */
  params?: QueryParamsInput<'teamComparison'>;
  /** The team the headline numbers are about; default: the first team the viewer manages (none for an admin). */
  teamId?: string;
  /** Header actions. */
  actions?: ReactNode;
}

/** The headline of the card: the focused team, its rank among the ranked teams. */
export interface TeamPerformanceSummary {
  /** The team the card is about, or null (an admin without `teamId`). */
  focus: TeamPerformanceRow | null;
  /** Teams with a rank (a scored attempt in the period): the "of 5" in "rank 2 of 5". */
  ranked: number;
  /** The highest average of any team, which the distribution's bars are drawn against; null without scores. */
  maxAverage: number | null;
}
