import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One learner's or team's bands, as the `bandProgress` query returns them. */
export type BandProgressRow = QueryResult<'bandProgress'>['rows'][number];

/** The bands of everyone the query covered. */
export type BandProgressSummary = QueryResult<'bandProgress'>['summary'];

/** Props of `BandProgress`. */
export interface BandProgressProps extends WidgetChromeProps {
  /** `bandProgress` parameters: range, time zone, `now`, team, learners, activities. */
  params?: QueryParamsInput<'bandProgress'>;
  /** One row per learner (default) or per team; overrides `params.groupBy`. */
  groupBy?: 'learner' | 'team';
  /** Header actions. */
  actions?: ReactNode;
}
