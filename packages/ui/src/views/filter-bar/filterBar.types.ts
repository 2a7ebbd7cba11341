import type { Days } from '@learnlens/data-client';
import type { HeatmapSelection } from '../../widgets/activity-heatmap/index.js';
import type { ActivityOption, RecentAttemptsFilters } from '../../widgets/recent-attempts/index.js';
import type { ThemeMode, ThemeTokens } from '../../theme/index.js';

/**
 * What a view filters every widget by. Dates are ISO calendar days in the view's time zone and `to` is
 * exclusive, as in every catalog query.
 */
export interface ViewFilters {
  /** First day included. */
  from: string;
  /** First day excluded. */
  to: string;
  /** One team, or null for every team the viewer may see. */
  teamId: string | null;
  /** One activity, or null for all. */
  activityId: string | null;
  /** A day picked in the activity heatmap (a cross-filter): every other widget shows that day only; null for none. */
  day: string | null;
  /**
   * Which days of the week the time-bucketed widgets count: "weekdays" (Monday–Friday), "weekends" (Saturday and
   * Sunday) or "all" (default when missing), by each row's local day in the view's time zone.
   */
  days?: Days;
}

/** A relative date range the filter bar offers, measured from `now` in the view's time zone. */
export type RangePreset = 'last7Days' | 'last30Days' | 'last90Days' | 'monthToDate';

/** Every range preset, in the order offered. */
export const rangePresets: readonly RangePreset[] = ['last7Days', 'last30Days', 'last90Days', 'monthToDate'];

/** A team the filter bar offers. */
export interface TeamOption {
  /** `teamId`. */
  id: string;
  /** Shown in the list. */
  name: string;
}

/** A date range of whole days: `from` inclusive, `to` exclusive. */
export interface DayRange {
  /** First day included. */
  from: string;
  /** First day excluded. */
  to: string;
}

/** Props of `FilterBar`. */
export interface FilterBarProps {
  /** The filters (controlled). */
  value?: ViewFilters;
  /** The filters first shown when uncontrolled; missing dates come from `defaultPreset`. */
  defaultValue?: Partial<ViewFilters>;
  /** Told about every change. */
  onValueChange?: (value: ViewFilters) => void;
  /** The instant presets are measured from (ISO timestamp); default the time the bar mounted. */
  now?: string;
  /** IANA time zone of the days; default the browser's. */
  timezone?: string;
  /** Presets offered, in order; default all of `rangePresets`. */
  presets?: readonly RangePreset[];
  /** The range used when `defaultValue` has no dates; default "last30Days". */
  defaultPreset?: RangePreset;
  /** Teams offered; the team select is hidden when this is missing or empty (see `showTeam`). */
  teams?: readonly TeamOption[];
  /** Show the team select; default true when `teams` has any. */
  showTeam?: boolean;
  /** Activities offered; by default those with scored attempts the viewer may see (`activityInsights`). */
  activities?: readonly ActivityOption[];
  /** Show the activity select; default true. */
  showActivity?: boolean;
  /** Show the days select (All days / Weekdays / Weekends); default true. */
  showDays?: boolean;
  /** Accessible name of the bar; default "Dashboard filters" (widgets' own toolbars are "Filters"). */
  label?: string;
  /** Overrides the provider's theme. */
  theme?: ThemeMode;
  /** Overrides theme tokens. */
  tokens?: Partial<ThemeTokens>;
  /** Extra class on the bar's scope element. */
  className?: string;
}

/** Options of `useViewFilters`. */
export interface UseViewFiltersOptions {
  /** The filters (controlled). */
  filters?: ViewFilters;
  /** The filters first used when uncontrolled; missing dates come from `defaultPreset`. */
  defaultFilters?: Partial<ViewFilters>;
  /** Told about every change, from the bar, the heatmap or a widget's own filters. */
  onFiltersChange?: (filters: ViewFilters) => void;
  /** The instant relative windows are measured from; passed to every widget when given. */
  now?: string;
  /** IANA time zone of days and buckets; default the browser's. Always passed to every widget. */
  timezone?: string;
  /** The range used when the filters have no dates; default "last30Days". */
  defaultPreset?: RangePreset;
  /** Drop the team filter (a learner's view has no team select). */
  ignoreTeam?: boolean;
}

/** Catalog parameters every widget of a view shares. */
export interface ViewParams {
  /** First day included. */
  from: string;
  /** First day excluded. */
  to: string;
  /** IANA time zone. */
  timezone: string;
  /** The instant relative windows are measured from, when the host fixed one. */
  now?: string;
  /** The team filter. */
  teamId?: string;
  /** The activity filter. */
  activityIds?: string[];
}

/** Parameters of the time-bucketed widgets with a day bucket or grid (heatmap, learning velocity): the days filter too. */
export interface DayParams extends ViewParams {
  /** The days filter, when not "all". */
  days?: Days;
}

/** Parameters of the widgets with week buckets (trends, mastery): the days filter and the locale's first day of the week. */
export interface TrendParams extends DayParams {
  /** First day of a week bucket, 0 = Sunday … 6 = Saturday: the locale's, as the heatmap's calendar columns. */
  weekStart: number;
}

/** Due-date window of assignment widgets: open-ended when the range reaches today (so upcoming ones show). */
export interface DueWindow {
  /** First due day included. */
  from: string;
  /** First due day excluded; absent for "and everything after". */
  to?: string;
}

/** What `useViewFilters` gives a view: the filters, and the props that wire each widget to them. */
export interface ViewFiltersState {
  /** The current filters. */
  filters: ViewFilters;
  /** Replaces the filters. */
  setFilters: (next: ViewFilters) => void;
  /** The instant presets are measured from: `now`, or the time the view mounted. */
  now: string;
  /** The resolved time zone. */
  timezone: string;
  /** Today in `timezone`, as of `now`. */
  today: string;
  /** The range the widgets show: the heatmap day when one is picked, else the filter range. */
  range: DayRange;
  /** Parameters for every widget but the heatmap (the day cross-filter applied). */
  params: ViewParams;
  /** Parameters for the heatmap: the filter range, so the picked day stays visible among the others; the days filter. */
  heatmapParams: DayParams;
  /** Parameters for day-bucketed widgets (learning velocity): `params` and the days filter. */
  dayParams: DayParams;
  /** Parameters for week-bucketed widgets (score, accuracy and mastery trends, events): the days filter and `weekStart`. */
  trendParams: TrendParams;
  /** The locale's first day of the week (0 = Sunday … 6 = Saturday), which `trendParams` start weeks on. */
  weekStart: number;
  /** Due-date window for assignment widgets (see `dueWindow`). */
  due: DueWindow;
  /** The heatmap's `selected`. */
  heatmapSelected: HeatmapSelection | null;
  /** The heatmap's `onSelect`: a day sets the cross-filter, choosing it again (or null) clears it. */
  onHeatmapSelect: (selection: HeatmapSelection | null) => void;
  /** Fixed `params` for a RecentAttempts widget: time zone, `now` and team (its dates and activity are `attemptFilters`). */
  attemptParams: Omit<ViewParams, 'from' | 'to' | 'activityIds'>;
  /** `filters` for a RecentAttempts widget. */
  attemptFilters: RecentAttemptsFilters;
  /** `onFiltersChange` for a RecentAttempts widget: its own inputs change the whole view. */
  onAttemptFiltersChange: (next: RecentAttemptsFilters) => void;
}
