import type { Activity, Org } from '@learnlens/data-client';

/** The org whose learners take lessons and assessments (the `eventsAdmin` persona's): its data are seed 001's events. */
export function eventsOrgOf(dataset: { orgs: readonly Pick<Org, 'org_id'>[]; activities: readonly Pick<Activity, 'org_id' | 'kind'>[] }): string | undefined {
  return dataset.orgs.find((o) => dataset.activities.some((a) => a.org_id === o.org_id && (a.kind === 'lesson' || a.kind === 'assessment')))?.org_id;
}

/**
 * The largest \`targetAttempts\` whose events org the demo's server sends through the event pipeline (the 100k size).
 * At 1M the org holds about 450,000 events: the pipeline itself takes about ten times the 100k run's few CPU seconds,
 * but its answer (the org's canonical tables as JSON, about 260 MB) would have to be parsed and held by the page's
 * worker beside the dataset it generates itself; that size keeps the generator's events (docs/pipeline.md).
 */
export const EVENTS_ORG_MAX_ATTEMPTS = 100_000;
