'use client';
import { enUS } from 'date-fns/locale/en-US';
import { useContext, useMemo } from 'react';
import type { Messages } from '../i18n/messages.js';
import { LearnlensContext } from '../provider/learnlensContext.js';
import { bindFormatters, type Formatters } from './format.js';

/**
 * Date and number formatters and the words (`t`) in the provider's locale; `defaults` is the calling widget's
 * English catalog (each widget bundles only its own words). Outside a provider (an
 * error boundary's fallback after a missing-provider crash) it speaks English rather than throwing again.
 */
export function useFormat(defaults?: Partial<Messages>): Formatters {
  const context = useContext(LearnlensContext);
  const locale = context?.locale ?? enUS;
  const messages = context?.messages;
  const dir = context?.dir;
  // The provider always says which way text runs; without one the locale is English, left to right.
  return useMemo(() => bindFormatters(locale, messages ?? {}, defaults ?? {}, dir ?? 'ltr'), [locale, messages, defaults, dir]);
}
