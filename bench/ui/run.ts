// Render timings of every Learnlens widget at a realistic and a stress size, beside bare echarts and bare
// @tanstack/react-table on the same data; writes bench/ui-results.md.
//
//   node --import tsx bench/ui/run.ts [--out bench/ui-results.md] [--runs 5] [--jsdom]
//
// With Debian's chromium installed (`command -v chromium`) the widgets render in a real headless page driven by
// playwright-core; otherwise, or with --jsdom, in jsdom.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { BENCH_WIDTH } from './size.js';
import { renderReport, type BenchEnvironment } from './report.js';

// Production React, as hosts ship it (the development build is several times slower).
process.env.NODE_ENV = 'production';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('out') ?? 'bench/ui-results.md';
const runs = Math.max(1, Number(option('runs') ?? 5));

function chromiumPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const chromium = args.includes('--jsdom') ? null : chromiumPath();
let report: string;
if (chromium) {
  const { measureInChromium } = await import('./chromium.js');
  const { sections, version } = await measureInChromium(chromium, runs);
  report = renderReport(sections, { kind: 'chromium', version, runs }, BENCH_WIDTH);
} else {
  const { installDom } = await import('./dom.js');
  const dom = installDom();
  const { runMeasurements } = await import('./measure.js');
  const { loadReactTable } = await import('./reactTableNode.js');
  const sections = await runMeasurements({ runs, reactTable: await loadReactTable(), settle: async () => {}, log: console.info });
  const env: BenchEnvironment = { kind: 'jsdom', version: process.version, runs };
  if (!args.includes('--jsdom')) env.note = 'No Debian chromium was found (`command -v chromium`), so these are jsdom timings.';
  report = renderReport(sections, env, BENCH_WIDTH);
  dom.window.close();
}
await writeFile(out, report);
console.info(`wrote ${out}`);
// Library timers (query garbage collection, animation frames) would keep Node alive; the report is written.
process.exit(0);
