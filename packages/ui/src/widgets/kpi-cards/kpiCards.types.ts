import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** The org overview the cards are computed from. */
export type OrgOverview = QueryResult<'orgOverview'>;

/** The cards a `KpiCards` widget can show. */
export type KpiId = 'activeUsers' | 'totalAttempts' | 'avgScore' | 'attemptsLast7Days' | 'attemptsLast30Days' | 'lastActivity';

/** Every card, in the default order, for story controls. */
export const kpiIds: readonly KpiId[] = [
  'activeUsers',
  'totalAttempts',
  'avgScore',
  'attemptsLast7Days',
  'attemptsLast30Days',
  'lastActivity',
];

/** A change against the previous period. */
export interface KpiChange {
  /** up, down or same; "none" when the previous period had nothing to compare with. */
  direction: 'up' | 'down' | 'same' | 'none';
  /** Relative change (0.25 = +25%); null when there is no previous value. */
  ratio: number | null;
  /** The length in days of the period compared with (7 or 30: the days just before the card's own). */
  days: number;
}

/** One card's content. */
export interface Kpi {
  /** Stable id, written to `data-kpi`. */
  id: KpiId;
  /** The label, e.g. "Active learners". */
  label: string;
  /** What exactly is counted, and over which window, e.g. "finished, started Oct 2 – Oct 31". */
  hint: string;
  /** The formatted value. */
  value: string;
  /** The full value where `value` is shortened (Last activity shows the date; this adds the time). */
  fullValue?: string;
  /** Change against the previous period, for windowed counts. */
  change?: KpiChange;
}

/** The cards that can draw a daily trend line. */
export type KpiTrendId = 'activeUsers' | 'totalAttempts' | 'avgScore';

/** A card's daily trend line. */
export interface KpiTrend {
  /** The card it belongs to. */
  id: KpiTrendId;
  /** One value per day of the filter, oldest first; null where there is nothing (no scored attempt that day). */
  values: readonly (number | null)[];
  /** What the line shows, in words, for screen readers and on hover. */
  label: string;
}

/** Props of `KpiCards`. */
export interface KpiCardsProps extends WidgetChromeProps {
  /** `orgOverview` parameters: an optional date range, `now`, filters. */
  params?: QueryParamsInput<'orgOverview'>;
  /** Which cards to show, in order (default all). */
  cards?: readonly KpiId[];
  /**
   * Draw a small daily trend line in the learner, attempt and score cards when a date range is set (default
   * true). It costs two small daily queries (`scoreTrend`, `activityHeatmap`), shared with trend widgets on the
   * same filter.
   */
  trends?: boolean;
  /** Header actions. */
  actions?: ReactNode;
}
