// The events org's dataset in the page's worker: the pipeline's tables from the server beside the org's other tables
// from the worker's own generated dataset. Kept apart from eventsOrg.ts, which the Vite config loads.
import type { TableName } from '@learnlens/data-client';
import { tableRows, type DatasetRows, type MockDataset } from '@learnlens/mock';
import type { PipelineTable } from './eventsOrgWire.js';

/**
 * The events org's tables for its own adapter: the transformed `events`, `sessions` and `mastery_deltas` the pipeline
 * answered, and every other table's rows of that org from the page's own generated dataset (the server generated the
 * same ones from the same options, so they are not sent).
 */
export function eventsOrgRows(dataset: MockDataset, orgId: string, transformed: Required<Pick<DatasetRows, PipelineTable>>): DatasetRows {
  const own = <T extends TableName>(table: T) => [...tableRows(dataset, table)].filter((r) => (r as { org_id?: unknown }).org_id === orgId);
  return {
    orgs: own('orgs'),
    teams: own('teams'),
    users: own('users'),
    activities: own('activities'),
    assignments: own('assignments'),
    assignment_assignees: own('assignment_assignees'),
    attempts: own('attempts'),
    question_flags: own('question_flags'),
    tutoring_sessions: own('tutoring_sessions'),
    ai_usage_log: own('ai_usage_log'),
    spaced_repetition: own('spaced_repetition'),
    ...transformed,
  } as unknown as DatasetRows;
}
