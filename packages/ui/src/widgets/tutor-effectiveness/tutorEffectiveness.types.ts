import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { ScoreScale } from '../../charts/scoreScale.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A row of the `tutorEffectiveness` query: one tutor. */
export type TutorEffectivenessRow = QueryResult<'tutorEffectiveness'>['rows'][number];

/** Props of `TutorEffectiveness`. */
export interface TutorEffectivenessProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now` and filters. */
  params?: QueryParamsInput<'tutorEffectiveness'>;
  /** The org's score scale, for the average assignment score (0/1 scores read as a percentage); inferred when omitted. */
  scoreScale?: ScoreScale;
  /** Header actions, e.g. an `ExportButton`. */
  actions?: ReactNode;
}
