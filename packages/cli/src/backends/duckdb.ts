import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { choiceFlag, stringFlag, type FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';
import { openedWith, type BackendPlan } from './backend.js';

const dataFormats = ['parquet', 'csv'] as const;
type DataFormat = (typeof dataFormats)[number];

// Parquet first: when a directory holds both, the typed files are the faster and safer read.
function detectFormat(dir: string): DataFormat {
  const found = dataFormats.find((format) => existsSync(join(dir, `attempts.${format}`)));
  if (found === undefined) {
    throw new UsageError(`--data ${dir} holds neither attempts.parquet nor attempts.csv (write them with learnlens dataset --format parquet)`);
  }
  return found;
}

/** `--adapter duckdb --data DIR [--data-format parquet|csv]`: DuckDB in memory over the files `learnlens dataset` wrote. */
export function planDuckDb(values: FlagValues, ctx: CommandContext): BackendPlan {
  const data = stringFlag(values, 'data');
  if (data === undefined) throw new UsageError('--adapter duckdb needs --data DIR, a directory learnlens dataset wrote');
  const dir = resolve(ctx.cwd, data);
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // Reported below, as for a file.
  }
  if (!isDirectory) throw new UsageError(`--data ${dir} is not a readable directory`);
  const format = choiceFlag(values, 'data-format', dataFormats) ?? detectFormat(dir);
  return {
    name: 'duckdb',
    async open() {
      // Loaded only when chosen: the native DuckDB binding is heavy.
      const { createDuckDbAdapter, tableFile, tableNames, tableSpecs } = await import('@learnlens/adapter-duckdb');
      for (const table of tableNames) {
        const file = tableFile(dir, table, format);
        if (!tableSpecs[table].optional && !existsSync(file)) {
          throw new UsageError(`cannot read ${file}: no such file (write one with learnlens dataset --format ${format})`);
        }
      }
      let adapter: Awaited<ReturnType<typeof createDuckDbAdapter>>;
      try {
        adapter = await createDuckDbAdapter({ dir, format });
      } catch (error) {
        // The files are what the person pointed us at: a file DuckDB cannot read is bad input, not a crash.
        throw new UsageError(`--data ${dir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      return openedWith(adapter, () => adapter.close());
    },
  };
}
