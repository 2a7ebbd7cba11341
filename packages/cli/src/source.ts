import { resolve } from 'node:path';
import { createMockDataset, datasetFromRows, type MockDataset, type MockDatasetOptions } from '@learnlens/mock';
import { intFlag, stringFlag, type FlagSpec, type FlagValues } from './args.js';
import { readTables } from './io/readTables.js';
import { UsageError } from './usageError.js';

/** Flags of the dataset generator, shared by `dataset`, `query`, `export` and `serve`. */
export const generatorFlags: FlagSpec = {
  seed: { type: 'string' },
  orgs: { type: 'string' },
  learners: { type: 'string' },
  days: { type: 'string' },
  'target-attempts': { type: 'string' },
  'end-date': { type: 'string' },
};

/** The seed used when neither --seed nor --data is given. */
export const DEFAULT_SEED = 1;

/**
 * The day the CLI's generated history ends (exclusive) without --end-date. The library's default is today;
 * the CLI keeps a fixed day so its files and answers are the same on every run (scripts, docs, CI).
 */
export const DEFAULT_END_DATE = '2026-11-01';

/** Generator options from --seed, --orgs, --learners, --days, --target-attempts and --end-date. */
export function generatorOptions(values: FlagValues, seed: number): MockDatasetOptions {
  const endDate = stringFlag(values, 'end-date') ?? DEFAULT_END_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate)) throw new UsageError(`--end-date must be a YYYY-MM-DD date, got "${endDate}"`);
  const options: MockDatasetOptions = { seed, endDate };
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

/** Checks the mock adapter's flags without loading anything: numbers in range, --data not mixed with the generator's. */
export function checkMockFlags(values: FlagValues): void {
  if (stringFlag(values, 'data') === undefined) {
    generatorOptions(values, seedFlag(values) ?? DEFAULT_SEED);
    return;
  }
  const clash = Object.keys(generatorFlags).find((name) => values[name] !== undefined);
  if (clash) throw new UsageError(`--${clash} generates a dataset and cannot be combined with --data, which reads one`);
}

/** The dataset the mock adapter runs on: generated from --seed (default 1), or read from a --data directory. */
export async function loadDataset(values: FlagValues, cwd: string): Promise<MockDataset> {
  checkMockFlags(values);
  const data = stringFlag(values, 'data');
  if (data === undefined) return createMockDataset(generatorOptions(values, seedFlag(values) ?? DEFAULT_SEED));
  const rows = await readTables(resolve(cwd, data));
  try {
    return datasetFromRows(rows);
  } catch (error) {
    throw new UsageError(`--data ${data}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
