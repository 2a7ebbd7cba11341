import type { QueryParamsInput } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** Which heatmap: one cell per calendar day, or the 7 × 24 weekday × hour grid. */
export type HeatmapGrid = 'calendar' | 'weekdayHour';

/** A selected heatmap cell, handed to `onSelect` for cross-filtering. */
export type HeatmapSelection =
  | {
      /** A calendar day. */
      grid: 'calendar';
      /** The day, "YYYY-MM-DD" in the heatmap's time zone. */
      date: string;
    }
  | {
      /** A weekday × hour cell. */
      grid: 'weekdayHour';
      /** ISO weekday, 1 = Monday … 7 = Sunday. */
      weekday: number;
      /** Hour of the day, 0–23, in the heatmap's time zone. */
      hour: number;
    };

/** One cell of the heatmap as shown: its counts and formatted text. */
export interface HeatmapCellView {
  /** What selecting this cell selects. */
  selection: HeatmapSelection;
  /** Attempts started in the cell. */
  attempts: number;
  /** Distinct learners with an attempt in the cell. */
  activeUsers: number;
  /** The cell's name, e.g. "Mon, May 4, 2026" or "Monday, 6:00 PM – 7:00 PM". */
  title: string;
  /** The counts in words, e.g. "3 attempts · 2 learners". */
  detail: string;
  /** Whether the cell is the current selection. */
  selected: boolean;
}

/** Props of `ActivityHeatmap`. */
export interface ActivityHeatmapProps extends WidgetChromeProps {
  /** The grid shown (controlled). */
  grid?: HeatmapGrid;
  /** The grid shown first when uncontrolled; default "calendar". */
  defaultGrid?: HeatmapGrid;
  /** Called when the user switches grids. */
  onGridChange?: (grid: HeatmapGrid) => void;
  /** The selected cell (controlled); null for none. */
  selected?: HeatmapSelection | null;
  /** The cell selected first when uncontrolled. */
  defaultSelected?: HeatmapSelection | null;
  /** Called when a cell is clicked or chosen with Enter/Space; null when the selected cell is chosen again. */
  onSelect?: (selection: HeatmapSelection | null) => void;
  /**
   * Query parameters: range (default the 26 weeks up to today), `timezone` (default the viewer's, the
   * browser's), `now`, and filters. The grid comes from `grid`.
   */
  params?: Omit<QueryParamsInput<'activityHeatmap'>, 'grid' | 'bucket'>;
  /** Chart or data table (controlled). */
  view?: ChartView;
  /** The view shown first when uncontrolled; default "chart". */
  defaultView?: ChartView;
  /** Called when the user switches between chart and table. */
  onViewChange?: (view: ChartView) => void;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
  /** Height of the chart in pixels; by default the calendar is as tall as its square day cells need, the weekday × hour grid 260. */
  height?: number;
}
