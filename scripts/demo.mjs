#!/usr/bin/env node
// `npm start`: installs what a fresh machine lacks, then serves the demo host app (examples/host-app) with
// Vite's dev server on the embedded default — the seeded mock engine, running in the browser, no server of
// ours and no build step. HOST (default 127.0.0.1) and PORT (default 5173) choose where it listens.
import { resolve } from 'node:path';
import { demoBanner, loadPersonaLabels } from './demoBanner.mjs';
import { ensurePnpm, installPackages } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
ensurePnpm();
installPackages();

// Imported only now: on a fresh machine vite exists only after the install above.
const { createServer } = await import('vite');
const appRoot = resolve(root, 'examples/host-app');
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT ? Number(process.env.PORT) : 5173;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[demo] PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}

const server = await createServer({
  configFile: resolve(appRoot, 'vite.config.ts'),
  root: appRoot,
  clearScreen: false,
  logLevel: 'warn',
  // An explicit PORT must be honoured or fail; the default may move to the next free port.
  server: { host, port, strictPort: Boolean(process.env.PORT) },
});
try {
  await server.listen();
} catch (error) {
  console.error(`[demo] could not start the demo on ${host}:${port}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0] ?? `http://${host}:${port}/`;
console.log(demoBanner(url, await loadPersonaLabels(server)).join('\n'));

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    server.close().finally(() => process.exit(0));
  });
}
