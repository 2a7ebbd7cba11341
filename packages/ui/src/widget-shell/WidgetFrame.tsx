'use client';
import { useId, type ReactElement, type ReactNode } from 'react';
import { ThemeScope } from '../theme/ThemeScope.js';
import type { ThemeMode, ThemeTokens } from '../theme/tokens.js';
import { useFormat } from './useFormat.js';
import { TableSkeleton, WidgetEmpty, WidgetError } from './states.js';

/** The slice of a TanStack Query result a frame needs; any `useQuery` result fits. */
export interface WidgetQueryState<TData> {
  /** The answer, or placeholder data from the previous parameters. */
  data: TData | undefined;
  /** The last error. */
  error: unknown;
  /** "pending", "error" or "success". */
  status: 'pending' | 'error' | 'success';
  /** True while a request is in flight. */
  isFetching: boolean;
  /** Fetches again; the Retry button calls it. */
  refetch: () => unknown;
}

/** The common props every widget passes through to its frame. */
export interface WidgetChromeProps {
  /** Overrides the widget's title. */
  title?: ReactNode;
  /** Overrides the provider's theme for this widget. */
  theme?: ThemeMode;
  /** Overrides theme tokens for this widget. */
  tokens?: Partial<ThemeTokens>;
  /** Extra class on the widget's scope element (its own classes all start with `ll-`). */
  className?: string;
  /** Heading level of the title; default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** Props of `WidgetFrame`. */
export interface WidgetFrameProps<TData> extends WidgetChromeProps {
  /** Stable name written to `data-learnlens-widget`, e.g. "leaderboard". */
  widget: string;
  /** Title shown in the header. */
  title: ReactNode;
  /** A line under the title, e.g. the period. */
  description?: ReactNode;
  /** Buttons in the header (an ExportButton, a mode switch). */
  actions?: ReactNode;
  /** Controls above the body that stay visible in every state (filters). */
  toolbar?: ReactNode;
  /** The query behind the widget. */
  query: WidgetQueryState<TData>;
  /** Whether the answer has nothing to show. */
  isEmpty?: (data: TData) => boolean;
  /** Why it is empty; shown in the empty state. */
  emptyReason?: ReactNode | ((data: TData) => ReactNode);
  /** Headline of the empty state. */
  emptyTitle?: ReactNode;
  /**
   * The loading placeholder, in the widget's shape (`<ChartSkeleton />`, `<CardsSkeleton />`); default a table's. An
   * element, not a kind's name, so a widget bundles only its own shape.
   */
  skeleton?: ReactElement;
  /** Lowercase noun for error messages, e.g. "the leaderboard". */
  subject?: string;
  /** Renders the data. */
  children: (data: TData) => ReactNode;
}

/** The state a frame is in, also written to `data-state`. */
export type WidgetState = 'loading' | 'error' | 'empty' | 'ready';

/** Which state to show for a query. */
export function widgetStateOf<TData>(query: WidgetQueryState<TData>, isEmpty?: (data: TData) => boolean): WidgetState {
  if (query.status === 'error') return 'error';
  if (query.data === undefined) return 'loading';
  return isEmpty?.(query.data) ? 'empty' : 'ready';
}

/**
 * The chrome of every widget: its themed scope element, a header, and one of the loading skeleton, the
 * empty state (with the reason), the error state (with Retry) or the data.
 */
export function WidgetFrame<TData>({
  widget,
  title,
  description,
  actions,
  toolbar,
  query,
  isEmpty,
  emptyReason,
  emptyTitle,
  skeleton,
  subject,
  theme,
  tokens,
  className,
  headingLevel = 3,
  children,
}: WidgetFrameProps<TData>) {
  const { t } = useFormat();
  const state = widgetStateOf(query, isEmpty);
  const Heading = `h${headingLevel}` as const;
  const titleId = `ll-${widget}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  let body: ReactNode;
  if (state === 'error') {
    body = <WidgetError error={query.error} subject={subject} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  } else if (state === 'loading') {
    body = skeleton ?? <TableSkeleton />;
  } else if (state === 'empty') {
    const data = query.data as TData;
    body = (
      <WidgetEmpty
        reason={typeof emptyReason === 'function' ? emptyReason(data) : (emptyReason ?? t('state.emptyReason'))}
        {...(emptyTitle !== undefined ? { title: emptyTitle } : {})}
      />
    );
  } else {
    body = children(query.data as TData);
  }
  return (
    <ThemeScope
      widget={widget}
      theme={theme}
      tokens={tokens}
      className={className ? `ll-frame ${className}` : 'll-frame'}
      data-state={state}
      data-fetching={query.isFetching ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || query.isFetching}
    >
      <header className="ll-header" data-slot="header">
        <div>
          <Heading className="ll-title" id={titleId} data-slot="title">
            {title}
          </Heading>
          {description ? (
            <p className="ll-description" data-slot="description">
              {description}
            </p>
          ) : null}
        </div>
        {actions ? (
          <div className="ll-actions" data-slot="actions">
            {actions}
          </div>
        ) : null}
      </header>
      {toolbar}
      <div data-slot="body">{body}</div>
    </ThemeScope>
  );
}

