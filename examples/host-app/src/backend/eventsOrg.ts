import type { Activity, Org } from '@learnlens/data-client';

/** The org whose learners take lessons and assessments (the `eventsAdmin` persona's): its data are seed 001's events. */
export function eventsOrgOf(dataset: { orgs: readonly Pick<Org, 'org_id'>[]; activities: readonly Pick<Activity, 'org_id' | 'kind'>[] }): string | undefined {
  return dataset.orgs.find((o) => dataset.activities.some((a) => a.org_id === o.org_id && (a.kind === 'lesson' || a.kind === 'assessment')))?.org_id;
}
