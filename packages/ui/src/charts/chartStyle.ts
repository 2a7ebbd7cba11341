import type { TooltipComponentOption } from 'echarts/components';
import type { ChartPalette } from '../theme/useChartPalette.js';

/** Tooltip colours and font from the palette, shared by every chart; tooltips stay inside the chart (issue 10). */
export function tooltipStyle(palette: ChartPalette): TooltipComponentOption {
  return {
    // Kept within the chart's own box, which is inside the widget, so a tooltip never sits off screen.
    confine: true,
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
