'use client';
import { useCallback, useMemo, useState } from 'react';
import { weekStartOf } from '../../charts/localeNames.js';
import { useFormat } from '../../widget-shell/index.js';
import type { HeatmapSelection } from '../../widgets/activity-heatmap/index.js';
import type { RecentAttemptsFilters } from '../../widgets/recent-attempts/index.js';
import type { UseViewFiltersOptions, ViewFilters, ViewFiltersState } from './filterBar.types.js';
import {
  browserTimeZone,
  dueWindow,
  effectiveRange,
  fromAttemptFilters,
  initialFilters,
  paramsFor,
  todayOf,
  withDays,
  withWeeks,
} from './filterBar.utils.js';
import { useControlledFilters } from './useControlledFilters.js';

/**
 * A view's filter state and the props that wire each widget to it: the filter bar's range, team and activity
 * reach every widget, and a day picked in the heatmap narrows every other widget to that day.
 */
export function useViewFilters({
  filters: filtersProp,
  defaultFilters,
  onFiltersChange,
  now: nowProp,
  timezone: timezoneProp,
  defaultPreset = 'last30Days',
  ignoreTeam = false,
}: UseViewFiltersOptions = {}): ViewFiltersState {
  // Without a host-given `now`, presets count from the moment the view mounted, so ranges do not drift mid-session.
  const [mountedAt] = useState(() => new Date().toISOString());
  const now = nowProp ?? mountedAt;
  const timezone = timezoneProp ?? browserTimeZone();
  const today = todayOf(now, timezone);
  // Weekly buckets start on the locale's first day, as the heatmap's calendar columns do.
  const weekStart = weekStartOf(useFormat().locale);
  const [filters, setFilters] = useControlledFilters<ViewFilters>(
    filtersProp,
    () => initialFilters(defaultFilters, defaultPreset, today),
    onFiltersChange,
  );

  const onHeatmapSelect = useCallback(
    (selection: HeatmapSelection | null) => {
      // Weekday × hour cells cannot filter: no catalog parameter selects an hour of the week.
      if (selection === null) setFilters({ ...filters, day: null });
      else if (selection.grid === 'calendar') setFilters({ ...filters, day: selection.date === filters.day ? null : selection.date });
    },
    [filters, setFilters],
  );
  const onAttemptFiltersChange = useCallback(
    (next: RecentAttemptsFilters) => setFilters(fromAttemptFilters(filters, next)),
    [filters, setFilters],
  );

  const derived = useMemo(() => {
    const context = { timezone, now: nowProp, ignoreTeam };
    const range = effectiveRange(filters);
    const params = paramsFor(range, filters, context);
    const attemptParams = {
      timezone,
      ...(params.now ? { now: params.now } : {}),
      ...(params.teamId ? { teamId: params.teamId } : {}),
    };
    return {
      range,
      params,
      attemptParams,
      heatmapParams: withDays(paramsFor(filters, filters, context), filters),
      dayParams: withDays(params, filters),
      trendParams: withWeeks(params, filters, weekStart),
      due: dueWindow(filters, today),
      heatmapSelected: filters.day ? ({ grid: 'calendar', date: filters.day } as const) : null,
      attemptFilters: { from: range.from, to: range.to, activityId: filters.activityId },
    };
  }, [filters, timezone, nowProp, ignoreTeam, today, weekStart]);

  return { filters, setFilters, now, timezone, today, weekStart, ...derived, onHeatmapSelect, onAttemptFiltersChange };
}
