import type { TextSink } from '../cliIo.js';
import type { Secrets } from '../secrets.js';

/** What a command needs from `runCli`: where to print, where relative paths start, the environment. */
export interface CommandContext {
  stdout: TextSink;
  stderr: TextSink;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Values read from flags or the environment that no message may show. */
  secrets: Secrets;
  /** When set, `serve` stops once it is aborted instead of waiting for SIGINT or SIGTERM. */
  signal?: AbortSignal;
}
