import { readFileSync } from 'node:fs';
import { isLearnlensError, type LearnlensErrorCode } from '@learnlens/data-client';
import type { CliIo } from './cliIo.js';
import { biExportCommand } from './commands/biExport.js';
import { datasetCommand } from './commands/dataset.js';
import { digestCommand } from './commands/digest.js';
import { scheduleCommand } from './commands/schedule.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { queryCommand } from './commands/query.js';
import { retentionCommand } from './commands/retention.js';
import { serveCommand } from './commands/serve.js';
import { transformCommand } from './commands/transform.js';
import { validateCommand } from './commands/validate.js';
import type { CommandContext } from './commands/context.js';
import { commandHelp, commandNames, mainHelp, type CommandName } from './help.js';
import { Secrets } from './secrets.js';
import { UsageError } from './usageError.js';

export type { CliIo, TextSink } from './cliIo.js';

/** Exit code of a run that did what was asked. */
export const EXIT_OK = 0;
/** Exit code of an unexpected internal failure. */
export const EXIT_FAILURE = 1;
/** Exit code of bad input: usage, validation, scope, export limit, unreadable data. */
export const EXIT_USAGE = 2;

// Errors the person at the terminal can fix by changing what they typed; the rest are the backend's or ours.
const inputErrorCodes: ReadonlySet<LearnlensErrorCode> = new Set([
  'SCOPE',
  'INVALID_PARAMS',
  'INVALID_VIEWER',
  'UNKNOWN_QUERY',
  'UNSUPPORTED_QUERY',
  'EXPORT_LIMIT',
]);

const commands: Record<Exclude<CommandName, 'help'>, (argv: readonly string[], ctx: CommandContext) => Promise<number>> = {
  dataset: datasetCommand,
  query: queryCommand,
  export: exportCommand,
  serve: serveCommand,
  'bi-export': biExportCommand,
  digest: digestCommand,
  schedule: scheduleCommand,
  ingest: ingestCommand,
  transform: transformCommand,
  validate: validateCommand,
  retention: retentionCommand,
};

/** Runs `learnlens` with `argv` (the arguments after the program name); resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const secrets = new Secrets();
  const ctx: CommandContext = { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd ?? process.cwd(), env, secrets };
  if (io.signal) ctx.signal = io.signal;
  try {
    return await dispatch(argv, ctx);
  } catch (error) {
    const { line, code } = describeFailure(error);
    io.stderr.write(`learnlens: ${oneLine(secrets.mask(line))}\n`);
    if (code === EXIT_FAILURE && env.LEARNLENS_DEBUG === '1' && error instanceof Error && error.stack) {
      io.stderr.write(`${secrets.mask(error.stack)}\n`);
    }
    return code;
  }
}

async function dispatch(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command; try learnlens --help');
  if (first === '--help' || first === '-h') return print(ctx, mainHelp);
  if (first === '--version' || first === '-V') return print(ctx, `${version()}\n`);
  if (first === 'help') {
    if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1]}" for "learnlens help"`);
    const topic = rest[0];
    if (topic === undefined) return print(ctx, mainHelp);
    if (!isCommandName(topic)) throw new UsageError(unknownCommand(topic));
    return print(ctx, commandHelp[topic]);
  }
  if (first.startsWith('-')) throw new UsageError(`unknown flag ${first}; a command comes first (see learnlens --help)`);
  if (!isCommandName(first)) throw new UsageError(unknownCommand(first));
  return commands[first as Exclude<CommandName, 'help'>](rest, ctx);
}

function print(ctx: CommandContext, text: string): number {
  ctx.stdout.write(text);
  return EXIT_OK;
}

function isCommandName(name: string): name is CommandName {
  return (commandNames as readonly string[]).includes(name);
}

function unknownCommand(name: string): string {
  return `unknown command "${name}"; commands: ${commandNames.join(', ')}`;
}

/** The one line to print for an error, and the exit code it deserves. */
export function describeFailure(error: unknown): { line: string; code: number } {
  if (error instanceof UsageError) return { line: error.message, code: EXIT_USAGE };
  if (isLearnlensError(error)) {
    return { line: error.message, code: inputErrorCodes.has(error.code) ? EXIT_USAGE : EXIT_FAILURE };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `internal error: ${message} (set LEARNLENS_DEBUG=1 for details)`, code: EXIT_FAILURE };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The version of @learnlens/cli, read from its package.json (one level above both src/ and dist/). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
