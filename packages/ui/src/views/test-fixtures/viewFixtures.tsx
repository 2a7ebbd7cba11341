import type { BackendAdapter, QueryName, QueryRequest, Role, Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockDataset } from '@learnlens/mock';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { getInstanceByDom } from 'echarts/core';
import { expect, vi } from 'vitest';
import type { TeamOption } from '../filter-bar/index.js';
import { addDays } from '../filter-bar/filterBar.utils.js';

let cached: MockDataset | undefined;

/** A small generated dataset: two orgs of 12 learners in teams of 6, five activities, 60 days of history. */
export function viewDataset(): MockDataset {
  cached ??= createMockDataset({ endDate: '2026-11-01', seed: 11, orgs: 2, learnersPerOrg: 12, teamSize: 6, days: 60, activitiesPerOrg: 5 });
  return cached;
}

/** Noon of the dataset's last day, so "last 30 days" ends where the data does. */
export function datasetNow(dataset: MockDataset): string {
  return `${addDays(dataset.meta.endDate, -1)}T12:00:00.000Z`;
}

/** The first user of the first org with `role`. */
export function viewerWith(dataset: MockDataset, role: Role): Viewer {
  const orgId = dataset.orgs[0]!.org_id;
  const user = dataset.users.find((u) => u.org_id === orgId && u.role === role)!;
  return { userId: user.user_id, role, orgId };
}

/** The teams a viewer may filter by: the org's for an admin, their own for a manager. */
export function teamsOf(dataset: MockDataset, viewer: Viewer): TeamOption[] {
  return dataset.teams
    .filter((t) => t.org_id === viewer.orgId && (viewer.role === 'admin' || t.manager_id === viewer.userId))
    .map((t) => ({ id: t.team_id, name: t.name }));
}

/** A mock adapter whose `run` is a spy; with `failing`, that one query always fails (failureRate 1), the others never. */
export function spyAdapter(dataset: MockDataset, failing?: QueryName) {
  const healthy = createMockAdapter({ dataset });
  const broken = createMockAdapter({ dataset, failureRate: 1 });
  const run = vi.fn((request: QueryRequest, signal?: AbortSignal) =>
    request.name === failing ? broken.run(request, signal) : healthy.run(request, signal),
  );
  const adapter: BackendAdapter = {
    name: healthy.name,
    supportedQueries: healthy.supportedQueries,
    run,
    writeAudit: (entry, signal) => healthy.writeAudit(entry, signal),
  };
  /** Every request of one query so far, oldest first. */
  const requests = <N extends QueryName>(name: N) =>
    run.mock.calls.map(([request]) => request).filter((r): r is Extract<QueryRequest, { name: N }> => r.name === name);
  return { adapter, run, requests };
}

/** The scope element of one widget (by its `data-learnlens-widget` name). */
export function widget(name: string, root: ParentNode = document): HTMLElement {
  const element = root.querySelector<HTMLElement>(`[data-learnlens-widget="${name}"]`);
  if (!element) throw new Error(`no ${name} widget rendered`);
  return element;
}

/** Waits until every named widget shows its data. */
export async function waitForReady(names: readonly string[]): Promise<void> {
  await waitFor(
    () => {
      for (const name of names) expect(widget(name)).toHaveAttribute('data-state', 'ready');
    },
    { timeout: 15_000 },
  );
}

/** The filter bar. */
export function filterBar(): HTMLElement {
  return screen.getByRole('group', { name: 'Dashboard filters' });
}

/** A ResizeObserver stand-in whose resizes the test triggers, element by element. */
export function fakeResizeObserver() {
  const observers = new Set<FakeObserver>();
  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(readonly callback: ResizeObserverCallback) {
      observers.add(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
      observers.delete(this);
    }
  }
  vi.stubGlobal('ResizeObserver', FakeObserver);
  return {
    /** Reports `element` as `width` px wide to everyone observing it. */
    resize(element: Element, width: number) {
      for (const observer of [...observers]) {
        if (!observer.targets.has(element)) continue;
        const entry = { target: element, contentRect: { width, height: 600 } } as unknown as ResizeObserverEntry;
        observer.callback([entry], observer as unknown as ResizeObserver);
      }
    },
  };
}

// zrender needs a press and a release on the same spot before it reports a click.
/** Clicks a day of the view's calendar heatmap, where the chart draws it. */
export function clickHeatmapDay(date: string): void {
  const element = widget('activity-heatmap').querySelector<HTMLElement>('[data-ll-chart]');
  const chart = element ? getInstanceByDom(element) : undefined;
  if (!element || !chart) throw new Error('no heatmap chart rendered');
  const [x, y] = chart.convertToPixel('calendar', date) as unknown as number[];
  const surface = element.querySelector<HTMLElement>(':scope > div')!;
  const at = { clientX: x, clientY: y };
  fireEvent.mouseMove(surface, at);
  fireEvent.mouseDown(surface, at);
  fireEvent.mouseUp(surface, at);
  fireEvent.click(surface, at);
}
