import { resolve } from 'node:path';
import type { BackendAdapter } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, datasetFromRows, type MockDataset, type MockDatasetOptions } from '@learnlens/mock';
import { choiceFlag, intFlag, stringFlag, type FlagSpec, type FlagValues } from './args.js';
import { readTables } from './io/readTables.js';
import { UsageError } from './usageError.js';

/** The adapters `--adapter` accepts; the real backends come later. */
export const adapterNames = ['mock'] as const;

/** Flags of the dataset generator, shared by `dataset`, `query` and `export`. */
export const generatorFlags: FlagSpec = {
  seed: { type: 'string' },
  orgs: { type: 'string' },
  learners: { type: 'string' },
  days: { type: 'string' },
  'target-attempts': { type: 'string' },
};

/** Flags choosing where `query` and `export` read data from. */
export const sourceFlags: FlagSpec = {
  ...generatorFlags,
  adapter: { type: 'string' },
  data: { type: 'string' },
};

/** The seed used when neither --seed nor --data is given. */
export const DEFAULT_SEED = 1;

/** Generator options from --seed, --orgs, --learners, --days and --target-attempts. */
export function generatorOptions(values: FlagValues, seed: number): MockDatasetOptions {
  const options: MockDatasetOptions = { seed };
  const orgs = intFlag(values, 'orgs', 1, 1_000);
  const learners = intFlag(values, 'learners', 1, 1_000_000);
  const days = intFlag(values, 'days', 1, 3_650);
  const targetAttempts = intFlag(values, 'target-attempts', 1, 100_000_000);
  if (orgs !== undefined) options.orgs = orgs;
  if (learners !== undefined) options.learnersPerOrg = learners;
  if (days !== undefined) options.days = days;
  if (targetAttempts !== undefined) options.targetAttempts = targetAttempts;
  return options;
}

/** Reads --seed as a generator seed. */
export function seedFlag(values: FlagValues): number | undefined {
  return intFlag(values, 'seed', 0, 2 ** 32 - 1);
}

/** The dataset `query` and `export` run on: generated from --seed (default 1), or read from a --data directory. */
export async function loadDataset(values: FlagValues, cwd: string): Promise<MockDataset> {
  const data = stringFlag(values, 'data');
  if (data === undefined) return createMockDataset(generatorOptions(values, seedFlag(values) ?? DEFAULT_SEED));
  const clash = Object.keys(generatorFlags).find((name) => values[name] !== undefined);
  if (clash) throw new UsageError(`--${clash} generates a dataset and cannot be combined with --data, which reads one`);
  const rows = await readTables(resolve(cwd, data));
  try {
    return datasetFromRows(rows);
  } catch (error) {
    throw new UsageError(`--data ${data}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Checks --adapter before any data is loaded, so a typo fails fast. */
export function adapterFlag(values: FlagValues): (typeof adapterNames)[number] {
  return choiceFlag(values, 'adapter', adapterNames) ?? 'mock';
}

/** The backend for a command: only the mock adapter over `dataset` for now. */
export function openAdapter(dataset: MockDataset): BackendAdapter {
  return createMockAdapter({ dataset });
}
