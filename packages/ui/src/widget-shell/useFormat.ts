'use client';
import { useMemo } from 'react';
import { useLearnlens } from '../provider/learnlensContext.js';
import { createFormatters, type Formatters } from './format.js';

/** Date and number formatters in the provider's locale. */
export function useFormat(): Formatters {
  const { locale } = useLearnlens();
  return useMemo(() => createFormatters(locale), [locale]);
}
