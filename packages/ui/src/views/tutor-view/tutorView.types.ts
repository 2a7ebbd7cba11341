import type { TeamOption } from '../filter-bar/index.js';
import type { ViewBaseProps } from '../view-layout/index.js';

/** Props of `TutorView`. */
export interface TutorViewProps extends ViewBaseProps {
  /** The tutor's classes, for the class filter; the catalog has no team list, so the host passes it (hidden when absent). */
  teams?: readonly TeamOption[];
  /**
   * Called when the tutor opens a question in the calibration or the quality table, e.g. to edit it in the host's
   * question editor; it gets that table's whole row, of which `activityId` and `title` are common to both.
   */
  onSelectQuestion?: (question: { activityId: string; title: string }) => void;
}
