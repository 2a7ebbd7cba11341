import type { LearnlensServer } from '@learnlens/server';
import { parseFlags } from '../args.js';
import { adapterFlag, servedAdapterNames, servedBackendFlags } from '../backends/adapterFlags.js';
import type { OpenBackend } from '../backends/backend.js';
import { planBackend } from '../backends/plan.js';
import { commandHelp } from '../help.js';
import { serverFlags, serverSettings, type ServerSettings } from '../serve/serverOptions.js';
import { untilStopped } from '../serve/untilStopped.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

// What the person can fix: a port taken or privileged, a host that is not ours, an option the server refuses.
function startFailure(error: unknown, settings: Pick<ServerSettings, 'host' | 'port'>): unknown {
  const where = `${settings.host}:${settings.port}`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new UsageError(`cannot listen on ${where}: the port is in use (choose another with --port)`);
  if (code === 'EACCES') return new UsageError(`cannot listen on ${where}: permission denied (ports below 1024 need privileges)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new UsageError(`cannot listen on ${where}: --host is not an address of this machine`);
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    return new UsageError(error.message.replace(/^createLearnlensHandler: /, ''), { cause: error });
  }
  // A worker thread that could not load the dataset (--data DIR unreadable…): its UsageError crossed as a plain error.
  if (error instanceof Error && !(error instanceof UsageError) && error.name === 'UsageError') return new UsageError(error.message, { cause: error });
  return error;
}

/**
 * `learnlens serve`: runs @learnlens/server over a backend, prints `{"url": …}` as one JSON line, and serves until
 * SIGINT or SIGTERM, then closes the server and the backend and returns exit code 0.
 */
export async function serveCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags('serve', argv, { ...servedBackendFlags, ...serverFlags, help: { type: 'boolean', short: 'h' } }, 0);
  if (values.help) {
    ctx.stdout.write(commandHelp.serve);
    return 0;
  }
  if (values.adapter === 'http') {
    throw new UsageError(`learnlens serve runs the backend itself: --adapter must be one of ${servedAdapterNames.join(', ')}, not "http"`);
  }
  const plan = planBackend(adapterFlag(values, servedAdapterNames), values, ctx);
  const { workerCount, ...settings } = serverSettings(values, ctx);
  const { startLearnlensServer } = await import('@learnlens/server');

  // The mock engine is CPU-bound: it runs in worker threads, each building the dataset from the same flags, so no
  // query holds the request thread. The SQL backends are async I/O and stay on it.
  const inWorkers = plan.name === 'mock' && workerCount > 0;
  const backend: Pick<OpenBackend, 'close'> & { adapter?: OpenBackend['adapter'] } = inWorkers ? { close: async () => undefined } : await plan.open();
  let server: LearnlensServer;
  try {
    const { mockWorkerModule } = await import('../serve/mockWorker.js');
    server = await startLearnlensServer({
      ...settings,
      ...(inWorkers
        ? { workers: { module: mockWorkerModule, options: { values: { ...values }, cwd: ctx.cwd }, size: workerCount } }
        : { adapter: backend.adapter! }),
      onError: (error, { method, path, status }) => {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        ctx.stderr.write(`learnlens serve: ${method} ${path} → ${status}: ${ctx.secrets.mask(message).replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
      },
    });
  } catch (error) {
    await backend.close().catch(() => undefined);
    throw startFailure(error, settings);
  }
  ctx.stdout.write(`${JSON.stringify({ url: server.url, adapter: plan.name })}\n`);
  await untilStopped(ctx.signal);
  try {
    await server.close();
  } finally {
    await backend.close();
  }
  return 0;
}
