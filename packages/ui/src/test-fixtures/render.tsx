import { createClient, type BackendAdapter, type LearnlensClient, type PrivacyPolicy, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, type MockAdapter } from '@learnlens/mock';
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { LearnlensProvider, type LearnlensProviderProps } from '../provider/LearnlensProvider.js';
import { smallDataset, viewerOf, people } from './dataset.js';

/** Options of `renderWithLearnlens`. */
export interface RenderOptions extends Partial<Omit<LearnlensProviderProps, 'children' | 'client'>> {
  /** The backend; the small mock dataset by default. */
  adapter?: BackendAdapter;
  /** The client's privacy policy (default: pseudonyms, small groups of fewer than 5 suppressed). */
  privacy?: PrivacyPolicy;
}

/** What `renderWithLearnlens` returns: Testing Library's result plus the parts it built. */
export interface LearnlensRender extends RenderResult {
  adapter: BackendAdapter;
  client: LearnlensClient;
  queryClient: QueryClient;
  /** Re-renders the same widgets for another viewer. */
  setViewer: (viewer: Viewer) => void;
}

/** A fresh cache with retries off and nothing garbage-collected mid-test. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** The small mock dataset behind a mock adapter. */
export function smallAdapter(options: Partial<Parameters<typeof createMockAdapter>[0]> = {}): MockAdapter {
  return createMockAdapter({ dataset: smallDataset(), ...options });
}

/** Renders `ui` inside a LearnlensProvider over the mock adapter, retries off, as the admin by default. */
export function renderWithLearnlens(ui: ReactElement, options: RenderOptions = {}): LearnlensRender {
  const { adapter = smallAdapter(), viewer = viewerOf(people.admin), queryClient = testQueryClient(), retry = false, privacy, ...rest } = options;
  const client = createClient({ adapter, ...(privacy && { privacy }) });
  let current = { viewer, ui };
  const tree = () => (
    <LearnlensProvider client={client} viewer={current.viewer} queryClient={queryClient} retry={retry} {...rest}>
      {current.ui}
    </LearnlensProvider>
  );
  const result = render(tree());
  return {
    ...result,
    adapter,
    client,
    queryClient,
    rerender: (next) => {
      current = { ...current, ui: next as ReactElement };
      result.rerender(tree());
    },
    setViewer: (v) => {
      current = { ...current, viewer: v };
      result.rerender(tree());
    },
  };
}
