'use client';
import { retryDelay, shouldRetry, type LearnlensClient, type Viewer } from '@learnlens/data-client';
import { QueryClient } from '@tanstack/react-query';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { textDirectionOf, type TextDirection } from '../i18n/direction.js';
import type { Messages } from '../i18n/messages.js';
import { StyleWritersProvider, type StyleWriters } from '../theme/HoistedStyle.js';
import { ThemeContext, type ResolvedTheme } from '../theme/themeContext.js';
import { resolveTokens, type ThemeMode, type ThemeTokens } from '../theme/tokens.js';
import { LearnlensContext, viewerKeyOf, type LearnlensContextValue } from './learnlensContext.js';

/** Props of `LearnlensProvider`. */
export interface LearnlensProviderProps {
  /** The headless client (`createClient({ adapter })`). */
  client: LearnlensClient;
  /** Who is looking: every query runs for this viewer and is cached under it. */
  viewer: Viewer;
  /** The host's own TanStack Query cache; by default the provider creates a private one. */
  queryClient?: QueryClient;
  /** Light or dark; each widget can override it. Default light. */
  theme?: ThemeMode;
  /** Token overrides applied to every widget, e.g. the host's brand colour as `primary`. */
  tokens?: Partial<ThemeTokens>;
  /** date-fns locale for dates and numbers. Default en-US. */
  locale?: Locale;
  /**
   * The words: a catalog for the language (`messagesDe`, `messagesFr`, …), and/or single strings to override,
   * e.g. `{ ...messagesDe, 'kpi.title': 'Überblick' }`. Keys missing here read in English.
   */
  messages?: Partial<Messages>;
  /**
   * Which way the widgets lay out: `'rtl'` mirrors them (tables, filters, charts). By default it follows the
   * locale's language, so the date-fns `ar` or `he` locale gives right to left.
   */
  dir?: TextDirection;
  /** Retry transient adapter errors with backoff (default true); scope and validation errors never retry. */
  retry?: boolean;
  /** Widgets, views and host components that use Learnlens hooks. */
  children?: ReactNode;
}

const noOverrides: Partial<Messages> = {};

function createLearnlensQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false } } });
}

/**
 * Gives widgets and hooks a client, a viewer, a query cache, a theme and a locale. It does not install a
 * `QueryClientProvider`, so a host's own TanStack Query context inside it stays the host's.
 */
export function LearnlensProvider({
  client,
  viewer,
  queryClient: hostQueryClient,
  theme = 'light',
  tokens,
  locale = enUS,
  messages = noOverrides,
  dir,
  retry = true,
  children,
}: LearnlensProviderProps) {
  const ownQueryClient = useRef<QueryClient | null>(null);
  if (!hostQueryClient && !ownQueryClient.current) ownQueryClient.current = createLearnlensQueryClient();
  const queryClient = hostQueryClient ?? (ownQueryClient.current as QueryClient);
  const viewerKey = viewerKeyOf(viewer);
  // Hosts often build the viewer inline; keep one object per viewer so memoised children stay put.
  const stableViewer = useMemo(
    () => ({ orgId: viewer.orgId, role: viewer.role, userId: viewer.userId }),
    [viewerKey],
  );

  usePurgePreviousViewer(queryClient, stableViewer);

  const direction = dir ?? textDirectionOf(locale);
  const value = useMemo<LearnlensContextValue>(
    () => ({ client, viewer: stableViewer, viewerKey, queryClient, locale, dir: direction, retry, messages }),
    [client, stableViewer, viewerKey, queryClient, locale, direction, retry, messages],
  );
  const resolvedTheme = useMemo<ResolvedTheme>(() => ({ mode: theme, tokens: resolveTokens(theme, tokens) }), [theme, tokens]);
  // React 18 server HTML writes each stylesheet once per provider render (see HoistedStyle).
  const [styleWriters] = useState<StyleWriters>(() => new Map());

  return (
    <LearnlensContext.Provider value={value}>
      <ThemeContext.Provider value={resolvedTheme}>
        <StyleWritersProvider writers={styleWriters}>{children}</StyleWritersProvider>
      </ThemeContext.Provider>
    </LearnlensContext.Provider>
  );
}

// After a viewer switch (a sign-out and sign-in on a shared screen, an admin "view as"), drop what was
// cached for the previous viewer. Only queries nobody observes any more are removed, so another provider
// that still shows that viewer on the same QueryClient keeps its data.
function usePurgePreviousViewer(queryClient: QueryClient, viewer: Viewer): void {
  const previous = useRef<Viewer | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = viewer;
    if (!before || before === viewer) return;
    queryClient.removeQueries({ queryKey: ['learnlens', before.orgId, before.role, before.userId], type: 'inactive' });
  }, [queryClient, viewer]);
}
