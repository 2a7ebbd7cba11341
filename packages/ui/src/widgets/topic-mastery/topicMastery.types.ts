import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** The answer of the `topicMastery` query. */
export type TopicMasteryResult = QueryResult<'topicMastery'>;
/** One topic's numbers over every learner in scope. */
export type TopicSummary = TopicMasteryResult['topics'][number];
/** The learner × topic grid. */
export type MasteryGrid = NonNullable<TopicMasteryResult['grid']>;
/** One learner's row of the grid. */
export type MasteryGridRow = MasteryGrid['rows'][number];
/** One learner × topic cell. */
export type MasteryCell = MasteryGridRow['cells'][number];
/** A mastery level, lowest first: not started, attempted, familiar, proficient, mastered. */
export type MasteryLevel = MasteryCell['level'];

/** "grid": students down, topics across (Khan Academy's skills report); "learner": one learner's topics as bars. */
export type TopicMasteryMode = 'grid' | 'learner';

/** Props of `TopicMastery`. */
export interface TopicMasteryProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now`, filters and the mastery rule (`masteryThreshold`, `recentAttempts`). */
  params?: Omit<QueryParamsInput<'topicMastery'>, 'grid' | 'limit' | 'offset'>;
  /** The learner whose topics to show as bars; default the viewer when the viewer is a learner. */
  userId?: string;
  /** "grid" or "learner"; default "learner" when there is a `userId` or the viewer is a learner, else "grid". */
  mode?: TopicMasteryMode;
  /** Students the grid shows at most (the query's page); default 200. */
  maxLearners?: number;
  /** The learner's bar chart or its table (controlled; learner mode). */
  view?: ChartView;
  /** The view shown first when uncontrolled; default "chart". */
  defaultView?: ChartView;
  /** Called when the user switches between chart and table. */
  onViewChange?: (view: ChartView) => void;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
}
