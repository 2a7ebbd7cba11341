import type { LearnlensClient } from '../../packages/data-client/src/index.js';
import type { BackendName } from '../options.js';

/** A backend set up and loaded with the bench dataset. */
export interface BenchBackend {
  name: BackendName;
  /** What it is, for the report: "PostgreSQL 15.8, canonical mapping". */
  description: string;
  client: LearnlensClient;
  /** The client whose answers this one's must equal (default: the mock engine's). */
  reference?: LearnlensClient;
  /** How long each setup step took, in ms, in order: "start", "load"… */
  setupMs: Record<string, number>;
  /** Settings worth stating next to the numbers. */
  notes: string[];
  close(): Promise<void>;
}

/** A backend the bench could not run, and why. */
export interface SkippedBackend {
  name: BackendName;
  reason: string;
}

/** Times `fn` in ms. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}
