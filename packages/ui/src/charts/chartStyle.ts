import type { TooltipComponentOption } from 'echarts/components';
import type { ChartPalette } from '../theme/useChartPalette.js';

/** Tooltip colours and font from the palette, shared by every chart. */
export function tooltipStyle(palette: ChartPalette): TooltipComponentOption {
  return {
    backgroundColor: palette.background,
    borderColor: palette.border,
    textStyle: { color: palette.foreground, fontFamily: palette.font },
  };
}

/** Axis line, tick label and grid line colours from the palette, shared by every cartesian chart. */
export function axisStyle(palette: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: palette.border } },
    axisLabel: { color: palette.mutedForeground },
    splitLine: { lineStyle: { color: palette.border } },
  };
}
