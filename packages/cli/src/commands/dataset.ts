import { resolve } from 'node:path';
import { createMockDataset } from '@learnlens/mock';
import { choiceFlag, parseFlags, requiredFlag } from '../args.js';
import { commandHelp } from '../help.js';
import { ensureDirectory, isPathError } from '../io/outputPath.js';
import { tableFormats, writeTables } from '../io/writeTables.js';
import { generatorFlags, generatorOptions, seedFlag } from '../source.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

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
