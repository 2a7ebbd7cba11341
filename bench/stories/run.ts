// `pnpm bench --stories` (or BENCH_ONLY=stories): how long each widget's and view's data story takes to show its
// data in a cold page, over a static Storybook build; writes bench/stories-results.md. Issue 10 §7's goal: 2 s.
//
//   node --import tsx bench/stories/run.ts [--runs 3] [--out bench/stories-results.md] [--rebuild]
//
// Reuses storybook-static/ when it is there (scripts/test.mjs builds it the same way); --rebuild (or
// BENCH_STORIES_REBUILD=1) builds it first. Needs Debian's chromium (`command -v chromium`); never downloads one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, packageVersion } from '../machine.js';
import { CHROMIUM_ARGS, serve } from '../ui/chromium.js';
import { dataStories, shownInPage, type IndexEntry, type Shown } from './pick.js';
import { renderStoriesReport, type StoryTiming } from './report.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('runs') ?? process.env.BENCH_STORIES_RUNS ?? 3));
const out = option('out') ?? join(root, 'bench', 'stories-results.md');
const dir = join(root, 'storybook-static');
// A story that never shows its data is reported as such after this long, not waited for.
const TIMEOUT_MS = 30_000;

function chromiumPath(): string {
  try {
    const path = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    if (path) return path;
  } catch {
    // Reported below.
  }
  throw new Error('bench/stories needs Debian chromium (apt-get install chromium); it never downloads a browser');
}

if (args.includes('--rebuild') || process.env.BENCH_STORIES_REBUILD === '1' || !existsSync(join(dir, 'index.json'))) {
  console.info('building Storybook (storybook-static/)');
  const built = spawnSync('pnpm', ['exec', 'storybook', 'build', '--test', '--quiet', '-o', 'storybook-static'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`storybook build failed (exit ${built.status})`);
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
const stories = dataStories(index.entries);
if (stories.length === 0) throw new Error('storybook-static/index.json lists no Data story under Widgets/ or Views/');

const executablePath = chromiumPath();
const { chromium } = await import('playwright-core');
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' / ');
const server = await serve(dir);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const timings = new Map<string, Shown[]>(stories.map((s) => [s.id, []]));
const failures = new Map<string, string>();
try {
  const { port } = server.address() as AddressInfo;
  // Round-robin over the stories, so a burst of load on the machine spreads over all of them.
  for (let run = 0; run < runs; run++) {
    for (const story of stories) {
      // A fresh context per page: empty HTTP cache and storage, so every run is a cold open.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`${story.id}: page error: ${error.message}`));
        await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(shownInPage, undefined, { polling: 'raf', timeout: TIMEOUT_MS });
        const shown = (await handle.jsonValue()) as Shown;
        timings.get(story.id)!.push(shown);
        console.info(`${story.id}: data at ${shown.dataMs.toFixed(0)} ms (${JSON.stringify(shown.states)})`);
      } catch (error) {
        failures.set(story.id, error instanceof Error ? error.message.split('\n')[0]! : String(error));
        console.error(`${story.id}: ${failures.get(story.id)}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  const version = browser.version();
  await browser.close();
  server.close();
  const rows: StoryTiming[] = stories.map((s) => ({ ...s, runs: timings.get(s.id)!, failure: failures.get(s.id) }));
  writeFileSync(
    out,
    renderStoriesReport(rows, {
      machine: describeMachine(),
      loadBefore,
      loadAfter: loadavg().map((l) => l.toFixed(2)).join(' / '),
      chromium: `Chromium ${version}`,
      storybook: packageVersion('node_modules/storybook/package.json'),
      react: packageVersion('node_modules/react/package.json'),
      built: statSync(join(dir, 'index.json')).mtime.toISOString(),
      runs,
    }),
  );
  console.info(`wrote ${out}`);
}
