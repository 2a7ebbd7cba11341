import type { MockDatasetOptions } from './dataset.types.js';
import { resolveDatasetOptions } from './datasetOptions.js';

// Measured on Node 20 (docs/mock.md): after generation the JS heap holds about 510 bytes per attempt with events,
// sessions and mastery deltas (their ids and JSON payloads are strings; a voice call has about 17 KPI events, so
// events are ~8 per attempt in the default org mix), about 70 without, plus about 1 KB per user; the typed columns
// live outside the heap. Generation briefly holds the raw and the sorted tables together, hence the margin.
const HEAP_PER_ATTEMPT = { withEvents: 520, withoutEvents: 75 } as const;
const HEAP_PER_USER = 1_024;
const GENERATION_MARGIN = 1.4;
const BASE_HEAP = 64 * 2 ** 20;

/** About how many attempts, and how much JavaScript heap, `createMockDataset(options)` needs. */
export interface DatasetMemoryEstimate {
  attempts: number;
  heapBytes: number;
}

/**
 * Estimates the size of a dataset before generating it, so that a caller (the CLI's `dataset` command) can refuse
 * with advice instead of running out of heap. Without `targetAttempts` the volume follows from learners, days and
 * `attemptsPerLearnerWeek` (about four fifths of learners practise in an average week).
 */
export function estimateDatasetMemory(options: MockDatasetOptions): DatasetMemoryEstimate {
  const o = resolveDatasetOptions(options);
  const users = o.orgs * (o.learnersPerOrg + Math.ceil(o.learnersPerOrg / o.teamSize) + 1);
  const attempts = Math.round(o.targetAttempts ?? (o.orgs * o.learnersPerOrg * o.days * o.attemptsPerLearnerWeek * 0.8) / 7);
  const perAttempt = o.withEvents ? HEAP_PER_ATTEMPT.withEvents : HEAP_PER_ATTEMPT.withoutEvents;
  return { attempts, heapBytes: Math.round(BASE_HEAP + (attempts * perAttempt + users * HEAP_PER_USER) * GENERATION_MARGIN) };
}

/** The `--max-old-space-size` value (MiB, rounded up to a whole GiB) that fits a heap of `heapBytes`. */
export function maxOldSpaceSizeFor(heapBytes: number): number {
  return Math.ceil(heapBytes / 0.85 / 2 ** 30) * 1024;
}
