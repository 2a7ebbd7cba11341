import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatNumber, formatPercent } from './format.js';

describe('formatters', () => {
  it('should format an ISO date as that calendar day in the locale', () => {
    expect(formatDate('2026-05-01', enUS)).toBe('May 1, 2026');
    expect(formatDate('2026-05-01', de)).toBe('1. Mai 2026');
  });

  it('should format numbers, percentages and durations in the locale', () => {
    expect(formatNumber(12345.6, de)).toBe('12.345,6');
    expect(formatPercent(0.825, enUS)).toBe('82.5%');
    expect(formatDuration(3900, enUS)).toBe('1 hr 5 min');
    expect(formatDuration(45, enUS)).toBe('45 sec');
  });
});
