import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One declared difficulty of the `difficultyCalibration` answer. */
export type CalibrationLevel = QueryResult<'difficultyCalibration'>['levels'][number];
/** One question of the `difficultyCalibration` answer. */
export type CalibrationQuestion = QueryResult<'difficultyCalibration'>['questions'][number];
/** A question's standing: easier or harder than declared, as declared, or too few answers to say. */
export type CalibrationVerdict = 'tooEasy' | 'tooHard' | 'ok' | 'few';

/** Props of `DifficultyCalibration`. */
export interface DifficultyCalibrationProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now`, filters and `minAttempts` (answers before a question is judged). */
  params?: QueryParamsInput<'difficultyCalibration'>;
  /** Show only miscalibrated questions (controlled). */
  onlyMiscalibrated?: boolean;
  /** Whether only miscalibrated questions show first when uncontrolled; default false. */
  defaultOnlyMiscalibrated?: boolean;
  /** Called when the user switches the filter. */
  onOnlyMiscalibratedChange?: (only: boolean) => void;
  /** Questions per page; default 10. */
  pageSize?: number;
  /** Called when the user opens a question (its title is then a button). */
  onSelect?: (question: CalibrationQuestion) => void;
}
