import type { ReactNode } from 'react';
import type { ThemeMode, ThemeTokens } from '../../theme/index.js';
import type { ActivityOption } from '../../widgets/recent-attempts/index.js';
import type { RangePreset, ViewFilters } from '../filter-bar/index.js';

/** How many grid columns a cell takes: a number (at most the grid's count) or the full row. */
export type ViewCellSpan = 1 | 2 | 3 | 'full';

/** Options of the view grid's responsive columns. */
export interface ViewColumnsOptions {
  /** Narrowest a column may get, in px, before the grid drops a column; default 340. */
  minColumnWidth?: number;
  /** Most columns on a wide screen; default 3. */
  maxColumns?: number;
}

/** Props of `ViewGrid`. */
export interface ViewGridProps extends ViewColumnsOptions {
  /** Space between cells, in px; default 16. */
  gap?: number;
  /** `ViewCell`s. */
  children?: ReactNode;
}

/** Props of `ViewCell`. */
export interface ViewCellProps {
  /** Columns taken; default 1. */
  span?: ViewCellSpan;
  /** Stable name written to `data-cell`, e.g. "leaderboard". */
  name?: string;
  /** One widget. */
  children?: ReactNode;
}

/** Props every view shares: the frame around its filter bar and widgets. */
export interface ViewChromeProps extends ViewColumnsOptions {
  /** A heading above the filter bar (an h2); none by default, since a host page usually has its own. */
  title?: ReactNode;
  /** Accessible name of the view when it has no `title`. */
  label?: string;
  /** Overrides the provider's theme for the view and every widget in it. */
  theme?: ThemeMode;
  /** Overrides theme tokens for the view and every widget in it. */
  tokens?: Partial<ThemeTokens>;
  /** Extra class on the view's scope element. */
  className?: string;
}

/** Props every view shares: its filters, its clock and its frame. */
export interface ViewBaseProps extends ViewChromeProps {
  /** The filters (controlled): date range, team, activity and the heatmap's day. */
  filters?: ViewFilters;
  /** The filters first used when uncontrolled; missing dates come from `defaultPreset`. */
  defaultFilters?: Partial<ViewFilters>;
  /** Told about every filter change, from the bar, the heatmap or a widget's own inputs. */
  onFiltersChange?: (filters: ViewFilters) => void;
  /** The range shown first when `defaultFilters` has no dates. */
  defaultPreset?: RangePreset;
  /** The instant relative windows and presets are measured from (ISO timestamp); pass it for reproducible views. */
  now?: string;
  /** IANA time zone of days, buckets and hours; default the browser's. */
  timezone?: string;
  /** Activities the filters offer; by default those with scored attempts the viewer may see. */
  activities?: readonly ActivityOption[];
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
}
