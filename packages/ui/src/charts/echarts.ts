// Every piece of echarts the package uses, imported through this one module, which each chart module imports first: a
// host's bundler then places all of echarts ahead of the package's own code, so that code sits in one piece and gzip
// finds its repeated words (class names, message keys, theme variables) within its 32 KiB window instead of encoding
// them again after a stretch of echarts (about 0.3 KiB gzipped less for the four chart widgets together). Unused
// exports are tree-shaken as from echarts' own entries.
export { init, use } from 'echarts/core';
export { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
export { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
export {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  LegendScrollComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
