// The demo's switches live in the URL's search params, so every state can be deep-linked and bookmarked
// (tests open e.g. `?viewer=learner&theme=dark&locale=de&faults=0.3`).
import type { MockDatasetOptions, MockFaults } from '@learnlens/mock';
import { personaIds, type PersonaId } from './backend/protocol.js';

/** The two pages of the demo. */
export type PageId = 'dashboard' | 'embed';

/** Dataset sizes the size switch offers. */
export const datasetSizes = ['small', '100k', '1m'] as const;
/** A dataset size. */
export type DatasetSize = (typeof datasetSizes)[number];

/** Locales the locale switch offers (date-fns locales for dates and numbers). */
export const localeIds = ['en-US', 'de', 'fr', 'es', 'ja', 'ar'] as const;
/** A locale. */
export type LocaleId = (typeof localeIds)[number];

/** Everything the URL can switch. */
export interface DemoSettings {
  /** Which page. */
  page: PageId;
  /** Who is looking. */
  viewer: PersonaId;
  /** How much data. */
  size: DatasetSize;
  /** Seed of the generated dataset. */
  seed: number;
  /** Light or dark. */
  theme: 'light' | 'dark';
  /** Dates and numbers. */
  locale: LocaleId;
  /** Probability that a query fails with a transient error (QA). */
  failureRate: number;
  /** Probability that a query answers with a malformed result (QA). */
  malformedRate: number;
  /** Delay of every query in ms (QA). */
  latencyMs: number;
  /** Seed of the fault draws. */
  faultSeed: number;
  /** Whether the hooks retry transient errors (off shows each widget's own error state at once). */
  retry: boolean;
  /** Whether charts animate (off for screenshots). */
  animation: boolean;
}

/** The settings with no search params. */
export const defaultSettings: DemoSettings = {
  page: 'dashboard',
  viewer: 'admin',
  size: 'small',
  seed: 1,
  theme: 'light',
  locale: 'en-US',
  failureRate: 0,
  malformedRate: 0,
  latencyMs: 0,
  faultSeed: 1,
  retry: true,
  animation: true,
};

/** Attempts each size holds, roughly, for labels. */
export const sizeLabels: Record<DatasetSize, string> = {
  small: 'Small (≈9k attempts)',
  '100k': '100,000 attempts',
  '1m': '1,000,000 attempts',
};

/** `createMockDataset` options of a size. */
export function datasetOptions(size: DatasetSize, seed: number): MockDatasetOptions {
  if (size === '100k') return { seed, targetAttempts: 100_000 };
  if (size === '1m') return { seed, targetAttempts: 1_000_000 };
  return { seed };
}

/** The mock adapter's fault switches in the settings. */
export function faultsOf(settings: DemoSettings): MockFaults {
  return {
    failureRate: settings.failureRate,
    malformedRate: settings.malformedRate,
    latencyMs: settings.latencyMs,
    failAuditWrites: false,
  };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function numberIn(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  return !['0', 'false', 'off', 'no'].includes(value.toLowerCase());
}

/** Reads the settings from search params; unknown or out-of-range values fall back to the defaults. */
export function parseSettings(search: string): DemoSettings {
  const q = new URLSearchParams(search);
  const d = defaultSettings;
  return {
    page: oneOf(q.get('page'), ['dashboard', 'embed'] as const, d.page),
    viewer: oneOf(q.get('viewer'), personaIds, d.viewer),
    size: oneOf(q.get('size')?.toLowerCase() ?? null, datasetSizes, d.size),
    seed: Math.trunc(numberIn(q.get('seed'), 1, 2 ** 31, d.seed)),
    theme: oneOf(q.get('theme'), ['light', 'dark'] as const, d.theme),
    locale: oneOf(q.get('locale'), localeIds, d.locale),
    failureRate: numberIn(q.get('faults'), 0, 1, d.failureRate),
    malformedRate: numberIn(q.get('malformed'), 0, 1, d.malformedRate),
    latencyMs: numberIn(q.get('latency'), 0, 60_000, d.latencyMs),
    faultSeed: Math.trunc(numberIn(q.get('faultSeed'), 0, 2 ** 31, d.faultSeed)),
    retry: flag(q.get('retry'), d.retry),
    animation: flag(q.get('animation'), d.animation),
  };
}

/** Writes the settings that differ from the defaults as search params ("" when none do). */
export function serializeSettings(settings: DemoSettings): string {
  const q = new URLSearchParams();
  const d = defaultSettings;
  if (settings.page !== d.page) q.set('page', settings.page);
  if (settings.viewer !== d.viewer) q.set('viewer', settings.viewer);
  if (settings.size !== d.size) q.set('size', settings.size);
  if (settings.seed !== d.seed) q.set('seed', String(settings.seed));
  if (settings.theme !== d.theme) q.set('theme', settings.theme);
  if (settings.locale !== d.locale) q.set('locale', settings.locale);
  if (settings.failureRate !== d.failureRate) q.set('faults', String(settings.failureRate));
  if (settings.malformedRate !== d.malformedRate) q.set('malformed', String(settings.malformedRate));
  if (settings.latencyMs !== d.latencyMs) q.set('latency', String(settings.latencyMs));
  if (settings.faultSeed !== d.faultSeed) q.set('faultSeed', String(settings.faultSeed));
  if (settings.retry !== d.retry) q.set('retry', settings.retry ? '1' : '0');
  if (settings.animation !== d.animation) q.set('animation', settings.animation ? '1' : '0');
  const text = q.toString();
  return text ? `?${text}` : '';
}
