import { format as formatWithPattern, parseISO, type Locale } from 'date-fns';
import { textDirectionOf, type TextDirection } from '../i18n/direction.js';
import type { MessageKey, Messages } from '../i18n/messages.js';
import { sharedMessages } from '../i18n/shared.messages.js';
import { formatMessage, numberFormat, type MessageValues } from '../i18n/translate.js';

/** A date value as widgets receive it: an ISO date ("2024-05-01"), an ISO timestamp, or a Date. */
export type DateInput = string | Date;

function toDate(value: DateInput): Date {
  return typeof value === 'string' ? parseISO(value) : value;
}

/** The BCP 47 tag Intl should use for a date-fns locale. */
export function intlLocaleOf(locale: Locale): string {
  return locale.code ?? 'en-US';
}


/**
 * Formats a date with date-fns in `locale`; `pattern` is a date-fns pattern (default "PP", e.g. "May 1, 2024").
 * ISO dates without a time are read as that calendar day, whatever the browser's zone.
 */
export function formatDate(value: DateInput, locale: Locale, pattern = 'PP'): string {
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : formatWithPattern(date, pattern, { locale });
}

/** Formats a number with Intl in the locale of `locale`. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocaleOf(locale), options).format(value);
}

/** Formats a 0–1 ratio as a percentage, e.g. 0.825 → "82.5%". */
export function formatPercent(ratio: number, locale: Locale, maximumFractionDigits = 1): string {
  return formatNumber(ratio, locale, { style: 'percent', maximumFractionDigits });
}

/** Formats a duration in seconds with localised unit names, e.g. "2 hr 5 min" or "45 sec". */
export function formatDuration(seconds: number, locale: Locale): string {
  const tag = intlLocaleOf(locale);
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    numberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return unit(total, 'second');
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  if (hours === 0) return unit(minutes, 'minute');
  return minutes === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

/** Formatters bound to one locale, as `useFormat()` returns them. */
export interface Formatters {
  /** The date-fns locale in use. */
  locale: Locale;
  /** A calendar date, e.g. "May 1, 2024". */
  date: (value: DateInput, pattern?: string) => string;
  /** A date and time, e.g. "May 1, 2024, 2:05 PM". */
  dateTime: (value: DateInput) => string;
  /** A number. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A 0–1 ratio as a percentage. */
  percent: (ratio: number, maximumFractionDigits?: number) => string;
  /** A duration in seconds. */
  duration: (seconds: number) => string;
  /** The catalog message `key` in the provider's language, placeholders filled from `values`. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** The BCP 47 tag of the language in use, e.g. "de". */
  tag: string;
  /** Which way the widget lays out: "rtl" mirrors tables and charts. */
  dir: TextDirection;
}

/**
 * Binds the formatters to a locale and the words: `messages` (the provider's language and overrides) first,
 * then `defaults` (the calling widget's English catalog), then the shared English words. The direction defaults to the
 * locale's.
 */
export function createFormatters(
  locale: Locale,
  messages: Partial<Messages> = {},
  defaults: Partial<Messages> = {},
  dir: TextDirection = textDirectionOf(locale),
): Formatters {
  return bindFormatters(locale, messages, defaults, dir);
}

/**
 * `createFormatters` with every argument given, for `useFormat`: its direction comes from the provider, so a widget's
 * bundle needs no table of right-to-left languages.
 */
export function bindFormatters(locale: Locale, messages: Partial<Messages>, defaults: Partial<Messages>, dir: TextDirection): Formatters {
  const tag = intlLocaleOf(locale);
  const shared: Partial<Messages> = sharedMessages;
  return {
    tag,
    dir,
    t: (key, values) => formatMessage(messages[key] ?? defaults[key] ?? shared[key] ?? key, values, tag),
    locale,
    date: (value, pattern) => formatDate(value, locale, pattern),
    dateTime: (value) => formatDate(value, locale, 'PPp'),
    number: (value, options) => formatNumber(value, locale, options),
    percent: (ratio, digits) => formatPercent(ratio, locale, digits),
    duration: (seconds) => formatDuration(seconds, locale),
  };
}
