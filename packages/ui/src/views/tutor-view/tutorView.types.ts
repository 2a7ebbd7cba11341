import type { TeamOption } from '../filter-bar/index.js';
import type { ViewBaseProps } from '../view-layout/index.js';
import type { CalibrationQuestion } from '../../widgets/difficulty-calibration/index.js';

/** Props of `TutorView`. */
export interface TutorViewProps extends ViewBaseProps {
  /** The tutor's classes, for the class filter; the catalog has no team list, so the host passes it (hidden when absent). */
  teams?: readonly TeamOption[];
  /** Called when the tutor opens a question in the calibration table, e.g. to edit it in the host's question editor. */
  onSelectQuestion?: (question: CalibrationQuestion) => void;
}
