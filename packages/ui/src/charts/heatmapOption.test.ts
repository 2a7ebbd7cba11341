import { describe, expect, it } from 'vitest';
import { calendarCellSize, calendarHeatmapOption, calendarHeight, calendarPositions, calendarWeeks, gridHeatmapOption, type CalendarHeatmapInput } from './heatmapOption.js';
import { mirrorOption } from './mirrorOption.js';
import { darkPalette, paletteOf } from './test-fixtures/palette.js';

const day = (date: string, value: number, selected = false) => ({ date, value, title: date, detail: `${value}`, selected });

const input: CalendarHeatmapInput = {
  days: [day('2026-05-04', 3), day('2026-05-05', 0), day('2026-05-06', 7, true)],
  weekStartsOn: 1,
  dayNames: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
  monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  activeIndex: null,
};

describe('calendarHeatmapOption', () => {
  it('should draw one cell per day over the calendar range, in the order given', () => {
    const option = calendarHeatmapOption(input, paletteOf());
    expect(option.calendar).toMatchObject({ range: ['2026-05-04', '2026-05-06'], dayLabel: { firstDay: 1 } });
    const series = option.series as { data: { value: [string, number] }[] }[];
    expect(series[0]!.data.map((d) => d.value)).toEqual([
      ['2026-05-04', 3],
      ['2026-05-05', 0],
      ['2026-05-06', 7],
    ]);
  });

  it('should scale colour from the muted to the primary token up to the busiest day', () => {
    const palette = paletteOf();
    expect(calendarHeatmapOption(input, palette).visualMap).toMatchObject({
      min: 0,
      max: 7,
      inRange: { color: [palette.muted, palette.primary] },
    });
    expect(calendarHeatmapOption(input, darkPalette).visualMap).toMatchObject({ inRange: { color: [darkPalette.muted, darkPalette.primary] } });
  });

  it('should outline the selected day and, dashed, the keyboard-focused one', () => {
    const option = calendarHeatmapOption({ ...input, activeIndex: 0 }, paletteOf());
    const data = (option.series as { data: { itemStyle?: { borderType?: string; borderWidth?: number } }[] }[])[0]!.data;
    expect(data[0]!.itemStyle).toMatchObject({ borderType: 'dashed' });
    expect(data[1]!.itemStyle).toBeUndefined();
    expect(data[2]!.itemStyle).toMatchObject({ borderWidth: 2 });
  });

  it('should escape names in its tooltip', () => {
    const option = calendarHeatmapOption({ ...input, days: [{ ...day('2026-05-04', 1), title: '<img src=x>' }] }, paletteOf());
    const formatter = (option.tooltip as { formatter: (p: { dataIndex: number }) => string }).formatter;
    expect(formatter({ dataIndex: 0 })).toContain('&lt;img src=x&gt;');
  });
});

describe('gridHeatmapOption', () => {
  it('should place cell i at column i mod width and row i div width', () => {
    const cells = Array.from({ length: 6 }, (_, i) => ({ value: i, title: '', detail: '', selected: false }));
    const option = gridHeatmapOption({ xLabels: ['0', '1', '2'], yLabels: ['Mon', 'Tue'], cells, activeIndex: null }, paletteOf());
    const data = (option.series as { data: { value: number[] }[] }[])[0]!.data;
    expect(data[4]!.value).toEqual([1, 1, 4]);
    expect(option.yAxis).toMatchObject({ data: ['Mon', 'Tue'], inverse: true });
  });
});

describe('calendar cells', () => {
  it('should count the week columns a range spans from the locale’s first day of the week', () => {
    // 2026-10-02 is a Friday: Sunday-first weeks put it in a column with five earlier days.
    expect(calendarWeeks('2026-10-02', '2026-10-31', 0)).toBe(5);
    expect(calendarWeeks('2026-10-02', '2026-10-31', 1)).toBe(5);
    expect(calendarWeeks('2026-10-25', '2026-10-31', 0)).toBe(1);
    expect(calendarWeeks('2026-10-25', '2026-10-31', 1)).toBe(2);
  });

  it('should draw square cells, a week per column, for a week as for four months (never stretched stripes)', () => {
    const days = Array.from({ length: 7 }, (_, i) => ({ date: `2026-10-${25 + i}`, value: i, title: '', detail: '', selected: false }));
    const base = { days, weekStartsOn: 0, dayNames: ['S', 'M', 'T', 'W', 'T', 'F', 'S'], monthNames: Array(12).fill('m'), activeIndex: null };
    const week = calendarCellSize(400, calendarWeeks('2026-10-25', '2026-10-31', 0));
    const months = calendarCellSize(400, calendarWeeks('2026-07-01', '2026-10-31', 0));
    expect(week).toBe(40);
    expect(months).toBeLessThan(week);
    expect(months).toBeGreaterThanOrEqual(10);
    const option = calendarHeatmapOption({ ...base, cellSize: week, legend: { low: '0', high: '6' } }, paletteOf());
    const calendar = option.calendar as { cellSize: unknown };
    expect(calendar.cellSize).toEqual([40, 40]);
    expect(calendarHeight(week)).toBeGreaterThan(7 * week);
  });

  it('should show a colour legend with the scale’s two ends', () => {
    const days = [{ date: '2026-10-25', value: 12, title: '', detail: '', selected: false }];
    const option = calendarHeatmapOption(
      { days, weekStartsOn: 0, dayNames: Array(7).fill('d'), monthNames: Array(12).fill('m'), activeIndex: null, legend: { low: '0', high: '12' } },
      paletteOf(),
    );
    const map = option.visualMap as { show: boolean; text: string[]; max: number };
    expect(map).toMatchObject({ show: true, text: ['12', '0'], max: 12 });
  });
});

describe('the calendar right to left', () => {
  // Issue 10 §4: in Arabic the calendar's weeks still ran left to right; they run from the right like the text.
  const days = Array.from({ length: 12 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 9, 27 + i)).toISOString().slice(0, 10);
    return { date, value: i, title: date, detail: '', selected: i === 5 };
  });
  const rtl: CalendarHeatmapInput = {
    days,
    weekStartsOn: 6,
    dayNames: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
    monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    activeIndex: null,
    cellSize: 20,
    dir: 'rtl',
  };

  it('should put each day in its week column and weekday row, the locale’s first weekday on top', () => {
    // 2026-10-27 is a Tuesday; with Saturday-first weeks it is row 3 of the first column; Saturday Oct 31 opens column 1.
    expect(calendarPositions(days, 6).slice(0, 6)).toEqual([
      { week: 0, row: 3 },
      { week: 0, row: 4 },
      { week: 0, row: 5 },
      { week: 0, row: 6 },
      { week: 1, row: 0 },
      { week: 1, row: 1 },
    ]);
  });

  it('should run the weeks from the right, with the weekday names on the right and months over their first week', () => {
    const option = mirrorOption(calendarHeatmapOption(rtl, paletteOf()));
    expect(option.calendar).toBeUndefined();
    const x = option.xAxis as { inverse: boolean; data: string[] };
    const y = option.yAxis as { position: string; data: string[]; inverse: boolean };
    expect(x.inverse).toBe(true);
    expect(x.data).toEqual(['Oct', 'Nov', '']);
    expect(y).toMatchObject({ position: 'right', inverse: true, data: ['Sa', 'Su', 'Mo', 'Tu', 'We', 'Th', 'Fr'] });
    // Anchored to the right edge, square cells: three weeks (Oct 27 – Nov 7) of 20 px.
    expect(option.grid).toMatchObject({ right: 36, width: 60, height: 140 });
    const series = (option.series as { data: { value: number[]; itemStyle?: unknown }[] }[])[0]!;
    expect(series.data).toHaveLength(12);
    expect(series.data[5]).toMatchObject({ value: [1, 1, 5], itemStyle: { borderWidth: 2 } });
  });

  it('should keep the echarts calendar left to right', () => {
    expect(calendarHeatmapOption({ ...rtl, dir: 'ltr' }, paletteOf()).calendar).toBeDefined();
  });
});
