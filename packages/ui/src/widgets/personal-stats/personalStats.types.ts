import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One learner's numbers, as the `personalStats` query returns them. */
export type PersonalStatsResult = QueryResult<'personalStats'>;

/** Props of `PersonalStats`. */
export interface PersonalStatsProps extends WidgetChromeProps {
  /** `personalStats` parameters; `userId` defaults to the viewer. */
  params?: QueryParamsInput<'personalStats'>;
  /** Show the score trend as a table under the numbers (default true). */
  showTrend?: boolean;
  /** Header actions. */
  actions?: ReactNode;
}
