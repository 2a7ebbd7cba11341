// The server under test, in its own process so the load generator does not share its thread:
// `tsx bench/serverProcess.ts inprocess|workers N OPTIONS_JSON`. Prints {"url": …} once listening.
import { startLearnlensServer } from '../packages/server/src/index.js';
import { createAdapter, type ServerBenchAdapterOptions } from './serverAdapter.js';

const [mode, size, json] = process.argv.slice(2);
const options = JSON.parse(json!) as ServerBenchAdapterOptions;
const common = {
  auth: { secret: 'bench-hs256-secret-of-at-least-32-bytes', audience: 'learnlens-bench' },
  privacy: { pseudonymSalt: 'bench-pseudonym-salt' },
  // Each bench client is its own viewer; the limit is measured in the tests, not here.
  rateLimit: false as const,
  deadlineMs: 5_000,
  onError: () => undefined,
};
const server =
  mode === 'workers'
    ? await startLearnlensServer({ ...common, workers: { module: new URL('./serverAdapter.ts', import.meta.url), options, size: Number(size) } })
    : await startLearnlensServer({ ...common, adapter: createAdapter(options) });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
