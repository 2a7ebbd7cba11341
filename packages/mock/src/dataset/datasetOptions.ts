import type { MockDatasetOptions } from './dataset.types.js';

/** `MockDatasetOptions` with every default applied. */
export type ResolvedDatasetOptions = Required<Omit<MockDatasetOptions, 'targetAttempts'>> & { targetAttempts: number | undefined };

function count(name: string, value: number | undefined, fallback: number, min: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min) throw new RangeError(`createMockDataset: ${name} must be an integer >= ${min}, got ${v}`);
  return v;
}

function nonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`createMockDataset: ${name} must be a number >= 0, got ${value}`);
  return value;
}

/** Applies the defaults and refuses options that cannot be honoured, with a message naming the option. */
export function resolveDatasetOptions(options: MockDatasetOptions): ResolvedDatasetOptions {
  // No endDate: the history runs up to the end of today (UTC), so a first run's "this month" has data.
  const endDate = options.endDate ?? new Date(Math.floor(Date.now() / 86_400_000 + 1) * 86_400_000).toISOString().slice(0, 10);
  // A round trip, because Date.parse rolls "2026-02-30" over into March instead of refusing it.
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(endDate) ? Date.parse(`${endDate}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== endDate) {
    throw new RangeError(`createMockDataset: endDate must be a "YYYY-MM-DD" date, got "${endDate}"`);
  }
  if (!Number.isFinite(options.seed)) throw new RangeError(`createMockDataset: seed must be a finite number, got ${options.seed}`);
  return {
    seed: options.seed,
    orgs: count('orgs', options.orgs, 3, 1),
    learnersPerOrg: count('learnersPerOrg', options.learnersPerOrg, 60, 0),
    days: count('days', options.days, 120, 1),
    endDate,
    teamSize: count('teamSize', options.teamSize, 12, 1),
    activitiesPerOrg: count('activitiesPerOrg', options.activitiesPerOrg, 16, 1),
    attemptsPerLearnerWeek: nonNegative('attemptsPerLearnerWeek', options.attemptsPerLearnerWeek ?? 4),
    targetAttempts: options.targetAttempts === undefined ? undefined : nonNegative('targetAttempts', options.targetAttempts),
    withEvents: options.withEvents ?? true,
  };
}
