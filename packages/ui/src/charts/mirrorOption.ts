import type { EChartsCoreOption } from 'echarts/core';

type Part = Record<string, unknown>;

const mapParts = (value: unknown, f: (part: Part) => Part): unknown => (Array.isArray(value) ? (value as Part[]).map(f) : value ? f(value as Part) : value);

/** Swaps `left` and `right` of a positioned component (grid, legend, calendar, visual map). */
function swapSides(part: Part): Part {
  const { left, right, ...rest } = part;
  return { ...rest, ...(right !== undefined ? { left: right } : {}), ...(left !== undefined ? { right: left } : {}) };
}

/**
 * The option mirrored for a right-to-left layout: horizontal axes run from the right (time flows leftwards,
 * as Arabic and Hebrew text does), vertical axes and their labels stand on the right, and margins swap sides.
 * A category y axis (bar labels) moves to the right too. The calendar's weekday labels move to its right edge.
 */
export function mirrorOption<TOption extends EChartsCoreOption>(option: TOption): TOption {
  const o = option as Part;
  const mirrored: Part = { ...o };
  if (o.grid) mirrored.grid = mapParts(o.grid, swapSides);
  if (o.legend) mirrored.legend = mapParts(o.legend, swapSides);
  if (o.visualMap) mirrored.visualMap = mapParts(o.visualMap, swapSides);
  if (o.xAxis) mirrored.xAxis = mapParts(o.xAxis, (axis) => ({ ...axis, inverse: !axis.inverse }));
  if (o.yAxis) mirrored.yAxis = mapParts(o.yAxis, (axis) => ({ ...axis, position: axis.position === 'right' ? 'left' : 'right' }));
  if (o.calendar) {
    mirrored.calendar = mapParts(o.calendar, (calendar) => ({
      ...swapSides(calendar),
      dayLabel: { ...(calendar.dayLabel as Part | undefined), position: 'end' },
    }));
  }
  return mirrored as TOption;
}

