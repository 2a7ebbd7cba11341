// Builds and serves the host app and starts Debian's Chromium for the e2e tests, and the page helpers
// they share. No browser is ever downloaded: Chromium comes from the `chromium` Debian package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The repository's root. */
export const repoRoot = resolve(appRoot, '../..');

/** Where screenshots are written (git-ignored). */
export const screenshotDir = resolve(repoRoot, 'test-artifacts/screenshots');

/** axe-core's browser bundle, injected into pages. */
export const axePath = require.resolve('axe-core/axe.min.js');

/** Chromium's path, or an error that says which Debian package to install. */
export function chromiumPath(): string {
  let path = '';
  try {
    path = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported below with what to install.
  }
  if (!path) {
    throw new Error(
      'Chromium was not found on PATH. The host app e2e tests drive Debian\'s Chromium and never download a browser: ' +
        'install the Debian package "chromium" (sudo apt-get install -y chromium); `npm test` does this when run as root.',
    );
  }
  return path;
}

/** Where Debian's fonts-dejavu-core puts DejaVu Sans; the tests render every page in it. */
export const fontDir = '/usr/share/fonts/truetype/dejavu';

/**
 * A fontconfig setup that knows DejaVu Sans only, whatever else the machine has installed, so text is laid out
 * and drawn the same on every machine and the visual baselines compare equal. Returns the file's path.
 */
function pinnedFontConfig(dir: string): string {
  if (!existsSync(`${fontDir}/DejaVuSans.ttf`)) {
    throw new Error(
      `DejaVu Sans was not found in ${fontDir}. The real-browser tests draw all text in it: install the Debian ` +
        'package "fonts-dejavu-core" (sudo apt-get install -y fonts-dejavu-core); `npm test` does this when run as root.',
    );
  }
  const path = resolve(dir, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${fontDir}</dir>
  <cachedir>${resolve(dir, 'fontconfig-cache')}</cachedir>
  <match target="pattern"><edit name="family" mode="assign" binding="strong"><string>DejaVu Sans</string></edit></match>
</fontconfig>
`,
  );
  return path;
}

/** Chromium's flags: no sandbox (root in CI), no GPU, nothing fetched, and text drawn the same everywhere. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
  '--disable-lcd-text',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

/** The running app and browser. */
export interface HostApp {
  /** The app's base URL, e.g. "http://127.0.0.1:41234/". */
  url: string;
  /** The shared browser. */
  browser: Browser;
  /** Stops the browser and the server. */
  close(): Promise<void>;
}

/** Builds the app (React's development build, so its warnings reach the console) and serves it on a free loopback port. */
export async function startHostApp(): Promise<HostApp> {
  const executablePath = chromiumPath();
  const outDir = mkdtempSync(resolve(tmpdir(), 'learnlens-host-app-'));
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    // A build loads in a fraction of the dev server's time (a few files instead of hundreds of modules).
    await build({
      configFile: resolve(appRoot, 'vite.config.ts'),
      root: appRoot,
      mode: 'development',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': JSON.stringify('development') },
      build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false },
    });
    server = await preview({
      configFile: resolve(appRoot, 'vite.config.ts'),
      root: appRoot,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('The Vite preview server did not report its port');
    browser = await chromium.launch({
      executablePath,
      args: chromiumArgs,
      env: { ...process.env, FONTCONFIG_FILE: pinnedFontConfig(outDir) },
    });
    const started = { server, browser };
    return {
      url: `http://127.0.0.1:${address.port}/`,
      browser,
      async close() {
        await started.browser.close();
        await started.server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** A page with its console errors and uncaught exceptions collected. */
export interface WatchedPage {
  /** The page. */
  page: Page;
  /** Its browser context (one per page, so downloads and storage never mix). */
  context: BrowserContext;
  /** Console errors and page errors so far. */
  errors: string[];
}

/** Opens a fresh context and page that records console errors. */
export async function openPage(app: HostApp, options: { width?: number; height?: number } = {}): Promise<WatchedPage> {
  const context = await app.browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { page, context, errors };
}

/** The demo URL with these search params. */
export function appUrl(app: HostApp, params: Record<string, string | number>): string {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${app.url}?${search.toString()}`;
}

/** Each widget's name and state, in page order. */
export async function widgetStates(page: Page): Promise<{ widget: string; state: string }[]> {
  return page.$$eval('[data-learnlens-widget][data-state]', (elements) =>
    elements
      .filter((e) => e.closest('[data-learnlens-widget=export-button]') !== e)
      .map((e) => ({ widget: e.getAttribute('data-learnlens-widget') ?? '', state: e.getAttribute('data-state') ?? '' })),
  );
}

/** Waits until the page shows widgets and none of them is loading or fetching. */
export async function waitForWidgets(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const frames = [...document.querySelectorAll('[data-learnlens-widget][data-state]')].filter(
        (e) => e.getAttribute('data-learnlens-widget') !== 'export-button',
      );
      return (
        frames.length > 0 &&
        frames.every((e) => e.getAttribute('data-state') !== 'loading' && e.getAttribute('data-fetching') !== 'true')
      );
    },
    null,
    { timeout, polling: 100 },
  );
}

/** Serious and critical axe-core violations on the page, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(' | ')}`);
}

/** Writes a full-page screenshot to test-artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
