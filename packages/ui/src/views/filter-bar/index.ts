'use client';
export { FilterBar } from './FilterBar.js';
export {
  rangePresets,
  type DayParams,
  type DayRange,
  type DueWindow,
  type FilterBarProps,
  type RangePreset,
  type TeamOption,
  type TrendParams,
  type UseViewFiltersOptions,
  type ViewFilters,
  type ViewFiltersState,
  type ViewParams,
} from './filterBar.types.js';
export { dueWindow, effectiveRange, presetRange } from './filterBar.utils.js';
export { useActivityOptions } from './useActivityOptions.js';
export { useViewFilters } from './useViewFilters.js';
