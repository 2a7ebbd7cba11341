import { dayNumberOf } from '@learnlens/data-client';
import { digestMessages, type DigestMessages } from './digestMessages.js';
import type { DigestWeek } from './digestWeek.js';

/** Number, percentage and date formats in one locale and time zone, plus the words. */
export interface DigestFormat {
  locale: string;
  timeZone: string;
  messages: DigestMessages;
  /** A score, with one decimal. */
  score(value: number): string;
  /** A whole count. */
  count(value: number): string;
  /** "3 attempts" / "1 attempt", in the locale's words and plural rules. */
  attempts(value: number): string;
  /** A 0–1 rate as a percentage. */
  percent(value: number): string;
  /** "Mon 26 Oct – Sun 1 Nov 2026" in the locale. */
  weekRange(week: DigestWeek): string;
  /** An instant as date and time in `timeZone`, with the zone's name. */
  instant(iso: string): string;
}

/** Formats for `locale` (BCP 47) in `timeZone`; an unknown locale falls back to en-US. */
export function digestFormat(locale: string, timeZone: string): DigestFormat {
  let chosen = 'en-US';
  try {
    chosen = Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    chosen = 'en-US';
  }
  const score = new Intl.NumberFormat(chosen, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(chosen, { maximumFractionDigits: 0 });
  const plural = new Intl.PluralRules(chosen);
  const percent = new Intl.NumberFormat(chosen, { style: 'percent', maximumFractionDigits: 0 });
  // The week's days are already local calendar days of `timeZone`: format each as a UTC date so no offset moves it.
  const noonOf = (d: number) => new Date(d * 86_400_000 + 12 * 3_600_000);
  const days = new Intl.DateTimeFormat(chosen, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const instant = new Intl.DateTimeFormat(chosen, { timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return {
    locale: chosen,
    timeZone,
    messages: digestMessages(chosen),
    score: (v) => score.format(v),
    count: (v) => count.format(v),
    attempts: (v) => digestMessages(chosen).attempts(count.format(v), plural.select(v) === 'one'),
    percent: (v) => percent.format(v),
    weekRange: (week) => days.formatRange(noonOf(dayNumberOf(week.from)), noonOf(dayNumberOf(week.to) - 1)),
    instant: (iso) => instant.format(new Date(iso)),
  };
}
