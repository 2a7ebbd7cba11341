'use client';
import { enUS } from 'date-fns/locale/en-US';
import { useContext, useMemo } from 'react';
import type { Messages } from '../i18n/messages.js';
import { LearnlensContext } from '../provider/learnlensContext.js';
import { createFormatters, type Formatters } from './format.js';

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
  return useMemo(() => createFormatters(locale, messages, defaults, dir), [locale, messages, defaults, dir]);
}
