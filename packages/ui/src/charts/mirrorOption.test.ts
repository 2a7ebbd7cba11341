import { describe, expect, it } from 'vitest';
import { mirrorOption } from './mirrorOption.js';

describe('mirrorOption', () => {
  it('should run horizontal axes from the right and put vertical axes on the right', () => {
    const option = mirrorOption({ grid: { left: 48, right: 16 }, xAxis: { type: 'category' }, yAxis: { type: 'value' } });
    expect(option).toEqual({ grid: { left: 16, right: 48 }, xAxis: { type: 'category', inverse: true }, yAxis: { type: 'value', position: 'right' } });
  });

  it('should un-invert an inverted x axis and keep a vertical category axis top-down', () => {
    const option = mirrorOption({ xAxis: [{ type: 'value', inverse: true }], yAxis: [{ type: 'category', inverse: true }] });
    expect(option).toEqual({ xAxis: [{ type: 'value', inverse: false }], yAxis: [{ type: 'category', inverse: true, position: 'right' }] });
  });

  it('should put the calendar weekday labels on its right edge and leave the input untouched', () => {
    const input = { calendar: { left: 36, right: 8, dayLabel: { firstDay: 6 } } };
    expect(mirrorOption(input)).toEqual({ calendar: { left: 8, right: 36, dayLabel: { firstDay: 6, position: 'end' } } });
    expect(input.calendar.left).toBe(36);
  });
});
