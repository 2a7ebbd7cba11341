import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../widget-shell/format.js';
import { heatmapCells, moveFocus, weekdayHourInput, weekdayRows } from './activityHeatmap.utils.js';

describe('weekdayRows', () => {
  it("should start the weekday × hour grid on the locale's first day of the week", () => {
    expect(weekdayRows(de)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekdayRows(enUS)).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(weekdayRows(ar)).toEqual([6, 7, 1, 2, 3, 4, 5]);
  });

  it('should put each weekday’s counts on the row labelled with that weekday', () => {
    const format = createFormatters(enUS);
    const result = { grid: 'weekdayHour' as const, cells: [{ weekday: 7, hour: 9, attempts: 5, activeUsers: 2 }] };
    const cells = heatmapCells(result as never, { from: '2026-10-01', to: '2026-11-01' }, format, null);
    const input = weekdayHourInput(cells, format, null);
    // Sunday (ISO 7) is the first row in en-US: the cell sits at row 0, hour 9.
    expect(input.yLabels[0]).toBe('Sun');
    expect(cells[9]).toMatchObject({ attempts: 5, selection: { weekday: 7, hour: 9 } });
    expect(cells.filter((c) => c.attempts > 0)).toHaveLength(1);
  });
});

describe('moveFocus', () => {
  it('should follow the mirrored weekday × hour grid right to left', () => {
    expect(moveFocus('weekdayHour', 30, 168, 'ArrowRight')).toBe(31);
    expect(moveFocus('weekdayHour', 30, 168, 'ArrowRight', 'rtl')).toBe(29);
    // The calendar's weeks run right to left too: the week to the right is the one before.
    expect(moveFocus('calendar', 10, 30, 'ArrowRight', 'rtl')).toBe(3);
    expect(moveFocus('calendar', 10, 30, 'ArrowLeft', 'rtl')).toBe(17);
  });
});
