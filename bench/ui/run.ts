// Render timings of every Learnlens widget at a realistic and a stress size, beside bare echarts and bare
// @tanstack/react-table on the same data. Writes bench/ui-results.md.
//
//   npx tsx --tsconfig tsconfig.json bench/ui/run.ts [--out bench/ui-results.md] [--runs 5]
//
// Timings come from jsdom (Debian's chromium is not required): they cover React rendering, echarts' option
// processing and SVG element creation, not browser layout or paint.
import { execFileSync } from 'node:child_process';
import { installDom } from './dom.js';

function chromiumPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const dom = installDom();
const { runSuite } = await import('./suite.js');
await runSuite({
  out: option('out') ?? 'bench/ui-results.md',
  runs: Number(option('runs') ?? 5),
  chromium: chromiumPath(),
});
// jsdom's animation frames and the libraries' timers would keep Node alive; the report is written.
dom.window.close();
process.exit(0);
