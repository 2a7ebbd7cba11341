import type { MockDatasetOptions } from './dataset.types.js';
import { resolveDatasetOptions } from './datasetOptions.js';

// Measured on Node 20 (docs/mock.md): after generation the JS heap holds about 40 bytes per attempt (its id string;
// event, session and mastery ids are made when read and event payloads are 16-bit codes, so events add next to
// nothing), plus about 1 KB per user. The typed columns live outside the heap: about 400 bytes per attempt with
// events (~8 events, 0.6 sessions and 0.9 mastery deltas per attempt), about 90 without. Generation briefly holds
// the raw and the sorted columns together, hence the margins.
const HEAP_PER_ATTEMPT = { withEvents: 48, withoutEvents: 48 } as const;
const TYPED_PER_ATTEMPT = { withEvents: 400, withoutEvents: 90 } as const;
const HEAP_PER_USER = 1_024;
const GENERATION_MARGIN = 1.4;
const TYPED_GENERATION_MARGIN = 1.8;
const BASE_HEAP = 64 * 2 ** 20;

/** About how many attempts, how much JavaScript heap and how much memory in all `createMockDataset(options)` needs. */
export interface DatasetMemoryEstimate {
  attempts: number;
  heapBytes: number;
  /** Heap and typed columns together at the peak of generation (what the machine must have). */
  totalBytes: number;
}

/**
 * Estimates the size of a dataset before generating it, so that a caller (the CLI's `dataset` command) can refuse
 * with advice instead of running out of heap or memory. Without `targetAttempts` the volume follows from learners,
 * days and `attemptsPerLearnerWeek` (about four fifths of learners practise in an average week).
 */
export function estimateDatasetMemory(options: MockDatasetOptions): DatasetMemoryEstimate {
  const o = resolveDatasetOptions(options);
  const users = o.orgs * (o.learnersPerOrg + Math.ceil(o.learnersPerOrg / o.teamSize) + 1);
  const attempts = Math.round(o.targetAttempts ?? (o.orgs * o.learnersPerOrg * o.days * o.attemptsPerLearnerWeek * 0.8) / 7);
  const mix = o.withEvents ? 'withEvents' : 'withoutEvents';
  const heapBytes = Math.round(BASE_HEAP + (attempts * HEAP_PER_ATTEMPT[mix] + users * HEAP_PER_USER) * GENERATION_MARGIN);
  const totalBytes = Math.round(heapBytes + attempts * TYPED_PER_ATTEMPT[mix] * TYPED_GENERATION_MARGIN);
  return { attempts, heapBytes, totalBytes };
}

/** The `--max-old-space-size` value (MiB, rounded up to a whole GiB) that fits a heap of `heapBytes`. */
export function maxOldSpaceSizeFor(heapBytes: number): number {
  return Math.ceil(heapBytes / 0.85 / 2 ** 30) * 1024;
}
