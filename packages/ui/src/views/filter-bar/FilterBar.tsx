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
          <OptionSelect
            id={`${id}-team`}
            label="Team"
            allLabel="All teams"
            value={filters.teamId}
            options={teamOptions}
            onChange={(teamId) => setFilters({ ...filters, teamId })}
          />
        ) : null}
        {showActivity ? (
          <OptionSelect
            id={`${id}-activity`}
            label="Activity"
            allLabel="All activities"
            value={filters.activityId}
            options={activities}
            onChange={(activityId) => setFilters({ ...filters, activityId })}
          />
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

interface OptionSelectProps {
  id: string;
  label: string;
  allLabel: string;
  value: string | null;
  options: readonly { id: string; name: string }[];
  onChange: (value: string | null) => void;
}

function OptionSelect({ id, label, allLabel, value, options, onChange }: OptionSelectProps) {
  return (
    <label className="ll-field" htmlFor={id}>
      {label}
      <select id={id} className="ll-input" data-slot={label.toLowerCase()} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{allLabel}</option>
        {/* A chosen id the list does not (yet) hold still shows, rather than silently reading "All". */}
        {value && !options.some((o) => o.id === value) ? <option value={value}>{value}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
