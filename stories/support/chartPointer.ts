import { getInstanceByDom } from 'echarts/core';

/**
 * Clicks an echarts chart at a data coordinate, the way a mouse does: zrender reports a click only after a
 * press and a release on the same spot, hit-testing its own shapes (canvas or SVG alike).
 */
export function clickChartAt(chartElement: HTMLElement, finder: string, value: string | number[]): void {
  const chart = getInstanceByDom(chartElement);
  if (!chart) throw new Error('no echarts instance on this element');
  const [x, y] = chart.convertToPixel(finder, value) as unknown as [number, number];
  const surface = chartElement.firstElementChild as HTMLElement;
  const rect = surface.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, clientX: rect.left + x, clientY: rect.top + y };
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) surface.dispatchEvent(new MouseEvent(type, at));
}
