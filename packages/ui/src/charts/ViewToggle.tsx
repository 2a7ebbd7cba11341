'use client';
import { useFormat } from '../widget-shell/useFormat.js';

/** What a chart widget shows: the chart, or its data table. */
export type ChartView = 'chart' | 'table';

/** Props of `ViewToggle`. */
export interface ViewToggleProps {
  /** The view shown. */
  value: ChartView;
  /** Called with the view the user picks. */
  onValueChange: (view: ChartView) => void;
  /** What the chart shows, for the buttons' accessible names, e.g. "activity heatmap". */
  subject: string;
}

/** Two pressed-state buttons switching a widget between its chart and its data table. */
export function ViewToggle({ value, onValueChange, subject }: ViewToggleProps) {
  const { t } = useFormat();
  return (
    <div role="group" aria-label={t('view.showAs', { subject })} data-slot="view-toggle" className="ll-actions">
      {(['chart', 'table'] as const).map((view) => (
        <button
          key={view}
          type="button"
          className="ll-button"
          data-view={view}
          data-state={value === view ? 'on' : 'off'}
          aria-pressed={value === view}
          onClick={() => onValueChange(view)}
        >
          {t(view === 'chart' ? 'view.chart' : 'view.table')}
        </button>
      ))}
    </div>
  );
}
