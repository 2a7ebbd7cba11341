import { createClient, type LearnlensClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockDataset } from '@learnlens/mock';
import {
  ActivityHeatmap,
  ActivityInsights,
  AssignmentProgress,
  ExportButton,
  KpiCards,
  Leaderboard,
  LearnlensProvider,
  MasteryTrend,
  PersonalStats,
  RecentAttempts,
  ScoreTrend,
} from '@learnlens/ui';
import { QueryClient } from '@tanstack/react-query';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { CalendarComponent, GridComponent, VisualMapContinuousComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { chooseBucket } from '../../packages/ui/src/charts/buckets.js';
import { BENCH_WIDTH } from './size.js';
import type * as ReactTableModule from '../../packages/ui/node_modules/@tanstack/react-table/dist/index.js';

/** The @tanstack/react-table module; the runner loads it (it is a dependency of @learnlens/ui, not of the root). */
export type ReactTable = typeof ReactTableModule;


use([HeatmapChart, LineChart, BarChart, CalendarComponent, GridComponent, VisualMapContinuousComponent, SVGRenderer]);

const NOW = '2026-10-31T18:00:00.000Z';
const FROM = '2026-05-04';
const TO = '2026-11-01';
const TZ = 'UTC';

/** Options of a measurement run. */
export interface MeasureOptions {
  /** Timed repetitions per measurement (the median is reported). */
  runs: number;
  /** The @tanstack/react-table module for the bare-table baseline. */
  reactTable: ReactTable;
  /** Brings the page up to date before a timing ends (a forced layout in a browser; nothing in jsdom). */
  settle: () => Promise<void>;
  /** Progress lines. */
  log: (line: string) => void;
}

/** One scenario's measurements. */
export interface Section {
  /** "Realistic" or "Stress". */
  name: string;
  /** What data it holds. */
  description: string;
  /** One row per widget. */
  rows: Row[];
}

interface Scenario {
  name: string;
  description: string;
  dataset: MockDataset;
  client: LearnlensClient;
  viewer: Viewer;
  learnerId: string;
}

/** One widget's timings. */
export interface Row {
  widget: string;
  shown: string;
  firstMs: number;
  cachedMs: number;
  baseline?: { name: string; ms: number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function scenario(name: string, description: string, dataset: MockDataset): Scenario {
  const orgId = dataset.orgs[0]!.org_id;
  const admin = dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!;
  const learner = dataset.users.find((u) => u.org_id === orgId && u.role === 'learner')!;
  return {
    name,
    description,
    dataset,
    client: createClient({ adapter: createMockAdapter({ dataset }) }),
    viewer: { userId: admin.user_id, role: 'admin', orgId },
    learnerId: learner.user_id,
  };
}

let settle: () => Promise<void> = async () => {};
// A macrotask without setTimeout's 4 ms clamping, in browsers and in Node alike.
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

// Mounts `element` and waits until `ready` says the widget shows its data; returns the elapsed time.
async function mount(element: ReactElement, ready: (root: HTMLElement) => boolean): Promise<{ ms: number; shown: HTMLElement }> {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  while (!ready(container)) {
    await tick();
    if (performance.now() - start > 60_000) throw new Error(`timed out: ${container.innerHTML.slice(0, 300)}`);
  }
  await settle();
  const ms = performance.now() - start;
  const shown = container.cloneNode(true) as HTMLElement;
  root.unmount();
  container.remove();
  return { ms, shown };
}

const widgetReady = (chart: boolean) => (root: HTMLElement) => {
  const frame = root.querySelector('[data-learnlens-widget]');
  if (!frame) return false;
  if (frame.getAttribute('data-state') === 'error') throw new Error(root.textContent ?? 'error');
  if (frame.getAttribute('data-state') !== 'ready') return false;
  return !chart || root.querySelector('[data-ll-chart] svg') !== null;
};

interface WidgetCase {
  widget: string;
  element: (s: Scenario) => ReactElement;
  chart: boolean;
  shown: (root: HTMLElement) => string;
  baseline?: (s: Scenario) => Promise<{ name: string; ms: number }>;
}

const count = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).length;

async function timeEcharts(option: EChartsCoreOption, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const div = document.body.appendChild(document.createElement('div'));
    div.style.height = '240px';
    const start = performance.now();
    const chart = init(div, null, { renderer: 'svg' });
    chart.setOption({ animation: false, ...option });
    await settle();
    times.push(performance.now() - start);
    chart.dispose();
    div.remove();
  }
  return median(times);
}

async function bareHeatmap(s: Scenario, grid: 'calendar' | 'weekdayHour', runs: number) {
  const result = await s.client.query('activityHeatmap', { grid, from: FROM, to: TO, timezone: TZ, now: NOW }, { viewer: s.viewer });
  const max = Math.max(1, ...result.cells.map((c) => c.attempts));
  const option: EChartsCoreOption =
    result.grid === 'calendar'
      ? {
          visualMap: { type: 'continuous', min: 0, max, show: false },
          calendar: { range: [FROM, '2026-10-31'] },
          series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: result.cells.map((c) => [c.date, c.attempts]) }],
        }
      : {
          visualMap: { type: 'continuous', min: 0, max, show: false },
          xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => h) },
          yAxis: { type: 'category', data: [1, 2, 3, 4, 5, 6, 7] },
          series: [{ type: 'heatmap', data: result.cells.map((c) => [c.hour, c.weekday - 1, c.attempts]) }],
        };
  return { name: 'bare echarts', ms: await timeEcharts(option, runs) };
}

async function bareScoreTrend(s: Scenario, runs: number) {
  const bucket = chooseBucket(FROM, TO, BENCH_WIDTH);
  const result = await s.client.query('scoreTrend', { bucket, from: FROM, to: TO, timezone: TZ, now: NOW }, { viewer: s.viewer });
  const option: EChartsCoreOption = {
    xAxis: { type: 'category', data: result.points.map((p) => p.bucketStart) },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: result.points.map((p) => p.avgScore) }],
  };
  return { name: 'bare echarts', ms: await timeEcharts(option, runs) };
}

async function bareMastery(s: Scenario, runs: number) {
  const bucket = chooseBucket(FROM, TO, BENCH_WIDTH);
  const result = await s.client.query('masteryTrend', { bucket, from: FROM, to: TO, timezone: TZ, now: NOW }, { viewer: s.viewer });
  const starts = [...new Set(result.rows.map((r) => r.bucketStart))].sort();
  const ids = [...new Set(result.rows.map((r) => r.contentId))].slice(0, 5);
  const option: EChartsCoreOption = {
    xAxis: { type: 'category', data: starts },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: ids.map((id) => {
      const at = new Map(result.rows.filter((r) => r.contentId === id).map((r) => [r.bucketStart, r.avgCurrentMastery]));
      return { type: 'line', name: id, data: starts.map((d) => at.get(d) ?? null) };
    }),
  };
  return { name: 'bare echarts', ms: await timeEcharts(option, runs) };
}

async function bareInsights(s: Scenario, runs: number) {
  const result = await s.client.query('activityInsights', { timezone: TZ, now: NOW, limit: 50 }, { viewer: s.viewer });
  const rows = result.rows.slice(0, 10);
  const option: EChartsCoreOption = {
    yAxis: { type: 'category', data: rows.map((r) => r.activityName) },
    xAxis: { type: 'value' },
    series: [{ type: 'bar', data: rows.map((r) => r.avgScore) }],
  };
  return { name: 'bare echarts', ms: await timeEcharts(option, runs) };
}

// The same leaderboard rows in a plain @tanstack/react-table v9 table: every row, no virtualisation.
async function bareTable(s: Scenario, runs: number, reactTable: ReactTable) {
  const result = await s.client.query('leaderboard', { period: 'month', now: NOW, timezone: TZ }, { viewer: s.viewer });
  type LeaderRow = (typeof result.rows)[number];
  const { createColumnHelper, tableFeatures, useTable } = reactTable;
  const features = tableFeatures({});
  const helper = createColumnHelper<typeof features, LeaderRow>();
  const columns = helper.columns([
    helper.accessor('rank', { header: 'Rank' }),
    helper.accessor('displayName', { header: 'Learner' }),
    helper.accessor('avgScore', { header: 'Average score' }),
    helper.accessor('attempts', { header: 'Attempts' }),
    helper.accessor('totalDurationSeconds', { header: 'Time spent' }),
  ]);
  function Bare() {
    const table = useTable({ features, columns, data: result.rows });
    return createElement(
      'table',
      null,
      createElement(
        'tbody',
        null,
        table.getRowModel().rows.map((row) =>
          createElement(
            'tr',
            { key: row.id },
            row.getAllCells().map((cell) => createElement('td', { key: cell.id }, createElement(table.FlexRender, { cell }))),
          ),
        ),
      ),
    );
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push((await mount(createElement(Bare), (root) => root.querySelector('tbody') !== null)).ms);
  }
  return { name: `bare react-table (${result.rows.length} rows, not virtualised)`, ms: median(times) };
}

function cases(runs: number, reactTable: ReactTable): WidgetCase[] {
  const range = { now: NOW, from: FROM, to: TO, timezone: TZ };
  return [
    {
      widget: 'ActivityHeatmap (calendar)',
      element: () => createElement(ActivityHeatmap, { params: range, animation: false }),
      chart: true,
      shown: (root) => `${count(root, 'tbody tr')} days with attempts`,
      baseline: (s) => bareHeatmap(s, 'calendar', runs),
    },
    {
      widget: 'ActivityHeatmap (weekday × hour)',
      element: () => createElement(ActivityHeatmap, { params: range, grid: 'weekdayHour', animation: false }),
      chart: true,
      shown: (root) => `${count(root, 'tbody tr')} busy hours`,
      baseline: (s) => bareHeatmap(s, 'weekdayHour', runs),
    },
    {
      widget: 'ScoreTrend',
      element: () => createElement(ScoreTrend, { params: range, animation: false }),
      chart: true,
      shown: (root) => `${count(root, 'tbody tr')} ${root.querySelector('[data-bucket]')?.getAttribute('data-bucket')} points`,
      baseline: (s) => bareScoreTrend(s, runs),
    },
    {
      widget: 'MasteryTrend',
      element: () => createElement(MasteryTrend, { params: range, animation: false }),
      chart: true,
      shown: (root) => `${root.querySelector('[data-series]')?.getAttribute('data-series')} series, ${count(root, 'tbody tr')} points`,
      baseline: (s) => bareMastery(s, runs),
    },
    {
      widget: 'ActivityInsights',
      element: () => createElement(ActivityInsights, { params: { now: NOW, timezone: TZ }, animation: false }),
      chart: true,
      shown: (root) => `${count(root, 'tbody tr')} activities`,
      baseline: (s) => bareInsights(s, runs),
    },
    {
      widget: 'Leaderboard (full, virtualised)',
      element: () => createElement(Leaderboard, { params: { period: 'month', now: NOW, timezone: TZ }, mode: 'full' }),
      chart: false,
      shown: (root) => `${count(root, 'tbody tr[data-slot=row]')} rows mounted`,
      baseline: (s) => bareTable(s, runs, reactTable),
    },
    {
      widget: 'RecentAttempts',
      element: () => createElement(RecentAttempts, { params: { now: NOW, timezone: TZ } }),
      chart: false,
      shown: (root) => `${count(root, 'tbody tr')} rows`,
    },
    {
      widget: 'KpiCards',
      element: () => createElement(KpiCards, { params: { now: NOW, timezone: TZ } }),
      chart: false,
      shown: () => 'cards',
    },
    {
      widget: 'AssignmentProgress',
      element: () => createElement(AssignmentProgress, { params: { now: NOW, timezone: TZ } }),
      chart: false,
      shown: (root) => `${count(root, 'tbody tr')} rows`,
    },
    {
      widget: 'PersonalStats',
      element: (s) => createElement(PersonalStats, { params: { now: NOW, timezone: TZ, userId: s.learnerId } }),
      chart: false,
      shown: () => 'one learner',
    },
  ];
}

function provider(s: Scenario, queryClient: QueryClient, child: ReactElement): ReactElement {
  return createElement(LearnlensProvider, { client: s.client, viewer: s.viewer, queryClient, retry: false }, child);
}

async function measure(s: Scenario, c: WidgetCase, runs: number): Promise<Row> {
  const ready = widgetReady(c.chart);
  // First render: an empty cache, so the time includes the query (mock engine, validation) and the render.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const first = await mount(provider(s, queryClient, c.element(s)), ready);
  // Then the same widget again from the cache: the widget's own rendering cost.
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) cached.push((await mount(provider(s, queryClient, c.element(s)), ready)).ms);
  // Unobserved queries would otherwise sit in the cache, with their garbage-collection timers, until the end.
  queryClient.clear();
  const row: Row = { widget: c.widget, shown: c.shown(first.shown), firstMs: first.ms, cachedMs: median(cached) };
  if (c.baseline) row.baseline = await c.baseline(s);
  return row;
}

async function measureExport(s: Scenario, runs: number): Promise<Row> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const element = () => provider(s, queryClient, createElement(ExportButton, { params: { now: NOW, from: FROM, to: TO, timezone: TZ } }));
  const ready = (root: HTMLElement) => root.querySelector('[data-learnlens-widget=export-button] button') !== null;
  const first = await mount(element(), ready);
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) cached.push((await mount(element(), ready)).ms);
  queryClient.clear();
  return { widget: 'ExportButton (closed)', shown: 'button', firstMs: first.ms, cachedMs: median(cached) };
}

const LONG = ' with an exceptionally long name that keeps going well past any sensible column width';

/** Measures every widget in both scenarios; runs in jsdom or in a real browser page. */
export async function runMeasurements(options: MeasureOptions): Promise<Section[]> {
  const runs = Math.max(1, options.runs);
  settle = options.settle;
  const realistic = createMockDataset({ seed: 1 });
  const big = createMockDataset({ seed: 1, orgs: 1, learnersPerOrg: 1000, days: 180, activitiesPerOrg: 40 });
  const stress: MockDataset = {
    ...big,
    users: big.users.map((u) => ({ ...u, display_name: u.display_name + LONG })),
    activities: big.activities.map((a) => ({ ...a, title: a.title + LONG })),
  };
  const orgPeople = realistic.users.filter((u) => u.org_id === realistic.orgs[0]!.org_id).length;
  const scenarios = [
    scenario(
      'Realistic',
      `the default mock dataset, org 1 (${orgPeople} people; ${realistic.attempts.length.toLocaleString('en-US')} attempts in all orgs)`,
      realistic,
    ),
    scenario('Stress', `one org of 1,000 learners over 180 days (${stress.attempts.length.toLocaleString('en-US')} attempts), long names`, stress),
  ];
  // One untimed pass first, so the realistic numbers do not pay for the JIT warming up.
  for (const c of cases(1, options.reactTable)) await measure(scenarios[0]!, { ...c, baseline: undefined }, 1);
  const sections: Section[] = [];
  for (const s of scenarios) {
    const rows: Row[] = [];
    for (const c of cases(runs, options.reactTable)) {
      const row = await measure(s, c, runs);
      options.log(
        `${s.name.padEnd(9)} ${row.widget.padEnd(34)} first ${row.firstMs.toFixed(1).padStart(7)} ms, cached ${row.cachedMs.toFixed(1).padStart(7)} ms` +
          (row.baseline ? `, ${row.baseline.name} ${row.baseline.ms.toFixed(1)} ms` : ''),
      );
      rows.push(row);
    }
    rows.push(await measureExport(s, runs));
    sections.push({ name: s.name, description: s.description, rows });
  }
  return sections;
}
