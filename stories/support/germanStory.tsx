import { createClient } from '@learnlens/data-client';
import { LearnlensProvider } from '@learnlens/ui';
import { QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { localeProps, useMockBackend } from './mockBackend.js';

/**
 * Renders `children` over the story's mock backend in German, as a host passes it: the German catalog as `messages`
 * and the date-fns `de` locale as `locale` (both from `localeProps`, the stories' one table of languages), so dates and
 * numbers read German too, not only the words.
 */
export function InGerman({ children }: { children: ReactNode }) {
  const backend = useMockBackend();
  const client = useMemo(() => createClient({ adapter: backend.adapter }), [backend]);
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }), [backend]);
  return (
    <LearnlensProvider client={client} viewer={backend.viewer} queryClient={queryClient} {...localeProps.de}>
      {children}
    </LearnlensProvider>
  );
}
