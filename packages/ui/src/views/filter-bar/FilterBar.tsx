'use client';
import { useId, useState } from 'react';
import { ThemeScope } from '../../theme/index.js';
import { useFormat } from '../../widget-shell/index.js';
import { ViewStyles } from '../view-layout/index.js';
import { rangePresets, type FilterBarProps, type RangePreset, type ViewFilters } from './filterBar.types.js';
import { addDays, browserTimeZone, initialFilters, presetLabels, presetOf, presetRange, todayOf, withRange } from './filterBar.utils.js';
import { useActivityOptions } from './useActivityOptions.js';
import { useControlledFilters } from './useControlledFilters.js';

const CUSTOM = 'custom';

/**
 * The filters of a view: a date range (presets relative to `now`, or any two days), a team, an activity, and
 * the heatmap's day cross-filter as a removable chip. Controlled (`value`, `onValueChange`) or not
 * (`defaultValue`).
 */
export function FilterBar({
  value,
  defaultValue,
  onValueChange,
  now: nowProp,
  timezone,
  presets = rangePresets,
  defaultPreset = 'last30Days',
  teams,
  showTeam,
  activities: activitiesProp,
  showActivity = true,
  label = 'Dashboard filters',
  theme,
  tokens,
  className,
}: FilterBarProps) {
  const fmt = useFormat();
  const id = useId();
  const [mountedAt] = useState(() => new Date().toISOString());
  const today = todayOf(nowProp ?? mountedAt, timezone ?? browserTimeZone());
  const [filters, setFilters] = useControlledFilters<ViewFilters>(
    value,
    () => initialFilters(defaultValue, defaultPreset, today),
    onValueChange,
  );
  const activities = useActivityOptions(showActivity ? activitiesProp : []);
  const teamOptions = teams ?? [];
  const teamShown = showTeam ?? teamOptions.length > 0;
  const preset = presetOf(filters, today, presets);
  const lastDay = addDays(filters.to, -1);

  return (
    <ThemeScope
      widget="filter-bar"
      as="div"
      theme={theme}
      tokens={tokens}
      className={className ? `ll-filter-bar ${className}` : 'll-filter-bar'}
      role="group"
      aria-label={label}
      data-preset={preset ?? CUSTOM}
      data-day={filters.day ?? undefined}
    >
      <ViewStyles />
      <div className="ll-toolbar" data-slot="filters">
        <label className="ll-field" htmlFor={`${id}-preset`}>
          Period
          <select
            id={`${id}-preset`}
            className="ll-input"
            data-slot="preset"
            value={preset ?? CUSTOM}
            onChange={(e) => {
              if (e.target.value !== CUSTOM) setFilters({ ...filters, ...presetRange(e.target.value as RangePreset, today), day: null });
            }}
          >
            {presets.map((p) => (
              <option key={p} value={p}>
                {presetLabels[p]}
              </option>
            ))}
            {preset === null ? (
              <option value={CUSTOM} disabled>
                Custom range
              </option>
            ) : null}
          </select>
        </label>
        <label className="ll-field" htmlFor={`${id}-from`}>
          From
          <input
            id={`${id}-from`}
            className="ll-input"
            type="date"
            data-slot="from"
            value={filters.from}
            max={lastDay}
            onChange={(e) => e.target.value && setFilters(withRange(filters, { from: e.target.value }))}
          />
        </label>
        <label className="ll-field" htmlFor={`${id}-to`}>
          To
          <input
            id={`${id}-to`}
            className="ll-input"
            type="date"
            data-slot="to"
            value={lastDay}
            min={filters.from}
            onChange={(e) => e.target.value && setFilters(withRange(filters, { lastDay: e.target.value }))}
          />
        </label>
        {teamShown ? (
          <label className="ll-field" htmlFor={`${id}-team`}>
            Team
            <select
              id={`${id}-team`}
              className="ll-input"
              data-slot="team"
              value={filters.teamId ?? ''}
              onChange={(e) => setFilters({ ...filters, teamId: e.target.value || null })}
            >
              <option value="">All teams</option>
              {filters.teamId && !teamOptions.some((t) => t.id === filters.teamId) ? (
                <option value={filters.teamId}>{filters.teamId}</option>
              ) : null}
              {teamOptions.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {showActivity ? (
          <label className="ll-field" htmlFor={`${id}-activity`}>
            Activity
            <select
              id={`${id}-activity`}
              className="ll-input"
              data-slot="activity"
              value={filters.activityId ?? ''}
              onChange={(e) => setFilters({ ...filters, activityId: e.target.value || null })}
            >
              <option value="">All activities</option>
              {filters.activityId && !activities.some((a) => a.id === filters.activityId) ? (
                <option value={filters.activityId}>{filters.activityId}</option>
              ) : null}
              {activities.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="ll-chips" data-slot="chips" aria-live="polite">
        {filters.day ? (
          <button
            type="button"
            className="ll-chip"
            data-slot="chip"
            data-filter="day"
            aria-label={`Remove the day filter: ${fmt.date(filters.day)}`}
            onClick={() => setFilters({ ...filters, day: null })}
          >
            <span>{`Day: ${fmt.date(filters.day)}`}</span>
            <span className="ll-chip-x" aria-hidden="true">
              ✕
            </span>
          </button>
        ) : null}
      </div>
    </ThemeScope>
  );
}
