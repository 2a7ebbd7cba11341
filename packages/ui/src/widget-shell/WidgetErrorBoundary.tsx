'use client';
import { Component, type ComponentType, type ErrorInfo, type FunctionComponent, type ReactNode } from 'react';
import type { ThemeMode } from '../theme/tokens.js';
import type { MessageKey, Messages } from '../i18n/messages.js';
import { useFormat } from './useFormat.js';
import { WidgetFrame } from './WidgetFrame.js';

/** Props of `WidgetErrorBoundary`. */
export interface WidgetErrorBoundaryProps {
  /** Stable widget name for the fallback's `data-learnlens-widget`. */
  widget: string;
  /** Title shown above the error. */
  title: ReactNode;
  /** Lowercase noun for the message, e.g. "the leaderboard". */
  subject?: string;
  /** Theme of the fallback; the provider's by default. */
  theme?: ThemeMode;
  /** Told about every crash, e.g. to log it. */
  onError?: (error: Error, info: ErrorInfo) => void;
  /** Called before Retry re-renders the widget. */
  onReset?: () => void;
  /** The widget. */
  children?: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

/**
 * Catches a render crash inside one widget and shows that widget's error with Retry, so one broken widget
 * never blanks a dashboard.
 */
export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly retry = (): void => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { widget, title, subject, theme } = this.props;
    // The widget's own frame in its error state, so a crash looks like any failed query (same header and Retry).
    return (
      <WidgetFrame
        widget={widget}
        title={title}
        subject={subject}
        theme={theme}
        query={{ data: undefined, error, status: 'error', isFetching: false, refetch: this.retry }}
      >
        {() => null}
      </WidgetFrame>
    );
  }
}

/** Options of `withWidgetBoundary`. */
export interface WidgetBoundaryOptions {
  /** Stable widget name. */
  widget: string;
  /** The fallback's title: a catalog key (translated) or the words themselves. */
  title: MessageKey | (string & {});
  /** The lowercase noun for the message, e.g. "the leaderboard": a catalog key or the words. */
  subject?: MessageKey | (string & {});
  /** The widget's English catalog, where `title` and `subject` keys are found. */
  messages?: Partial<Messages>;
}

/** The prop every widget gains from `withWidgetBoundary`. */
export interface WidgetBoundaryProps {
  /** Called when the widget throws while rendering; it shows its own error state instead of breaking the page. */
  onRenderError?: (error: Error, info: ErrorInfo) => void;
}

/** Wraps a widget in its own `WidgetErrorBoundary`; the fallback keeps the widget's theme prop. */
export function withWidgetBoundary<P extends object>(
  Widget: ComponentType<P>,
  { widget, title, subject, messages }: WidgetBoundaryOptions,
  // A function component type, not ComponentType (a union): Storybook's docgen reads the props through it.
): FunctionComponent<P & WidgetBoundaryProps> {
  function Bounded(props: P & WidgetBoundaryProps & { theme?: ThemeMode; title?: ReactNode }) {
    const { onRenderError, ...rest } = props;
    const { t } = useFormat(messages);
    const words = (text: string) => (messages && text in messages) || text === 'error.crashSubject' ? t(text as MessageKey) : text;
    return (
      <WidgetErrorBoundary
        widget={widget}
        title={props.title ?? words(title)}
        subject={words(subject ?? 'error.crashSubject')}
        theme={props.theme}
        onError={onRenderError}
      >
        <Widget {...(rest as P)} />
      </WidgetErrorBoundary>
    );
  }
  // By the widget's stable name: a minified host bundle renames the inner component.
  Bounded.displayName = `withWidgetBoundary(${widget})`;
  return Bounded;
}
