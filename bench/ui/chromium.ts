import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Section } from './measure.js';
import { BENCH_WIDTH } from './size.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = (name: string) => join(root, 'packages', name, 'src', 'index.ts');
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// Bundles browser.ts the way a host app would (production React, minified) into `dir`.
async function buildPage(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    root: join(root, 'bench', 'ui'),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: {
      alias: [
        { find: /^@learnlens\/ui$/, replacement: source('ui') },
        { find: /^@learnlens\/data-client$/, replacement: source('data-client') },
        { find: /^@learnlens\/mock$/, replacement: source('mock') },
      ],
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 8192,
      rolldownOptions: {
        input: join(root, 'bench/ui/browser.ts'),
        output: { format: 'es', entryFileNames: 'bench.js' },
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
      },
    },
  });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
      `<style>body{margin:0;width:${BENCH_WIDTH}px}</style></head>` +
      `<body><script type="module" src="./bench.js"></script></body></html>`,
  );
}

// ES modules do not load from file:// URLs, so the page is served from loopback (bench/stories/run.ts serves the
// static Storybook build the same way).
export function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    const stream = createReadStream(file);
    stream.on('error', () => {
      response.writeHead(404).end();
    });
    stream.on('open', () => {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      stream.pipe(response);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Chromium's flags for every bench page: no sandbox (root in CI), no GPU, and no background traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Builds the bench page, opens it in Debian's chromium through playwright-core and runs the suite there. */
export async function measureInChromium(executablePath: string, runs: number): Promise<{ sections: Section[]; version: string }> {
  const cache = join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'learnlens-bench-'));
  const { chromium } = await import('playwright-core');
  let server: Server | null = null;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await buildPage(dir);
    server = await serve(dir);
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: BENCH_WIDTH + 200, height: 900 } });
    page.on('console', (message) => console.info(message.text()));
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runLearnlensBench === 'function');
    const sections = await page.evaluate((n) => window.runLearnlensBench(n), runs);
    return { sections, version: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
