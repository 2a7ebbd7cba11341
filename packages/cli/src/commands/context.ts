import type { TextSink } from '../cliIo.js';

/** What a command needs from `runCli`: where to print, and where relative paths start. */
export interface CommandContext {
  stdout: TextSink;
  cwd: string;
}
