'use client';
import { enUS } from 'date-fns/locale/en-US';
import { useContext, useMemo } from 'react';
import { LearnlensContext } from '../provider/learnlensContext.js';
import { createFormatters, type Formatters } from './format.js';

/**
 * Date and number formatters and the message catalog (`t`) in the provider's locale. Outside a provider (an
 * error boundary's fallback after a missing-provider crash) it speaks English rather than throwing again.
 */
export function useFormat(): Formatters {
  const context = useContext(LearnlensContext);
  const locale = context?.locale ?? enUS;
  const messages = context?.messages;
  return useMemo(() => createFormatters(locale, messages), [locale, messages]);
}
