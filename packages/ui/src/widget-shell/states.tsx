'use client';
import type { ReactNode } from 'react';
import { HoistedStyle } from '../theme/HoistedStyle.js';
import type { Messages } from '../i18n/messages.js';
import { explainError } from './errorMessage.js';
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

// One component per shape, and a frame takes the one it shows (`skeleton={<ChartSkeleton />}`), so a widget bundles only
// its own shape: a chart widget has no KPI cards' placeholder, nor their rules (cardsSkeletonCss).

/** The placeholder element every shape sits in, announced to screen readers as loading. */
function Skeleton({ kind, children }: { kind: SkeletonKind; children: ReactNode }) {
  const { t } = useFormat();
  return (
    <div className="ll-skeleton" data-slot="skeleton" data-kind={kind} role="status" aria-live="polite">
      <span className="ll-sr-only">{t('state.loading')}</span>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}

/** A table's placeholder: a header and `rows` rows of cells. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Skeleton kind="table">
      <div className="ll-skeleton-table">
        {Array.from({ length: rows + 1 }, (_, r) => (
          <div key={r} className="ll-skeleton-row" data-header={r === 0 ? 'true' : undefined}>
            {[34, 22, 14, 14].map((w, c) => (
              <div key={c} className="ll-skeleton-line" style={{ width: `${w}%` }} />
            ))}
          </div>
        ))}
      </div>
    </Skeleton>
  );
}

// Bar heights of the chart placeholder (% of its height): a fixed, plausible silhouette, the same on every render.
const chartBars = [38, 52, 45, 70, 58, 80, 64, 72, 50, 66, 84, 60];

/** A chart's placeholder: a framed chart area with a silhouette of bars. */
export function ChartSkeleton() {
  return (
    <Skeleton kind="chart">
      <div className="ll-skeleton-chart">
        {chartBars.map((h, i) => (
          <div key={i} className="ll-skeleton-line" style={{ height: `${h}%` }} />
        ))}
      </div>
    </Skeleton>
  );
}

/** The rules of the cards' placeholder, a sheet of its own (only KPI-like widgets load as cards). */
export const cardsSkeletonCss = `
[data-learnlens-widget] .ll-skeleton-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
[data-learnlens-widget] .ll-skeleton-card{display:grid;gap:10px;padding:12px;height:88px;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px)}
`;

/** The placeholder of KPI cards (`kind` "cards": five) or of stats (six). */
export function CardsSkeleton({ kind = 'cards' }: { kind?: 'cards' | 'stats' }) {
  return (
    <Skeleton kind={kind}>
      <HoistedStyle id="learnlens-ui-skeleton-cards" css={cardsSkeletonCss} />
      <div className="ll-skeleton-cards">
        {Array.from({ length: kind === 'cards' ? 5 : 6 }, (_, i) => (
          <div key={i} className="ll-skeleton-card">
            <div className="ll-skeleton-line" style={{ width: '60%', height: 10 }} />
            <div className="ll-skeleton-line" style={{ width: '40%', height: 22 }} />
          </div>
        ))}
      </div>
    </Skeleton>
  );
}

/**
 * A placeholder with the widget's shape, announced to screen readers as loading: cards for KPI cards and stats,
 * a framed chart area with a silhouette of bars for charts, a header and rows of cells for tables. Bundles every shape;
 * a widget passes its own (`TableSkeleton`, `ChartSkeleton`, `CardsSkeleton`) to its frame instead.
 */
export function WidgetSkeleton({ kind = 'table', rows = 5 }: WidgetSkeletonProps) {
  if (kind === 'chart') return <ChartSkeleton />;
  if (kind === 'table') return <TableSkeleton rows={rows} />;
  return <CardsSkeleton kind={kind} />;
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
  /** The showing widget's words, for the headlines of errors only it meets (the export button's). */
  messages?: Partial<Messages>;
}

/**
 * The error state: what went wrong in words for the user, a Retry button, and the developer detail (code,
 * raw message, invalid fields) folded behind a details toggle.
 */
export function WidgetError({ error, subject, onRetry, retrying = false, messages }: WidgetErrorProps) {
  const { t } = useFormat(messages);
  const { title, detail, code } = explainError(error, subject, t);
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
