import { createClient, queryNames, type BackendAdapter, type QueryName, type QueryRequest, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, type MockDataset } from '@learnlens/mock';
import { LearnlensProvider, type TeamOption } from '@learnlens/ui';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { localeProps, mockArgTypes, storyLocale, mockDataset, mockDefaults, viewerFor, type MockArgs } from '../support/mockBackend.js';

// The widgets' decorator boxes a story into 960 px; a view is shown at a phone's, a laptop's or a wide
// monitor's width instead, and can have one query fail while the others answer.

/** Widths a view story is shown at. */
export const viewWidths = { phone: 375, laptop: 1024, wide: 1600 } as const;
/** A named width. */
export type ViewWidth = keyof typeof viewWidths;

/** The view stories' controls: the mock backend's, plus the width and one failing query. */
export interface ViewArgs extends MockArgs {
  /** The width of the page the view is embedded in. */
  width: ViewWidth;
  /** One query that always fails while the others answer ("none" for none). */
  failingQuery: QueryName | 'none';
}

/** The view controls' defaults: the widgets' mock defaults, a laptop, nothing failing. */
export const viewDefaults: ViewArgs = { ...mockDefaults, width: 'laptop', failingQuery: 'none' };

/** Controls of the view stories. */
export const viewArgTypes = {
  ...mockArgTypes,
  width: { control: 'inline-radio', options: Object.keys(viewWidths), table: { category: 'Page' } },
  failingQuery: { control: 'select', options: ['none', ...queryNames], table: { category: 'Mock backend' } },
} as const;

const viewKeys = Object.keys(viewDefaults) as (keyof ViewArgs)[];

/** A story's args without the page and backend controls: the view's own props. */
export function viewProps<T extends object>(args: T): Omit<T, keyof ViewArgs> {
  const props = { ...args } as Record<string, unknown>;
  for (const key of viewKeys) delete props[key];
  return props as Omit<T, keyof ViewArgs>;
}

/** The story's dataset and viewer. */
export interface ViewBackend {
  dataset: MockDataset;
  viewer: Viewer;
}

const ViewBackendContext = createContext<ViewBackend | null>(null);

/** The story's dataset and viewer. */
export function useViewBackend(): ViewBackend {
  const backend = useContext(ViewBackendContext);
  if (!backend) throw new Error('useViewBackend needs the withViewBackend decorator');
  return backend;
}

/** The teams a viewer may filter by, as a host would list them from its own tables. */
export function teamsOf({ dataset, viewer }: ViewBackend): TeamOption[] {
  return dataset.teams
    .filter((t) => t.org_id === viewer.orgId && (viewer.role === 'admin' || t.manager_id === viewer.userId))
    .map((t) => ({ id: t.team_id, name: t.name }));
}

function failingOne(healthy: BackendAdapter, broken: BackendAdapter, name: QueryName): BackendAdapter {
  return {
    name: healthy.name,
    supportedQueries: healthy.supportedQueries,
    run: (request: QueryRequest, signal?: AbortSignal) => (request.name === name ? broken : healthy).run(request, signal),
    writeAudit: (entry, signal) => healthy.writeAudit(entry, signal),
  };
}

function ViewProvider({ args, children }: { args: ViewArgs; children: ReactNode }) {
  const dataset = mockDataset(args.datasetSize, args.seed, args.longNames);
  const viewer = viewerFor(dataset, args.role, args.org);
  const client = useMemo(() => {
    const options = { dataset, latencyMs: args.latencyMs, failureRate: args.failureRate, malformedRate: args.malformedRate, seed: args.seed };
    const healthy = createMockAdapter(options);
    const adapter =
      args.failingQuery === 'none' ? healthy : failingOne(healthy, createMockAdapter({ ...options, failureRate: 1 }), args.failingQuery);
    return createClient({ adapter });
  }, [dataset, args.latencyMs, args.failureRate, args.malformedRate, args.seed, args.failingQuery]);
  // A fresh cache per backend, so changing a control refetches instead of showing cached answers.
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }), [client, viewer.userId]);
  const backend = useMemo(() => ({ dataset, viewer }), [dataset, viewer.userId]);
  const retry = args.failureRate < 1 && args.failingQuery === 'none';
  return (
    <ViewBackendContext.Provider value={backend}>
      <LearnlensProvider client={client} viewer={viewer} queryClient={queryClient} theme={args.theme} retry={retry} {...localeProps[args.locale]}>
        <div
          data-story-width={args.width}
          style={{ width: viewWidths[args.width], maxWidth: '100%', padding: 16, background: args.theme === 'dark' ? '#000' : '#f4f4f5' }}
        >
          {children}
        </div>
      </LearnlensProvider>
    </ViewBackendContext.Provider>
  );
}

/** Builds a mock client from the story's controls and wraps the view in a LearnlensProvider at the chosen width. */
export const withViewBackend: Decorator = (Story, context) => {
  const given = { ...viewDefaults, ...(context.args as Partial<ViewArgs>) };
  const args = { ...given, locale: storyLocale(given.locale, context.globals) };
  return (
    <ViewProvider args={args}>
      <Story />
    </ViewProvider>
  );
};
