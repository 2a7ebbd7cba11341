import { runCli } from '../main.js';
import type { CliRun } from './runCliForTest.js';

/** A `learnlens serve` running inside the test process. */
export interface ServeRun {
  /** The URL it printed. */
  url: string;
  /** The whole JSON line it printed. */
  announced: Record<string, unknown>;
  /** Stops it as SIGTERM would and resolves with what the run printed and returned. */
  stop(): Promise<CliRun>;
}

/** Starts `learnlens serve ...argv` in-process and resolves once it printed its URL (rejects if it exits first). */
export async function serveInProcess(argv: readonly string[], env: Record<string, string>): Promise<ServeRun> {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let announce: (line: string) => void = () => undefined;
  const announcedLine = new Promise<string>((resolve) => (announce = resolve));
  const done = runCli(['serve', ...argv], {
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('\n')) announce(stdout.slice(0, stdout.indexOf('\n')));
      },
    },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env,
    signal: controller.signal,
  });
  const exited = done.then((code): never => {
    throw new Error(`learnlens serve exited with ${code} before listening: ${stderr}`);
  });
  const announced = JSON.parse(await Promise.race([announcedLine, exited])) as Record<string, unknown>;
  return {
    url: String(announced.url),
    announced,
    async stop() {
      controller.abort();
      return { code: await done, stdout, stderr };
    },
  };
}
