// What each worker thread of `learnlens serve --adapter mock` imports: it builds the mock engine from the same flags
// the command was given, so the CPU-bound engine never runs on the server's request thread.
import type { BackendAdapter } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import type { FlagValues } from '../args.js';
import { loadDataset } from '../source.js';

/** The flags and working directory of the `serve` command, as the worker receives them. */
export interface MockWorkerOptions {
  values: FlagValues;
  cwd: string;
}

/** Builds the mock adapter inside a worker thread (the pool calls this export). */
export async function createAdapter(options: MockWorkerOptions): Promise<BackendAdapter> {
  return createMockAdapter({ dataset: await loadDataset(options.values, options.cwd) });
}

/** The module's URL, as `workers.module` wants it: the built file, or the source when run through tsx. */
export const mockWorkerModule = new URL(import.meta.url);
