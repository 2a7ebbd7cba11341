import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { createMockDataset, estimateDatasetMemory, maxOldSpaceSizeFor, type MockDatasetOptions } from '@learnlens/mock';
import { choiceFlag, parseFlags, requiredFlag } from '../args.js';
import { commandHelp } from '../help.js';
import { ensureDirectory, isPathError } from '../io/outputPath.js';
import { tableFormats, writeTables } from '../io/writeTables.js';
import { generatorFlags, generatorOptions, seedFlag } from '../source.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;

// Out of heap, Node aborts with a fatal error and a stack dump after minutes of work: refuse up front instead, and
// say which --max-old-space-size fits (docs/mock.md has the table). The typed columns live outside the heap; when
// they and the heap exceed the machine's memory, no flag helps.
/** Refuses (a UsageError with the advice) when a dataset of `options` would not fit a heap `limit` or `machine` bytes. */
export function checkDatasetMemory(options: MockDatasetOptions, limit: number, machine: number): void {
  const { attempts, heapBytes, totalBytes } = estimateDatasetMemory(options);
  const about = `a dataset of about ${attempts.toLocaleString('en-US')} attempts needs about`;
  if (heapBytes > limit) {
    throw new UsageError(
      `${about} ${gib(heapBytes)} of JavaScript heap and this Node allows ${gib(limit)}: run it with ` +
        `NODE_OPTIONS=--max-old-space-size=${maxOldSpaceSizeFor(heapBytes)} (see docs/mock.md), or ask for fewer attempts with --target-attempts`,
    );
  }
  if (totalBytes > machine) {
    throw new UsageError(
      `${about} ${gib(totalBytes)} of memory while it is generated and this machine has ${gib(machine)}: ` +
        'ask for fewer attempts with --target-attempts (see docs/mock.md)',
    );
  }
}

/** `learnlens dataset`: writes every table of a seeded dataset to --out; returns the exit code. */
export async function datasetCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'dataset',
    argv,
    { ...generatorFlags, out: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    0,
  );
  if (values.help) {
    ctx.stdout.write(commandHelp.dataset);
    return 0;
  }
  requiredFlag('dataset', values, 'seed');
  const seed = seedFlag(values)!;
  const out = resolve(ctx.cwd, requiredFlag('dataset', values, 'out'));
  const format = choiceFlag(values, 'format', tableFormats) ?? 'csv';
  const options = generatorOptions(values, seed);
  checkDatasetMemory(options, getHeapStatistics().heap_size_limit, totalmem());

  const refused = (error: unknown): never => {
    if (isPathError(error)) throw new UsageError(`cannot write to --out ${out}: ${error.message}`, { cause: error });
    throw error;
  };
  // Before generating, which takes a while at benchmark sizes.
  await ensureDirectory(out).catch(refused);
  const written = await writeTables(createMockDataset(options), out, format).catch(refused);
  ctx.stdout.write(`${JSON.stringify({ ...options, format, out, tables: written }, null, 2)}\n`);
  return 0;
}
