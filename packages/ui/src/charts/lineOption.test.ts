import { describe, expect, it, vi } from 'vitest';
import { lineChartOption } from './lineOption.js';
import { paletteOf } from './test-fixtures/palette.js';

describe('lineChartOption', () => {
  it('should put every line on the bucket axis, with a gap where a bucket has no value', () => {
    const option = lineChartOption(
      { xLabels: ['May 4', 'May 11', 'May 18'], series: [{ name: 'Average score', values: [70, null, 75], label: () => null }] },
      paletteOf(),
    );
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['May 4', 'May 11', 'May 18'] });
    expect(option.series).toEqual([expect.objectContaining({ id: 'line-0', type: 'line', data: [70, null, 75], connectNulls: false })]);
  });

  it('should format the tooltip on hover only, listing each line that has a value there, names escaped', () => {
    const label = vi.fn((i: number) => (i === 1 ? null : `value ${i}`));
    const option = lineChartOption(
      {
        xLabels: ['a', 'b'],
        series: [
          { name: '<b>First</b>', values: [1, 2], label: (i) => `first ${i}` },
          { name: 'Second', values: [1, null], label },
        ],
      },
      paletteOf(),
    );
    expect(label).not.toHaveBeenCalled();
    const formatter = (option.tooltip as { formatter: (p: { dataIndex: number }[]) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('<strong>b</strong><br/>&lt;b&gt;First&lt;/b&gt;: first 1');
    expect(formatter([{ dataIndex: 0 }])).toBe('<strong>a</strong><br/>&lt;b&gt;First&lt;/b&gt;: first 0<br/>Second: value 0');
  });

  it('should show a legend only when asked, listing the lines but not their bands', () => {
    const option = lineChartOption(
      {
        xLabels: ['a'],
        legend: true,
        series: [{ name: 'C1', values: [0.5], label: () => null, band: [{ low: 0.4, high: 0.6 }] }],
      },
      paletteOf(),
    );
    expect(option.legend).toMatchObject({ data: ['C1'] });
    expect((option.series as { id: string; name: string }[]).map((s) => [s.id, s.name])).toEqual([
      ['band-low-0', 'C1'],
      ['band-0', 'C1'],
      ['line-0', 'C1'],
    ]);
  });
});
