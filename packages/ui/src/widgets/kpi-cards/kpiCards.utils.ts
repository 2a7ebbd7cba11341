import { addDaysIso, todayIn } from '../../charts/buckets.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { Kpi, KpiChange, KpiId, OrgOverview } from './kpiCards.types.js';

/** The change from `previous` to `current`, as a ratio; no ratio when there was nothing before. */
export function changeOf(current: number, previous: number, days: number): KpiChange {
  if (previous === 0) return { direction: current === 0 ? 'same' : 'none', ratio: current === 0 ? 0 : null, days };
  const ratio = (current - previous) / previous;
  return { direction: ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'same', ratio, days };
}

/** The date filter the cards were counted under, and the instant and zone the windows count back from. */
export interface KpiRange {
  /** First day of the filter (inclusive); none for all time. */
  from?: string | undefined;
  /** First day after the filter (exclusive); none for all time. */
  to?: string | undefined;
  /** The instant "last N days" counts back from; default the current time. */
  now?: string | undefined;
  /** The IANA zone whose calendar days the query counts in; default UTC, as the query's own default. */
  timezone?: string | undefined;
}

/**
 * Whether "the last `days` days" really is what the query counted under the date filter. The query counts
 * attempts that ended since now − `days` calendar days and also started inside the filter, so a filter that
 * starts later than that, or ends before today, would count something else under the same label (with
 * "Last 7 days" the 30-day card would show the 7-day count). Then the card is left out.
 */
export function windowCovered(range: KpiRange, days: number): boolean {
  const today = todayIn(range.timezone ?? 'UTC', range.now === undefined ? Date.now() : Date.parse(range.now));
  if (range.from !== undefined && range.from > addDaysIso(today, -days)) return false;
  if (range.to !== undefined && range.to <= today) return false;
  return true;
}

/** The filter's range in words ("Oct 2 – Oct 31, 2026"), or null for all time. */
export function rangeWords(range: KpiRange, fmt: Formatters): string | null {
  if (range.from === undefined || range.to === undefined) return null;
  const last = addDaysIso(range.to, -1);
  return range.from === last ? fmt.date(range.from) : `${fmt.date(range.from)} – ${fmt.date(last)}`;
}

/** Averages show one decimal in every widget (KPI cards, tables, tooltips). */
export const AVERAGE_DIGITS = 1;

/**
 * Builds the cards of an org overview, formatted in the provider's locale. Windowed cards ("last 7 days")
 * appear only where the date filter leaves their window whole, and their comparison only where the
 * previous window is whole too (see `windowCovered`).
 */
export function kpisOf(overview: OrgOverview, fmt: Formatters, range: KpiRange = {}): Partial<Record<KpiId, Kpi>> {
  const t = fmt.t;
  const words = rangeWords(range, fmt);
  const started = words === null ? t('kpi.hint.allTime') : t('kpi.hint.startedIn', { range: words });
  const cards: Partial<Record<KpiId, Kpi>> = {
    activeUsers: { id: 'activeUsers', label: t('kpi.activeUsers'), hint: t('kpi.hint.activeUsers', { window: started }), value: fmt.number(overview.activeUsers) },
    totalAttempts: { id: 'totalAttempts', label: t('kpi.totalAttempts'), hint: t('kpi.hint.totalAttempts', { window: started }), value: fmt.number(overview.totalAttempts) },
    avgScore: {
      id: 'avgScore',
      label: t('kpi.avgScore'),
      hint: t('kpi.hint.avgScore', { window: started }),
      value: overview.avgScore === null ? '—' : fmt.number(overview.avgScore, { minimumFractionDigits: AVERAGE_DIGITS, maximumFractionDigits: AVERAGE_DIGITS }),
    },
    lastActivity: {
      id: 'lastActivity',
      label: t('kpi.lastActivity'),
      hint: t('kpi.hint.lastActivity'),
      value: overview.lastActivity === null ? '—' : fmt.date(overview.lastActivity, 'PP'),
      ...(overview.lastActivity === null ? {} : { fullValue: fmt.dateTime(overview.lastActivity) }),
    },
  };
  for (const [id, days, current, previous] of [
    ['attemptsLast7Days', 7, overview.attemptsLast7Days, overview.attemptsPrevious7Days],
    ['attemptsLast30Days', 30, overview.attemptsLast30Days, overview.attemptsPrevious30Days],
  ] as const) {
    if (!windowCovered(range, days)) continue;
    cards[id] = {
      id,
      label: t('kpi.attemptsLastDays', { count: days }),
      hint: t('kpi.hint.attemptsLastDays', { count: days }),
      value: fmt.number(current),
      ...(windowCovered(range, days * 2) ? { change: changeOf(current, previous, days) } : {}),
    };
  }
  return cards;
}

/** The words shown for a change, e.g. "▲ 25% vs previous 7 days". */
export function changeText(change: KpiChange, fmt: Formatters): { glyph: string; text: string } {
  const against = fmt.t('kpi.change.against', { count: change.days });
  if (change.direction === 'none' || change.ratio === null) return { glyph: '', text: fmt.t('kpi.change.noneBefore', { against }) };
  const pct = fmt.percent(Math.abs(change.ratio), 0);
  if (change.direction === 'same') return { glyph: '=', text: fmt.t('kpi.change.same', { against }) };
  return {
    glyph: change.direction === 'up' ? '▲' : '▼',
    text: fmt.t(change.direction === 'up' ? 'kpi.change.up' : 'kpi.change.down', { pct, against }),
  };
}
