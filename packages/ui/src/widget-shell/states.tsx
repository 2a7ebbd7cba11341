'use client';
import type { ReactNode } from 'react';
import { describeError } from './errorMessage.js';
import { useFormat } from './useFormat.js';

/** Shapes a loading skeleton can take. */
export type SkeletonKind = 'table' | 'cards' | 'chart' | 'stats';

/** Props of `WidgetSkeleton`. */
export interface WidgetSkeletonProps {
  /** Roughly what is loading, so the placeholder has the same shape. */
  kind?: SkeletonKind;
  /** Placeholder lines for tables. */
  rows?: number;
}

// Bar heights of the chart placeholder (% of its height): a fixed, plausible silhouette, the same on every render.
const chartBars = [38, 52, 45, 70, 58, 80, 64, 72, 50, 66, 84, 60];

/**
 * A placeholder with the widget's shape, announced to screen readers as loading: cards for KPI cards and stats,
 * a framed chart area with a silhouette of bars for charts, a header and rows of cells for tables.
 */
export function WidgetSkeleton({ kind = 'table', rows = 5 }: WidgetSkeletonProps) {
  const { t } = useFormat();
  let shape: ReactNode;
  if (kind === 'cards' || kind === 'stats') {
    shape = (
      <div className="ll-skeleton-cards">
        {Array.from({ length: kind === 'cards' ? 5 : 6 }, (_, i) => (
          <div key={i} className="ll-skeleton-card">
            <div className="ll-skeleton-line" style={{ width: '60%', height: 10 }} />
            <div className="ll-skeleton-line" style={{ width: '40%', height: 22 }} />
          </div>
        ))}
      </div>
    );
  } else if (kind === 'chart') {
    shape = (
      <div className="ll-skeleton-chart">
        {chartBars.map((h, i) => (
          <div key={i} className="ll-skeleton-line" style={{ height: `${h}%` }} />
        ))}
      </div>
    );
  } else {
    shape = (
      <div className="ll-skeleton-table">
        {Array.from({ length: rows + 1 }, (_, r) => (
          <div key={r} className="ll-skeleton-row" data-header={r === 0 ? 'true' : undefined}>
            {[34, 22, 14, 14].map((w, c) => (
              <div key={c} className="ll-skeleton-line" style={{ width: `${w}%` }} />
            ))}
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="ll-skeleton" data-slot="skeleton" data-kind={kind} role="status" aria-live="polite">
      <span className="ll-sr-only">{t('state.loading')}</span>
      <div aria-hidden="true">{shape}</div>
    </div>
  );
}

/** Props of `WidgetEmpty`. */
export interface WidgetEmptyProps {
  /** Why there is nothing to show, e.g. "No scored attempts between May 1 and May 31, 2024". */
  reason: ReactNode;
  /** Headline; default "Nothing to show yet". */
  title?: ReactNode;
}

/** The empty state: says why the widget is empty. */
export function WidgetEmpty({ reason, title }: WidgetEmptyProps) {
  const { t } = useFormat();
  return (
    <div className="ll-empty" data-slot="empty" role="status">
      <p className="ll-empty-title">{title ?? t('state.emptyTitle')}</p>
      <p>{reason}</p>
    </div>
  );
}

/** Props of `WidgetError`. */
export interface WidgetErrorProps {
  /** What failed. */
  error: unknown;
  /** What the widget shows, for the headline, e.g. "the leaderboard". */
  subject?: string;
  /** Called by the Retry button. */
  onRetry?: () => void;
  /** True while a retry is under way. */
  retrying?: boolean;
}

/**
 * The error state: what went wrong in words for the user, a Retry button, and the developer detail (code,
 * raw message, invalid fields) folded behind a details toggle.
 */
export function WidgetError({ error, subject, onRetry, retrying = false }: WidgetErrorProps) {
  const { t } = useFormat();
  const { title, detail, code } = describeError(error, subject, t);
  return (
    <div className="ll-error" data-slot="error" role="alert" data-code={code}>
      <p className="ll-error-title">{title}</p>
      {onRetry ? (
        <button type="button" className="ll-button" data-slot="retry" onClick={onRetry} disabled={retrying}>
          {retrying ? t('state.retrying') : t('state.retry')}
        </button>
      ) : null}
      <details className="ll-error-details" data-slot="error-details">
        <summary>{t('state.details')}</summary>
        <p className="ll-error-detail">{detail}</p>
      </details>
    </div>
  );
}
