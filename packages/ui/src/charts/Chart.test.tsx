// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption } from 'echarts/components';
import { getInstanceByDom, type ComposeOption, type EChartsType } from 'echarts/core';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chart } from './Chart.js';

type Option = ComposeOption<LineSeriesOption | GridComponentOption>;
const modules = [LineChart, GridComponent];
const option = (data: number[]): Option => ({
  xAxis: { type: 'category', data: data.map(String) },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data }],
});

function instanceIn(container: HTMLElement): EChartsType | undefined {
  return getInstanceByDom(container.querySelector<HTMLElement>('[data-ll-chart]')!);
}

describe('Chart', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should draw with the SVG renderer and replace the option when it changes', () => {
    const { container, rerender } = render(<Chart modules={modules} option={option([1, 2, 3])} animation={false} />);
    expect(container.querySelector('svg')).not.toBeNull();
    rerender(<Chart modules={modules} option={option([4, 5])} animation={false} />);
    const series = instanceIn(container)!.getOption().series as { data: number[] }[];
    expect(series).toHaveLength(1);
    expect(series[0]!.data).toEqual([4, 5]);
  });

  it('should switch to the canvas renderer', () => {
    const { container } = render(<Chart modules={modules} option={option([1])} renderer="canvas" />);
    expect(container.querySelector('canvas')).not.toBeNull();
  });

  it('should turn animation off when asked', () => {
    const { container } = render(<Chart modules={modules} option={{ ...option([1]), animation: true }} animation={false} />);
    expect(instanceIn(container)!.getOption().animation).toBe(false);
  });

  it('should resize with its container and dispose on unmount', () => {
    const observed: { callback: () => void; disconnected: boolean }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        entry: { callback: () => void; disconnected: boolean };
        constructor(callback: () => void) {
          this.entry = { callback, disconnected: false };
          observed.push(this.entry);
        }
        observe() {}
        disconnect() {
          this.entry.disconnected = true;
        }
      },
    );
    const ref = createRef<EChartsType | null>() as { current: EChartsType | null };
    const { unmount } = render(<Chart modules={modules} option={option([1])} instanceRef={ref} />);
    const chart = ref.current!;
    const resize = vi.spyOn(chart, 'resize');
    observed[0]!.callback();
    expect(resize).toHaveBeenCalled();
    unmount();
    expect(chart.isDisposed()).toBe(true);
    expect(ref.current).toBeNull();
    expect(observed[0]!.disconnected).toBe(true);
  });

  it('should call the latest click handler with the clicked data point', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { container, rerender } = render(
      <Chart modules={modules} option={option([1, 2, 3])} animation={false} onEvents={{ click: first }} />,
    );
    rerender(<Chart modules={modules} option={option([1, 2, 3])} animation={false} onEvents={{ click: latest }} />);
    const chart = instanceIn(container)!;
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [1, 2]) as number[];
    const surface = container.querySelector<HTMLElement>('[data-ll-chart] > div')!;
    for (const type of ['mouseMove', 'mouseDown', 'mouseUp', 'click'] as const) fireEvent[type](surface, { clientX: x, clientY: y });
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(expect.objectContaining({ dataIndex: 1, value: 2 }));
  });
});
