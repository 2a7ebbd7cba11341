'use client';
import type { ReactNode } from 'react';
import { describeError } from './errorMessage.js';

/** Shapes a loading skeleton can take. */
export type SkeletonKind = 'table' | 'cards' | 'chart' | 'stats';

/** Props of `WidgetSkeleton`. */
export interface WidgetSkeletonProps {
  /** Roughly what is loading, so the placeholder has the same shape. */
  kind?: SkeletonKind;
  /** Placeholder lines for tables. */
  rows?: number;
}

/** A placeholder with the widget's shape, announced to screen readers as loading. */
export function WidgetSkeleton({ kind = 'table', rows = 5 }: WidgetSkeletonProps) {
  const lines = kind === 'table' ? rows : kind === 'chart' ? 8 : 3;
  return (
    <div className="ll-skeleton" data-slot="skeleton" data-kind={kind} role="status" aria-live="polite">
      <span className="ll-sr-only">Loading…</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="ll-skeleton-line" aria-hidden="true" style={{ width: kind === 'chart' ? `${40 + ((i * 37) % 60)}%` : '100%' }} />
      ))}
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
export function WidgetEmpty({ reason, title = 'Nothing to show yet' }: WidgetEmptyProps) {
  return (
    <div className="ll-empty" data-slot="empty" role="status">
      <p className="ll-empty-title">{title}</p>
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

/** The error state: what went wrong, in words, with a Retry button. */
export function WidgetError({ error, subject, onRetry, retrying = false }: WidgetErrorProps) {
  const { title, detail } = describeError(error, subject);
  return (
    <div className="ll-error" data-slot="error" role="alert">
      <p className="ll-error-title">{title}</p>
      <p className="ll-error-detail">{detail}</p>
      {onRetry ? (
        <button type="button" className="ll-button" data-slot="retry" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
    </div>
  );
}
