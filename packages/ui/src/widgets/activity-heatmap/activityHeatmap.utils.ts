import { dayNumberOf, isoDateOf, type QueryResult } from '@learnlens/data-client';
import type { CalendarHeatmapInput, GridHeatmapInput } from '../../charts/heatmapOption.js';
import { monthNames, weekStartOf, weekdayNames } from '../../charts/localeNames.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { HeatmapCellView, HeatmapGrid, HeatmapSelection } from './activityHeatmap.types.js';

type HeatmapResult = QueryResult<'activityHeatmap'>;

const HOURS = 24;

/** Whether two selections name the same cell (null never equals a cell). */
export function sameSelection(a: HeatmapSelection | null | undefined, b: HeatmapSelection | null | undefined): boolean {
  if (!a || !b || a.grid !== b.grid) return false;
  if (a.grid === 'calendar') return b.grid === 'calendar' && a.date === b.date;
  return b.grid === 'weekdayHour' && a.weekday === b.weekday && a.hour === b.hour;
}

function detailOf(attempts: number, activeUsers: number, format: Formatters): string {
  if (attempts === 0) return format.t('heatmap.noAttempts');
  return `${format.t('heatmap.attempts', { count: attempts })} · ${format.t('common.learners', { count: activeUsers })}`;
}

/** The label of an hour slot, e.g. "6:00 PM – 7:00 PM", in the locale's clock. */
export function hourSlotLabel(hour: number, format: Formatters): string {
  const start = new Date(2000, 0, 1, hour);
  const end = new Date(2000, 0, 1, hour + 1);
  return `${format.date(start, 'p')} – ${format.date(end, 'p')}`;
}

/**
 * The ISO weekdays (1 = Monday … 7 = Sunday) of the weekday × hour grid's rows, top first: the week as the
 * locale counts it (Monday first in `de`, Sunday in `en-US` and `ja`, Saturday in `ar`).
 */
export function weekdayRows(locale: Formatters['locale']): number[] {
  const first = weekStartOf(locale);
  return Array.from({ length: 7 }, (_, r) => ((first + r) % 7 === 0 ? 7 : (first + r) % 7));
}

/**
 * Every cell the heatmap draws, in chart order: each day of [from, to) for the calendar (days without
 * attempts count zero), or the 168 weekday × hour cells from the locale's first day of the week, 00:00 first.
 */
export function heatmapCells(
  result: HeatmapResult,
  range: { from: string; to: string },
  format: Formatters,
  selected: HeatmapSelection | null,
): HeatmapCellView[] {
  if (result.grid === 'calendar') {
    const byDate = new Map(result.cells.map((c) => [c.date, c]));
    const first = dayNumberOf(range.from);
    const end = dayNumberOf(range.to);
    const cells: HeatmapCellView[] = [];
    for (let day = first; day < end; day++) {
      const date = isoDateOf(day);
      const cell = byDate.get(date);
      const attempts = cell?.attempts ?? 0;
      const activeUsers = cell?.activeUsers ?? 0;
      const selection: HeatmapSelection = { grid: 'calendar', date };
      cells.push({
        selection,
        attempts,
        activeUsers,
        title: format.date(date, 'EEE, PP'),
        detail: detailOf(attempts, activeUsers, format),
        selected: sameSelection(selection, selected),
      });
    }
    return cells;
  }
  const grid = new Map(result.cells.map((c) => [(c.weekday - 1) * HOURS + c.hour, c]));
  const names = weekdayNames(format.locale, 'wide');
  const rows = weekdayRows(format.locale);
  return Array.from({ length: 7 * HOURS }, (_, i) => {
    const weekday = rows[Math.floor(i / HOURS)]!;
    const hour = i % HOURS;
    const cell = grid.get((weekday - 1) * HOURS + hour);
    const attempts = cell?.attempts ?? 0;
    const activeUsers = cell?.activeUsers ?? 0;
    const selection: HeatmapSelection = { grid: 'weekdayHour', weekday, hour };
    return {
      selection,
      attempts,
      activeUsers,
      title: `${names[weekday % 7]}, ${hourSlotLabel(hour, format)}`,
      detail: detailOf(attempts, activeUsers, format),
      selected: sameSelection(selection, selected),
    };
  });
}

/** The calendar chart's input for `calendarHeatmapOption`. */
export function calendarInput(cells: readonly HeatmapCellView[], format: Formatters, activeIndex: number | null): CalendarHeatmapInput {
  return {
    dir: format.dir,
    days: cells.map((c) => ({
      date: c.selection.grid === 'calendar' ? c.selection.date : '',
      value: c.attempts,
      title: c.title,
      detail: c.detail,
      selected: c.selected,
    })),
    weekStartsOn: weekStartOf(format.locale),
    dayNames: weekdayNames(format.locale, 'short'),
    monthNames: monthNames(format.locale, 'abbreviated'),
    activeIndex,
  };
}

/** The weekday × hour chart's input for `gridHeatmapOption`: hours across, weekdays (the locale's first on top) down. */
export function weekdayHourInput(cells: readonly HeatmapCellView[], format: Formatters, activeIndex: number | null): GridHeatmapInput {
  const names = weekdayNames(format.locale, 'abbreviated');
  return {
    xLabels: Array.from({ length: HOURS }, (_, h) => String(h).padStart(2, '0')),
    yLabels: weekdayRows(format.locale).map((w) => names[w % 7]!),
    cells: cells.map((c) => ({ value: c.attempts, title: c.title, detail: c.detail, selected: c.selected })),
    activeIndex,
  };
}

/**
 * Where a key moves the keyboard focus from cell `index` of `count`, or null when the key does not move it.
 * The calendar runs week by week in columns (a column is a week), so up/down is a day and left/right a week;
 * the weekday × hour grid has hours across and weekdays down.
 */
export function moveFocus(grid: HeatmapGrid, index: number, count: number, key: string, dir: 'ltr' | 'rtl' = 'ltr'): number | null {
  // Right to left both grids are mirrored (weeks and hours run leftwards), so the arrows follow what is seen.
  const column = (grid === 'calendar' ? 7 : 1) * (dir === 'rtl' ? -1 : 1);
  const row = grid === 'calendar' ? 1 : HOURS;
  const rowStart = grid === 'calendar' ? 0 : index - (index % HOURS);
  // Home and End go to the first and last day, or to the weekday's first and last hour.
  const targets = new Map([
    ['ArrowRight', index + column],
    ['ArrowLeft', index - column],
    ['ArrowDown', index + row],
    ['ArrowUp', index - row],
    ['Home', rowStart],
    ['End', grid === 'calendar' ? count - 1 : rowStart + HOURS - 1],
  ]);
  const next = targets.get(key);
  if (next === undefined) return null;
  return Math.min(count - 1, Math.max(0, next));
}

/** The index of the cell a keyboard user lands on first: the selection, else the busiest cell, else the first. */
export function initialFocus(cells: readonly HeatmapCellView[]): number {
  const selected = cells.findIndex((c) => c.selected);
  if (selected >= 0) return selected;
  let best = 0;
  cells.forEach((c, i) => {
    if (c.attempts > cells[best]!.attempts) best = i;
  });
  return best;
}
