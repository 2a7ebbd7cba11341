'use client';
export { describeError, type ErrorDescription } from './errorMessage.js';
export {
  createFormatters,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  intlLocaleOf,
  type DateInput,
  type Formatters,
} from './format.js';
export { useFormat } from './useFormat.js';
export {
  CardsSkeleton,
  ChartSkeleton,
  TableSkeleton,
  WidgetEmpty,
  WidgetError,
  WidgetSkeleton,
  type SkeletonKind,
  type WidgetEmptyProps,
  type WidgetErrorProps,
  type WidgetSkeletonProps,
} from './states.js';
export {
  WidgetFrame,
  widgetStateOf,
  type WidgetChromeProps,
  type WidgetFrameProps,
  type WidgetQueryState,
  type WidgetState,
} from './WidgetFrame.js';
export {
  WidgetErrorBoundary,
  withWidgetBoundary,
  type WidgetBoundaryOptions,
  type WidgetErrorBoundaryProps,
} from './WidgetErrorBoundary.js';
export { ScrollRegion, type ScrollRegionProps } from './ScrollRegion.js';
