import type { Activity, Org } from '@learnlens/data-client';

/** The org whose learners take lessons and assessments (the `eventsAdmin` persona's): its data are seed 001's events. */
export function eventsOrgOf(dataset: { orgs: readonly Pick<Org, 'org_id'>[]; activities: readonly Pick<Activity, 'org_id' | 'kind'>[] }): string | undefined {
  return dataset.orgs.find((o) => dataset.activities.some((a) => a.org_id === o.org_id && (a.kind === 'lesson' || a.kind === 'assessment')))?.org_id;
}

/**
 * The largest `targetAttempts` whose events org the demo's server sends through the event pipeline: the demo's largest
 * size (1M), whose org holds about 415,000 events. Larger ones are refused, so a hand-written URL cannot make the
 * server generate an arbitrarily large dataset.
 */
export const EVENTS_ORG_MAX_ATTEMPTS = 1_000_000;
