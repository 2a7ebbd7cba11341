import { addDaysIso, todayIn } from '../../charts/buckets.js';
import { intlLocaleOf, type Formatters } from '../../widget-shell/format.js';
import type { Kpi, KpiChange, KpiId, KpiTrend, KpiTrendId, OrgOverview } from './kpiCards.types.js';

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
      value: overview.lastActivity === null ? '—' : compactDate(overview.lastActivity, fmt, range.now),
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

/**
 * A date as short as it can be read unambiguously: month and day ("Oct 31", "31. Okt.") in the year of `now`,
 * the medium date with the year otherwise. A card 150 px wide cannot hold "October 31, 2026" at value size.
 */
export function compactDate(value: string, fmt: Formatters, now: string | undefined): string {
  const date = new Date(value);
  const current = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(date.getTime()) || date.getFullYear() !== current.getFullYear()) return fmt.date(value, 'PP');
  return new Intl.DateTimeFormat(intlLocaleOf(fmt.locale), { month: 'short', day: 'numeric' }).format(date);
}

/** Longest range drawn day by day in a card's trend line; a longer filter shows no line (a year fits 150 px). */
export const MAX_TREND_DAYS = 366;

/**
 * The days from `from` (inclusive) to `to` (exclusive), or null when there is no range, or it is too long to
 * draw, or a single day (one point is no line; the card's value already says it).
 */
export function trendDays(range: KpiRange): string[] | null {
  if (range.from === undefined || range.to === undefined || range.from >= range.to) return null;
  const days: string[] = [];
  for (let day = range.from; day < range.to; day = addDaysIso(day, 1)) {
    days.push(day);
    if (days.length > MAX_TREND_DAYS) return null;
  }
  return days.length > 1 ? days : null;
}

/**
 * One value per day of `days` from rows keyed by day. A day with no row is `missing`: 0 for counts (nothing
 * happened), null for averages (nothing to average, so the line breaks there).
 */
export function dailyValues<T>(days: readonly string[], rows: readonly T[], dayOf: (row: T) => string, valueOf: (row: T) => number | null, missing: 0 | null): (number | null)[] {
  const byDay = new Map(rows.map((row) => [dayOf(row), valueOf(row)] as const));
  return days.map((day) => (byDay.has(day) ? (byDay.get(day) ?? null) : missing));
}

/**
 * A card's trend line with the words a screen reader gets instead of the picture: what is counted per day,
 * over which days, and the lowest, highest and last values. Null when no day has a value.
 */
export function kpiTrend(id: KpiTrendId, values: readonly (number | null)[], fmt: Formatters, range: KpiRange): KpiTrend | null {
  const present = values.filter((v): v is number => v !== null);
  const words = rangeWords(range, fmt);
  if (present.length === 0 || words === null) return null;
  const show = (v: number | null) =>
    v === null ? '—' : id === 'avgScore' ? fmt.number(v, { minimumFractionDigits: AVERAGE_DIGITS, maximumFractionDigits: AVERAGE_DIGITS }) : fmt.number(v);
  const label = fmt.t('kpi.trend.label', {
    what: fmt.t(`kpi.trend.${id}`),
    range: words,
    min: show(Math.min(...present)),
    max: show(Math.max(...present)),
    last: show(values[values.length - 1] ?? null),
  });
  return { id, values, label };
}
