import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One ranked learner, as the `leaderboard` query returns it. */
export type LeaderboardRow = QueryResult<'leaderboard'>['rows'][number];

/** "top" shows the first `limit` learners; "full" shows everyone in a virtualised, scrollable table. */
export type LeaderboardMode = 'top' | 'full';

/** Every leaderboard display mode, for story controls. */
export const leaderboardModes: readonly LeaderboardMode[] = ['top', 'full'];

/** A learner's movement against the previous period. */
export interface Movement {
  /** up, down, same, or new (not ranked in the previous period). */
  kind: 'up' | 'down' | 'same' | 'new';
  /** Places moved (0 for same and new). */
  places: number;
}

/** Columns a user can sort by. */
export type LeaderboardColumnId =
  | 'rank'
  | 'displayName'
  | 'avgScore'
  | 'attempts'
  | 'totalDurationSeconds'
  | 'avgTalkPercentage'
  | 'movement';

/** A client-side sort of the leaderboard. */
export interface LeaderboardSort {
  /** The column. */
  id: LeaderboardColumnId;
  /** Descending when true. */
  desc: boolean;
}

/** Props of `Leaderboard`. */
export interface LeaderboardProps extends WidgetChromeProps {
  /** Period and filters (`leaderboard` parameters); paging and sort belong to the widget. */
  params?: Omit<QueryParamsInput<'leaderboard'>, 'limit' | 'offset' | 'sort'>;
  /** "top" (default) or "full". */
  mode?: LeaderboardMode;
  /** Learners shown in top mode (default 10). */
  limit?: number;
  /** Height of the scrolling table in full mode, in px (default 480). */
  height?: number;
  /** Height of one row, in px (default 36). */
  rowHeight?: number;
  /** Sort shown first (default rank ascending). */
  defaultSort?: LeaderboardSort;
  /** Header actions, e.g. an `ExportButton`. */
  actions?: ReactNode;
}
