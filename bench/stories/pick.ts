// Which stories of a static Storybook build are "data" stories, and the DOM condition that means a story shows
// its data. Both are what bench/stories/run.ts times (issue 10 §7: "stories show data within 2 s").

/** One entry of storybook-static/index.json. */
export interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  name: string;
  title: string;
  exportName?: string;
  tags?: string[];
}

/** A story to time. */
export interface DataStory {
  id: string;
  title: string;
  name: string;
}

/**
 * The data stories: for every widget and view (every title under Widgets/ or Views/), its story exported as `Data`
 * — the one every story file has for its default, populated state (the mock backend's defaults: the realistic
 * dataset, 50 ms latency, no faults). The other named states are not data (Loading, Empty, Error, Malformed), are a
 * variant of it (Dark, German, Phone, …), or are deliberately heavy (Stress: a 1,000-learner org).
 */
export function dataStories(entries: Record<string, IndexEntry>): DataStory[] {
  return Object.values(entries)
    .filter((e) => e.type === 'story' && /^(Widgets|Views)\//.test(e.title) && (e.exportName ?? e.name) === 'Data')
    .map((e) => ({ id: e.id, title: e.title, name: e.name }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** What the page shows once the condition holds. */
export interface Shown {
  /** ms from navigation start until the story shows its data (performance.now() in the page). */
  dataMs: number;
  /** ms from navigation start until the story's root first had any content. */
  renderedMs: number;
  /** ms from navigation start until the last script of the page had loaded (Storybook's chunks). */
  scriptsMs: number;
  /** Widget frames by their `data-state` (every frame settled: none loading, none fetching). */
  states: Record<string, number>;
}

declare global {
  interface Window {
    /** When #storybook-root first had content (set by the poll below). */
    __llRenderedAt?: number;
  }
}

/**
 * Runs in the page on every animation frame; truthy once the story shows its data. "Shows its data" means:
 * - widgets and views: at least one widget frame (`.ll-frame`, packages/ui/src/widget-shell/WidgetFrame.tsx), and
 *   every frame settled: its `data-state` is no longer `loading` and it is not `aria-busy` (no query in flight).
 *   Frames that settle as `error` or `empty` end the wait too and are reported by state, so a broken story shows up
 *   as such instead of as a time-out;
 * - the filter bar (no frame): its activity list holds the org's activities (more than the "all" option);
 * - the export button (no frame, fetches on demand): it is rendered and idle.
 */
export function shownInPage(): Shown | false {
  const root = document.querySelector('#storybook-root');
  if (!root || root.childElementCount === 0) return false;
  window.__llRenderedAt ??= performance.now();
  const frames = [...root.querySelectorAll('.ll-frame')];
  const states: Record<string, number> = {};
  if (frames.length > 0) {
    for (const frame of frames) {
      const state = frame.getAttribute('data-state') ?? 'none';
      if (state === 'loading' || frame.getAttribute('aria-busy') === 'true') return false;
      states[state] = (states[state] ?? 0) + 1;
    }
  } else {
    const activity = root.querySelector('select[data-slot="activity"]');
    const exportButton = root.querySelector('[data-learnlens-widget="export-button"]');
    if (activity) {
      if (activity.querySelectorAll('option').length <= 1) return false;
      states['filter bar'] = 1;
    } else if (exportButton) {
      if (exportButton.getAttribute('data-state') !== 'idle') return false;
      states['export button'] = 1;
    } else {
      return false;
    }
  }
  const scripts = performance
    .getEntriesByType('resource')
    .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script' || r.name.endsWith('.js'))
    .map((r) => (r as PerformanceResourceTiming).responseEnd);
  return { dataMs: performance.now(), renderedMs: window.__llRenderedAt, scriptsMs: Math.max(0, ...scripts), states };
}
