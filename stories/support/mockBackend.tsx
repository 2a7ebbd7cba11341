import { createClient, type Role, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockAdapter, type MockDataset } from '@learnlens/mock';
import { LearnlensProvider, type Messages, type ThemeMode } from '@learnlens/ui';
// The catalogs' sources (the package entries @learnlens/ui/messages/* point at the built files).
import { messagesAr } from '../../packages/ui/src/i18n/locales/ar.js';
import { messagesDe } from '../../packages/ui/src/i18n/locales/de.js';
import { messagesEs } from '../../packages/ui/src/i18n/locales/es.js';
import { messagesFr } from '../../packages/ui/src/i18n/locales/fr.js';
import { messagesJa } from '../../packages/ui/src/i18n/locales/ja.js';
import type { Locale } from 'date-fns';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** The languages the stories offer. */
export const storyLocales = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
/** A story language. */
export type StoryLocale = (typeof storyLocales)[number];

/** Dataset sizes the stories offer. */
export const datasetSizes = ['small', 'realistic', 'large org', 'empty'] as const;
/** A dataset size. */
export type DatasetSize = (typeof datasetSizes)[number];

/** The mock backend's controls, shown under "Mock backend" in every story. */
export interface MockArgs {
  /** Seed of the generated dataset (the same seed always gives the same data). */
  seed: number;
  /** How much data: a small org, the default three orgs, one org of 1,000 learners, or no learners at all. */
  datasetSize: DatasetSize;
  /** Replace names with very long ones (layout stress). */
  longNames: boolean;
  /** Delay of every query, in ms. */
  latencyMs: number;
  /** Probability that a query fails with a transient error. */
  failureRate: number;
  /** Probability that a query answers with data violating its schema. */
  malformedRate: number;
  /** Light or dark theme. */
  theme: ThemeMode;
  /** Who is looking. */
  role: Role;
  /**
   * Whose org: the first one, the tutoring org (correct/incorrect answers, topics, flags, sessions; seed 003), or the
   * band-scored org (IELTS writing, task bands and goals; seed 000).
   */
  org: 'first' | 'tutoring' | 'band';
  /** The language of dates, numbers and words ("en" follows the toolbar's Language). */
  locale: StoryLocale;
}

/** The mock controls' defaults: realistic data, no faults, light theme, an admin. */
export const mockDefaults: MockArgs = {
  seed: 1,
  datasetSize: 'realistic',
  longNames: false,
  // Short, so a story shows data soon after it opens (issue 10 §7: within 2 s); still asynchronous like a real backend.
  latencyMs: 50,
  failureRate: 0,
  malformedRate: 0,
  theme: 'light',
  role: 'admin',
  org: 'first',
  locale: 'en',
};

const category = { table: { category: 'Mock backend' } };

/** Controls of the mock backend, for every story's `argTypes`. */
export const mockArgTypes = {
  seed: { control: { type: 'number', min: 1, step: 1 }, ...category },
  datasetSize: { control: 'inline-radio', options: datasetSizes, ...category },
  longNames: { control: 'boolean', ...category },
  latencyMs: { control: { type: 'range', min: 0, max: 5000, step: 50 }, ...category },
  failureRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 }, ...category },
  malformedRate: { control: { type: 'range', min: 0, max: 1, step: 0.05 }, ...category },
  theme: { control: 'inline-radio', options: ['light', 'dark'], ...category },
  role: { control: 'inline-radio', options: ['admin', 'manager', 'learner'], ...category },
  org: { control: 'inline-radio', options: ['first', 'tutoring', 'band'], ...category },
  locale: { control: 'inline-radio', options: storyLocales, ...category },
} as const;

/**
 * The provider's date-fns locale and words for each story language, always the two together: a catalog passed
 * without its date locale gave German words with English dates ("Oct 31, 2026").
 */
export const localeProps: Record<StoryLocale, { locale?: Locale; messages?: Partial<Messages> }> = {
  en: {},
  de: { locale: de, messages: messagesDe },
  fr: { locale: fr, messages: messagesFr },
  es: { locale: es, messages: messagesEs },
  ja: { locale: ja, messages: messagesJa },
  ar: { locale: ar, messages: messagesAr },
};

/** The story's language: its own `locale` arg, else the toolbar's Language (a Storybook global). */
export function storyLocale(argLocale: StoryLocale | undefined, globals: Record<string, unknown> | undefined): StoryLocale {
  if (argLocale && argLocale !== 'en') return argLocale;
  const global = globals?.locale;
  return storyLocales.includes(global as StoryLocale) ? (global as StoryLocale) : 'en';
}

/** "Now" in the mock data: the generated history ends on 2026-11-01. */
export const MOCK_NOW = '2026-10-31T18:00:00.000Z';

/** A latency no story waits out: the loading state. */
export const FOREVER_MS = 600_000;

const datasets = new Map<string, MockDataset>();

const LONG = 'with an exceptionally long name that keeps going well past any sensible column width';

function withLongNames(dataset: MockDataset): MockDataset {
  return {
    ...dataset,
    users: dataset.users.map((u) => ({ ...u, display_name: `${u.display_name} ${LONG}` })),
    activities: dataset.activities.map((a) => ({ ...a, title: `${a.title} ${LONG}` })),
  };
}

/** The dataset of a size and seed, generated once per page. */
export function mockDataset(size: DatasetSize, seed: number, longNames: boolean): MockDataset {
  const key = `${size}:${seed}:${longNames}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    const generated =
      size === 'small'
        ? createMockDataset({ endDate: '2026-11-01', seed, orgs: 2, learnersPerOrg: 25, days: 90 })
        : size === 'large org'
          ? createMockDataset({ endDate: '2026-11-01', seed, orgs: 1, learnersPerOrg: 1000, days: 180, activitiesPerOrg: 40 })
          : size === 'empty'
            ? createMockDataset({ endDate: '2026-11-01', seed, orgs: 1, learnersPerOrg: 0, days: 30 })
            : createMockDataset({ endDate: '2026-11-01', seed });
    dataset = longNames ? withLongNames(generated) : generated;
    datasets.set(key, dataset);
  }
  return dataset;
}

/**
 * The first user with `role` of the first org, the tutoring org or the band org (an admin when the org has none of that
 * role).
 * A tutoring org's manager is a tutor, and its learners their students.
 */
export function viewerFor(dataset: MockDataset, role: Role, org: MockArgs['org'] = 'first'): Viewer {
  const scale = org === 'tutoring' ? 'binary' : org === 'band' ? 'band' : undefined;
  const orgId = (scale ? dataset.orgs.find((o) => o.score_scale === scale) : undefined)?.org_id ?? dataset.orgs[0]!.org_id;
  const user =
    dataset.users.find((u) => u.org_id === orgId && u.role === role) ??
    dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!;
  return { userId: user.user_id, role: user.role, orgId };
}

/** What the decorator built, for stories that show the backend's side (the audit log). */
export interface MockBackend {
  adapter: MockAdapter;
  dataset: MockDataset;
  viewer: Viewer;
}

const MockBackendContext = createContext<MockBackend | null>(null);

/** The story's mock backend. */
export function useMockBackend(): MockBackend {
  const backend = useContext(MockBackendContext);
  if (!backend) throw new Error('useMockBackend needs the withMockBackend decorator');
  return backend;
}

function MockProvider({ args, children }: { args: MockArgs; children: ReactNode }) {
  const dataset = mockDataset(args.datasetSize, args.seed, args.longNames);
  const viewer = viewerFor(dataset, args.role, args.org);
  const backend = useMemo<MockBackend>(() => {
    const adapter = createMockAdapter({
      dataset,
      latencyMs: args.latencyMs,
      failureRate: args.failureRate,
      malformedRate: args.malformedRate,
      seed: args.seed,
    });
    return { adapter, dataset, viewer };
  }, [dataset, viewer.userId, args.latencyMs, args.failureRate, args.malformedRate, args.seed]);
  const client = useMemo(() => createClient({ adapter: backend.adapter }), [backend]);
  // A fresh cache per backend, so changing a control refetches instead of showing cached answers.
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
    [backend],
  );
  return (
    <MockBackendContext.Provider value={backend}>
      <LearnlensProvider
        client={client}
        viewer={backend.viewer}
        queryClient={queryClient}
        theme={args.theme}
        retry={args.failureRate < 1}
        {...localeProps[args.locale]}
      >
        <div style={{ maxWidth: 960, padding: 16, background: args.theme === 'dark' ? '#000' : '#f4f4f5' }}>{children}</div>
      </LearnlensProvider>
    </MockBackendContext.Provider>
  );
}

/** Builds a mock client from the story's "Mock backend" controls and wraps the story in a LearnlensProvider. */
export const withMockBackend: Decorator = (Story, context) => {
  const given = { ...mockDefaults, ...(context.args as Partial<MockArgs>) };
  const args = { ...given, locale: storyLocale(given.locale, context.globals) };
  return (
    <MockProvider args={args}>
      <Story />
    </MockProvider>
  );
};

const mockKeys = Object.keys(mockDefaults) as (keyof MockArgs)[];

/** A story's args without the mock controls: the widget's own props. */
export function widgetProps<T extends object>(args: T): Omit<T, keyof MockArgs> {
  const props = { ...args } as Record<string, unknown>;
  for (const key of mockKeys) delete props[key];
  return props as Omit<T, keyof MockArgs>;
}

/** Args of the standard states, to spread into a story's `args`. */
export const states = {
  loading: { latencyMs: FOREVER_MS },
  empty: { datasetSize: 'empty' },
  error: { failureRate: 1 },
  malformed: { malformedRate: 1 },
  dark: { theme: 'dark' },
  german: { locale: 'de' },
  stress: { datasetSize: 'large org', longNames: true },
} as const satisfies Record<string, Partial<MockArgs>>;
