import type { LearnlensClient, Viewer } from '@learnlens/data-client';
import type { QueryClient } from '@tanstack/react-query';
import type { Locale } from 'date-fns';
import { createContext, useContext } from 'react';
import type { TextDirection } from '../i18n/direction.js';
import type { Messages } from '../i18n/messages.js';

/** What `LearnlensProvider` gives every hook and widget below it. */
export interface LearnlensContextValue {
  /** The headless client queries go through. */
  client: LearnlensClient;
  /** Who the data is for; part of every cache key. */
  viewer: Viewer;
  /** `orgId`, `role` and `userId` joined: changes exactly when the viewer does. */
  viewerKey: string;
  /** The TanStack Query cache the hooks use (the host's, or one the provider made). */
  queryClient: QueryClient;
  /** date-fns locale for every date and number shown. */
  locale: Locale;
  /** Which way text and layout run, from the locale unless the host set `dir`. */
  dir: TextDirection;
  /** Whether transient adapter errors are retried with backoff. */
  retry: boolean;
  /** Catalog overrides over the English messages (a whole catalog such as `messagesDe`, or single strings). */
  messages: Partial<Messages>;
}

/** The Learnlens context; `null` outside a provider. */
export const LearnlensContext = createContext<LearnlensContextValue | null>(null);

/** The client, viewer, cache and locale of the nearest `LearnlensProvider`; throws outside one. */
export function useLearnlens(): LearnlensContextValue {
  const value = useContext(LearnlensContext);
  if (!value) {
    throw new Error('Learnlens widgets and hooks must be rendered inside <LearnlensProvider client={…} viewer={…}>');
  }
  return value;
}

/** A string that identifies a viewer, for comparing viewers across renders and cache keys. */
export function viewerKeyOf(viewer: Pick<Viewer, 'orgId' | 'role' | 'userId'>): string {
  return `${viewer.orgId}\u0000${viewer.role}\u0000${viewer.userId}`;
}
