import type { Formatters } from '../../widget-shell/format.js';
import type { Kpi, KpiChange, KpiId, OrgOverview } from './kpiCards.types.js';

/** The change from `previous` to `current`, as a ratio; no ratio when there was nothing before. */
export function changeOf(current: number, previous: number, against: string): KpiChange {
  if (previous === 0) return { direction: current === 0 ? 'same' : 'none', ratio: current === 0 ? 0 : null, against };
  const ratio = (current - previous) / previous;
  return { direction: ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'same', ratio, against };
}

const DAY_MS = 86_400_000;

/**
 * Whether the window [now − days, …) lies inside a date filter starting at `from`: when it does not, the
 * previous period was cut off by the filter and comparing with it would show a fall that never happened.
 */
export function windowInsideRange(from: string | undefined, now: string | undefined, days: number): boolean {
  if (!from) return true;
  const nowMs = now ? Date.parse(now) : Date.now();
  return new Date(nowMs - days * DAY_MS).toISOString().slice(0, 10) >= from;
}

/** Builds the cards of an org overview, formatted in the provider's locale; `range` drops cut-off comparisons. */
export function kpisOf(overview: OrgOverview, fmt: Formatters, range: { from?: string; now?: string } = {}): Record<KpiId, Kpi> {
  const compare7 = windowInsideRange(range.from, range.now, 14);
  const compare30 = windowInsideRange(range.from, range.now, 60);
  return {
    activeUsers: { id: 'activeUsers', label: 'Active learners', value: fmt.number(overview.activeUsers) },
    totalAttempts: { id: 'totalAttempts', label: 'Attempts', value: fmt.number(overview.totalAttempts) },
    avgScore: {
      id: 'avgScore',
      label: 'Average score',
      value: overview.avgScore === null ? '—' : fmt.number(overview.avgScore, { maximumFractionDigits: 1 }),
    },
    attemptsLast7Days: {
      id: 'attemptsLast7Days',
      label: 'Attempts, last 7 days',
      value: fmt.number(overview.attemptsLast7Days),
      ...(compare7 ? { change: changeOf(overview.attemptsLast7Days, overview.attemptsPrevious7Days, 'previous 7 days') } : {}),
    },
    attemptsLast30Days: {
      id: 'attemptsLast30Days',
      label: 'Attempts, last 30 days',
      value: fmt.number(overview.attemptsLast30Days),
      ...(compare30 ? { change: changeOf(overview.attemptsLast30Days, overview.attemptsPrevious30Days, 'previous 30 days') } : {}),
    },
    lastActivity: {
      id: 'lastActivity',
      label: 'Last activity',
      value: overview.lastActivity === null ? '—' : fmt.dateTime(overview.lastActivity),
    },
  };
}

/** The words shown for a change, e.g. "▲ 25% vs previous 7 days". */
export function changeText(change: KpiChange, fmt: Formatters): { glyph: string; text: string } {
  if (change.direction === 'none' || change.ratio === null) return { glyph: '', text: `none in the ${change.against}` };
  const pct = fmt.percent(Math.abs(change.ratio), 0);
  if (change.direction === 'same') return { glyph: '=', text: `no change vs ${change.against}` };
  return {
    glyph: change.direction === 'up' ? '▲' : '▼',
    text: `${change.direction === 'up' ? 'up' : 'down'} ${pct} vs ${change.against}`,
  };
}
