'use client';
// The views entry (`@learnlens/ui/views`): the role views (and a tutoring org's TutorView), the filter bar that drives them, and the
// layout and filter helpers a host uses to compose a view of its own from the same widgets.
export { AdminView, type AdminViewProps } from './admin-view/index.js';
export {
  dueWindow,
  effectiveRange,
  FilterBar,
  presetRange,
  rangePresets,
  useActivityOptions,
  useViewFilters,
  type DayRange,
  type DueWindow,
  type FilterBarProps,
  type RangePreset,
  type TeamOption,
  type UseViewFiltersOptions,
  type ViewFilters,
  type ViewFiltersState,
  type ViewParams,
} from './filter-bar/index.js';
export { LearnerView, type LearnerViewProps } from './learner-view/index.js';
export {
  completionSummary,
  ManagerView,
  TeamCompletion,
  type CompletionSummary,
  type ManagerViewProps,
  type TeamCompletionProps,
} from './manager-view/index.js';
export { TutorView, type TutorViewProps } from './tutor-view/index.js';
export {
  columnCount,
  ViewCell,
  ViewGrid,
  ViewShell,
  type ViewBaseProps,
  type ViewCellProps,
  type ViewCellSpan,
  type ViewChromeProps,
  type ViewColumnsOptions,
  type ViewGridProps,
  type ViewShellProps,
} from './view-layout/index.js';
