import { describe, expect, it } from 'vitest';
import { rangeBarOption } from './rangeBarOption.js';
import { paletteOf } from './test-fixtures/palette.js';

describe('rangeBarOption', () => {
  it('should float each bar from low to high on a transparent offset, with the centre and median marked', () => {
    const palette = paletteOf();
    const option = rangeBarOption(
      {
        names: { range: 'Spread', centre: 'Average', median: 'Median' },
        rows: [
          { label: 'A', low: 50, high: 70, centre: 60, median: 62, flagged: false, details: [] },
          { label: 'B', low: 20, high: 90, centre: 55, median: 50, flagged: true, details: [] },
        ],
      },
      palette,
    );
    const series = option.series as { id: string; data: unknown[]; stack?: string }[];
    const byId = Object.fromEntries(series.map((s) => [s.id, s]));
    expect(byId.offset!.data).toEqual([50, 20]);
    expect(byId.range!.data).toEqual([{ value: 20 }, { value: 70, itemStyle: { color: palette.warning, opacity: 0.45 } }]);
    expect(byId.offset!.stack).toBe(byId.range!.stack);
    expect(byId.centre!.data).toEqual([
      [60, 0],
      [55, 1],
    ]);
    expect(byId.median!.data).toEqual([
      [62, 0],
      [50, 1],
    ]);
  });
});
