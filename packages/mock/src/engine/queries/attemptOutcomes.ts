import type { MockDataset } from '../../dataset/dataset.types.js';
import { datasetIndex } from '../datasetIndex.js';

/** Bits of `AttemptOutcomes.bits`: what scoreTrend counts of an attempt. */
export const SCORED = 1;
export const ENDED = 2;
/** Ended, of a 0/1-scored (binary) activity: seed 003's submitted answer. */
export const SUBMITTED = 4;
/** Submitted and scored 1. */
export const CORRECT = 8;

/**
 * Per attempt row (the attempts table's order), what scoreTrend counts of it, so that its scan adds bits and scores
 * with no branch per row: whether an attempt is graded, ended or correct is close to random from row to row, and a
 * mispredicted branch apiece cost more than the rest of the scan.
 */
export interface AttemptOutcomes {
  /** SCORED | ENDED | SUBMITTED | CORRECT of each row. */
  bits: Uint8Array;
  /** The score of each row, 0 when ungraded (adding +0 leaves a sum of non-negative scores bit for bit as it was). */
  gradedScore: Float64Array;
}

const built = new WeakMap<MockDataset, AttemptOutcomes>();

/** The dataset's `AttemptOutcomes`, built on first use (one pass over the attempts; datasets are never changed). */
export function attemptOutcomes(dataset: MockDataset): AttemptOutcomes {
  let outcomes = built.get(dataset);
  if (outcomes !== undefined) return outcomes;
  const { length, activity, score, endedAt } = dataset.attempts;
  const binary = datasetIndex(dataset).binaryActivity;
  const bits = new Uint8Array(length);
  const gradedScore = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const s = score[i]!;
    const ended = endedAt[i] === endedAt[i];
    const submitted = ended && binary[activity[i]!] === 1;
    bits[i] = (s === s ? SCORED : 0) | (ended ? ENDED : 0) | (submitted ? SUBMITTED : 0) | (submitted && s === 1 ? CORRECT : 0);
    gradedScore[i] = s === s ? s : 0;
  }
  built.set(dataset, (outcomes = { bits, gradedScore }));
  return outcomes;
}
