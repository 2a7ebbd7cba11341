import { createClient } from '@learnlens/data-client';
import { LearnlensProvider } from '@learnlens/ui';
import { QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { messagesDe } from '../../packages/ui/src/i18n/locales/de.js';
import { useMockBackend } from './mockBackend.js';

/**
 * Renders `children` over the story's mock backend with the German catalog, as a host passing `messages={messagesDe}`
 * does (stories have no date-fns locale of their own, so dates keep the default format).
 */
export function InGerman({ children }: { children: ReactNode }) {
  const backend = useMockBackend();
  const client = useMemo(() => createClient({ adapter: backend.adapter }), [backend]);
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }), [backend]);
  return (
    <LearnlensProvider client={client} viewer={backend.viewer} queryClient={queryClient} messages={messagesDe}>
      {children}
    </LearnlensProvider>
  );
}
