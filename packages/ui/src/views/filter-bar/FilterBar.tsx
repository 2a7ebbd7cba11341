'use client';
import type { Days } from '@learnlens/data-client';
import { useId, useState } from 'react';
import { dayFilterMessages } from '../../i18n/en/dayFilter.js';
import { filterBarMessages } from '../../i18n/en/filterBar.js';
import { filterMessages } from '../../i18n/en/filters.js';
import { ThemeScope } from '../../theme/index.js';
import { useFormat } from '../../widget-shell/index.js';
import { ViewStyles } from '../view-layout/index.js';
import { rangePresets, type FilterBarProps, type RangePreset, type ViewFilters } from './filterBar.types.js';
import {
  addDays,
  browserTimeZone,
  daysLabels,
  effectiveRange,
  initialFilters,
  presetLabels,
  presetOf,
  presetRange,
  todayOf,
  withRange,
} from './filterBar.utils.js';
import { LocaleDateInput } from './LocaleDateInput.js';
import { useActivityOptions } from './useActivityOptions.js';
import { useControlledFilters } from './useControlledFilters.js';
import { AlertStyles, ControlStyles } from '../../widget-shell/partStyles.js';

const CUSTOM = 'custom';

// The bar's own English words; the widgets share none of them, so they come with the bar only.
const filterBarWords = { ...dayFilterMessages, ...filterBarMessages, ...filterMessages };

/**
 * The filters of a view: a date range (presets relative to `now`, or any two days), a team, an activity, the days of
 * the week the time-bucketed widgets count, and the heatmap's day cross-filter as a removable chip. Controlled (`value`, `onValueChange`) or not
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
  showDays = true,
  label,
  theme,
  tokens,
  className,
}: FilterBarProps) {
  const fmt = useFormat(filterBarWords);
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
  const preset = filters.day ? null : presetOf(filters, today, presets);
  // A heatmap day narrows every widget to it, and the date inputs say so: From = To = that day.
  const shown = effectiveRange(filters);
  const lastDay = addDays(shown.to, -1);
  // The refusal message, and the date field it is about (the one marked invalid).
  const [refused, setRefused] = useState<{ message: string; field: 'from' | 'to' } | null>(null);
  const changeRange = (change: { from?: string; lastDay?: string }, field: 'from' | 'to') => {
    const next = withRange(filters, change);
    if (next === null) {
      setRefused({
        message: fmt.t('filters.fromAfterTo', { from: fmt.date(change.from ?? shown.from), to: fmt.date(change.lastDay ?? lastDay) }),
        field,
      });
      return;
    }
    setRefused(null);
    setFilters(next);
  };
  const refuseText = (value: string, field: 'from' | 'to') =>
    setRefused({ message: fmt.t('filters.invalidDate', { value, example: fmt.date(today, 'P') }), field });

  return (
    <ThemeScope
      widget="filter-bar"
      as="div"
      theme={theme}
      tokens={tokens}
      className={className ? `ll-filter-bar ${className}` : 'll-filter-bar'}
      role="group"
      aria-label={label ?? fmt.t('filters.dashboard')}
      data-preset={preset ?? CUSTOM}
      data-day={filters.day ?? undefined}
      data-days={filters.days ?? 'all'}
    >
      <ViewStyles />
      <ControlStyles />
      <AlertStyles />
      <div className="ll-toolbar" data-slot="filters">
        <label className="ll-field" htmlFor={`${id}-preset`}>
          {fmt.t('filters.period')}
          <select
            id={`${id}-preset`}
            className="ll-input"
            data-slot="preset"
            value={preset ?? CUSTOM}
            onChange={(e) => {
              if (e.target.value === CUSTOM) return;
              setRefused(null);
              setFilters({ ...filters, ...presetRange(e.target.value as RangePreset, today), day: null });
            }}
          >
            {presets.map((p) => (
              <option key={p} value={p}>
                {fmt.t(presetLabels[p])}
              </option>
            ))}
            {preset === null ? (
              <option value={CUSTOM} disabled>
                {fmt.t(filters.day ? 'filters.oneDay' : 'filters.custom')}
              </option>
            ) : null}
          </select>
        </label>
        <label className="ll-field" htmlFor={`${id}-from`}>
          {fmt.t('filters.from')}
          <LocaleDateInput
            id={`${id}-from`}
            slot="from"
            value={shown.from}
            fmt={fmt}
            pickLabel={fmt.t('filters.pickFrom')}
            invalid={refused?.field === 'from'}
            describedBy={refused?.field === 'from' ? `${id}-refused` : undefined}
            onCommit={(from) => changeRange({ from }, 'from')}
            onInvalid={(text) => refuseText(text, 'from')}
          />
        </label>
        <label className="ll-field" htmlFor={`${id}-to`}>
          {fmt.t('filters.to')}
          <LocaleDateInput
            id={`${id}-to`}
            slot="to"
            value={lastDay}
            fmt={fmt}
            pickLabel={fmt.t('filters.pickTo')}
            invalid={refused?.field === 'to'}
            describedBy={refused?.field === 'to' ? `${id}-refused` : undefined}
            onCommit={(day) => changeRange({ lastDay: day }, 'to')}
            onInvalid={(text) => refuseText(text, 'to')}
          />
        </label>
        {teamShown ? (
          <OptionSelect
            id={`${id}-team`}
            label={fmt.t('filters.team')}
            allLabel={fmt.t('filters.allTeams')}
            slot="team"
            value={filters.teamId}
            options={teamOptions}
            onChange={(teamId) => setFilters({ ...filters, teamId })}
          />
        ) : null}
        {showActivity ? (
          <OptionSelect
            id={`${id}-activity`}
            label={fmt.t('filters.activity')}
            allLabel={fmt.t('filters.allActivities')}
            slot="activity"
            value={filters.activityId}
            options={activities}
            onChange={(activityId) => setFilters({ ...filters, activityId })}
          />
        ) : null}
        {showDays ? (
          <label className="ll-field" htmlFor={`${id}-days`}>
            {fmt.t('filters.days')}
            <select
              id={`${id}-days`}
              className="ll-input"
              data-slot="days"
              value={filters.days ?? 'all'}
              onChange={(e) => setFilters({ ...filters, days: e.target.value as Days })}
            >
              {(Object.keys(daysLabels) as Days[]).map((d) => (
                <option key={d} value={d}>
                  {fmt.t(daysLabels[d])}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {refused ? (
        <p id={`${id}-refused`} className="ll-alert" role="alert" data-slot="refused">
          {refused.message}
        </p>
      ) : null}
      <div className="ll-chips" data-slot="chips" aria-live="polite">
        {filters.day ? (
          <button
            type="button"
            className="ll-chip"
            data-slot="chip"
            data-filter="day"
            aria-label={fmt.t('filters.removeDay', { day: fmt.date(filters.day) })}
            onClick={() => setFilters({ ...filters, day: null })}
          >
            <span>{fmt.t('filters.dayChip', { day: fmt.date(filters.day) })}</span>
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
  slot: string;
  label: string;
  allLabel: string;
  value: string | null;
  options: readonly { id: string; name: string }[];
  onChange: (value: string | null) => void;
}

function OptionSelect({ id, slot, label, allLabel, value, options, onChange }: OptionSelectProps) {
  return (
    <label className="ll-field" htmlFor={id}>
      {label}
      <select id={id} className="ll-input" data-slot={slot} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
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
