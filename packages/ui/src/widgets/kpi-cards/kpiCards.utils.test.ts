import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages.js';
import { createFormatters } from '../../widget-shell/format.js';
import type { OrgOverview } from './kpiCards.types.js';
import { changeOf, changeText, compactDate, dailyValues, kpisOf, kpiTrend, trendDays, windowCovered } from './kpiCards.utils.js';

const fmt = createFormatters(enUS, {}, en);
const now = '2026-10-31T12:00:00.000Z';

const overview: OrgOverview = {
  activeUsers: 12,
  totalAttempts: 201,
  avgScore: 71.25,
  lastActivity: '2026-10-31T21:30:00.000Z',
  attemptsLast7Days: 201,
  attemptsLast30Days: 201,
  attemptsPrevious7Days: 0,
  attemptsPrevious30Days: 0,
};

describe('KPI change', () => {
  it('should compare with the previous period as a ratio', () => {
    expect(changeOf(15, 10, 7)).toEqual({ direction: 'up', ratio: 0.5, days: 7 });
    expect(changeText(changeOf(5, 10, 7), fmt)).toEqual({ glyph: '▼', text: 'down 50% vs the previous 7 days' });
  });

  it('should not invent a percentage when the previous period had nothing', () => {
    expect(changeText(changeOf(4, 0, 30), fmt).text).toBe('none in the previous 30 days');
    expect(changeText(changeOf(0, 0, 30), fmt).text).toBe('no change vs the previous 30 days');
  });
});

describe('windowCovered', () => {
  it('should only count a window the date filter leaves whole', () => {
    expect(windowCovered({ now }, 60)).toBe(true);
    expect(windowCovered({ from: '2026-10-02', to: '2026-11-01', now }, 14)).toBe(true);
    expect(windowCovered({ from: '2026-10-02', to: '2026-11-01', now }, 30)).toBe(false);
    expect(windowCovered({ from: '2026-10-20', to: '2026-11-01', now }, 14)).toBe(false);
    // A range that ends before today cannot hold "the last 7 days".
    expect(windowCovered({ from: '2026-01-01', to: '2026-10-20', now }, 7)).toBe(false);
  });
});

describe('KPI labels under three filters (issue: "Attempts, last 30 days" showed the 7-day count)', () => {
  const shown = (range: Parameters<typeof kpisOf>[2]) => Object.keys(kpisOf(overview, fmt, range));

  it('should hide the 30-day card under "Last 7 days", where it would repeat the 7-day count', () => {
    const cards = shown({ from: '2026-10-25', to: '2026-11-01', now, timezone: 'UTC' });
    expect(cards).not.toContain('attemptsLast30Days');
    expect(cards).not.toContain('attemptsLast7Days');
    expect(kpisOf(overview, fmt, { from: '2026-10-25', to: '2026-11-01', now }).totalAttempts?.hint).toBe(
      'finished attempts, started Oct 25, 2026 – Oct 31, 2026',
    );
  });

  it('should hide both windowed cards for Oct 20 – 31 and for a single day', () => {
    expect(shown({ from: '2026-10-20', to: '2026-11-01', now })).toEqual(['activeUsers', 'totalAttempts', 'avgScore', 'lastActivity', 'attemptsLast7Days']);
    expect(shown({ from: '2026-10-31', to: '2026-11-01', now })).not.toContain('attemptsLast7Days');
  });

  it('should show both with their changes over 90 days, labelled with the window they count', () => {
    const cards = kpisOf(overview, fmt, { from: '2026-08-03', to: '2026-11-01', now });
    expect(cards.attemptsLast30Days?.label).toBe('Completed attempts, last 30 days');
    expect(cards.attemptsLast30Days?.change).toBeDefined();
    expect(cards.attemptsLast7Days?.label).toBe('Completed attempts, last 7 days');
  });

  it('should give averages one decimal and the last activity as a compact date with the time on hover', () => {
    const cards = kpisOf(overview, fmt, { now });
    expect(cards.avgScore?.value).toBe('71.3');
    // Issue 10: "Oct 31, 2026" was cut in a 150 px card; the year goes where it is the current one.
    expect(cards.lastActivity?.value).toBe('Oct 31');
    expect(cards.lastActivity?.fullValue).toMatch(/Oct 31, 2026, \d+:30 [AP]M/);
  });
});

describe('KPI compact date and trend lines', () => {
  it('should keep the year only when the date is not in the current year', () => {
    expect(compactDate('2026-03-04T10:00:00.000Z', fmt, now)).toBe('Mar 4');
    expect(compactDate('2025-12-30T10:00:00.000Z', fmt, now)).toBe('Dec 30, 2025');
  });

  it('should draw one value per day of the filter, 0 for a count and a gap for an average on a quiet day', () => {
    const days = trendDays({ from: '2026-10-29', to: '2026-11-01' })!;
    expect(days).toEqual(['2026-10-29', '2026-10-30', '2026-10-31']);
    const rows = [{ day: '2026-10-29', n: 4, avg: 70 }, { day: '2026-10-31', n: 2, avg: 80 }];
    expect(dailyValues(days, rows, (r) => r.day, (r) => r.n, 0)).toEqual([4, 0, 2]);
    expect(dailyValues(days, rows, (r) => r.day, (r) => r.avg, null)).toEqual([70, null, 80]);
  });

  it('should draw no line without a range, for a single day or over more than a year', () => {
    expect(trendDays({})).toBeNull();
    expect(trendDays({ from: '2026-10-29', to: '2026-10-30' })).toBeNull();
    expect(trendDays({ from: '2024-01-01', to: '2026-01-01' })).toBeNull();
  });

  it('should say in words what the line counts, over which days, and its lowest, highest and last values', () => {
    const range = { from: '2026-10-29', to: '2026-11-01' };
    expect(kpiTrend('totalAttempts', [4, 0, 2], fmt, range)?.label).toBe('Completed attempts (by start date) per day, Oct 29, 2026 – Oct 31, 2026: lowest 0, highest 4, last day 2');
    expect(kpiTrend('avgScore', [70, null, 80.25], fmt, range)?.label).toBe(
      'Average score of scored attempts started per day, Oct 29, 2026 – Oct 31, 2026: lowest 70.0, highest 80.3, last day 80.3',
    );
    expect(kpiTrend('avgScore', [null, null], fmt, range)).toBeNull();
  });
});
