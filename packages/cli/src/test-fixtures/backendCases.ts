import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, queryNames, type QueryName, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { expect } from 'vitest';
import { run } from './runCliForTest.js';
import { differences } from './sameAnswer.js';
import { viewerOf } from './viewers.js';

/** The generator options every backend test loads, as flags of `learnlens dataset`. */
export const seedFlags = ['--seed', '11', '--orgs', '2', '--learners', '10', '--days', '30'];
/** The same dataset, in memory. */
export const dataset = createMockDataset({ endDate: '2026-11-01', seed: 11, orgs: 2, learnersPerOrg: 10, days: 30 });
/** A fixed `now` at the end of the dataset's history, so relative windows are reproducible. */
export const now = `${dataset.meta.endDate}T00:00:00.000Z`;

/** One query to compare across backends. */
export interface BackendCase {
  name: QueryName;
  viewer: Viewer;
  params: Record<string, unknown>;
}

function paramsFor(name: QueryName): Record<string, unknown> {
  if (name === 'eventFrequency') return { now, eventType: dataset.eventTypes[0] ?? 'filler_word' };
  if (name === 'leaderboard') return { now, period: 'range', from: '2000-01-01', to: '2100-01-01' };
  if (name === 'scoreTrend') return { now, bucket: 'week', timezone: 'Europe/Berlin' };
  // The second org's first activity: the cases run as that org's admin.
  if (name === 'activityDetail') return { now, activityId: dataset.activities.find((a) => a.org_id === dataset.orgs[1]!.org_id)!.activity_id };
  return { now };
}

/** Every catalog query for an admin of the second org, plus the ones managers and learners see differently. */
export function backendCases(): BackendCase[] {
  const admin = viewerOf(dataset, 'admin', 1);
  const manager = viewerOf(dataset, 'manager', 1);
  const learner = viewerOf(dataset, 'learner', 1);
  const c = (name: QueryName, viewer: Viewer): BackendCase => ({ name, viewer, params: paramsFor(name) });
  return [
    ...queryNames.map((name) => c(name, admin)),
    c('leaderboard', manager),
    c('recentAttempts', manager),
    c('masteryTrend', manager),
    c('leaderboard', learner),
    c('personalStats', learner),
    c('orgOverview', learner),
  ];
}

const mock = createClient({ adapter: createMockAdapter({ dataset }) });

/** Options of `expectMockAnswers`. */
export interface AnswerOptions {
  /** The environment of the run for a viewer (default: empty). */
  env?: (viewer: Viewer) => Record<string, string>;
  /** The cases to run (default: `backendCases()`). */
  cases?: readonly BackendCase[];
}

/** Runs each case through `learnlens query` with `backend` flags and expects the mock engine's answer. */
export async function expectMockAnswers(backend: readonly string[], options: AnswerOptions = {}): Promise<void> {
  for (const { name, viewer, params } of options.cases ?? backendCases()) {
    const expected = JSON.parse(JSON.stringify(await mock.query(name, params as never, { viewer })));
    const env = options.env?.(viewer) ?? {};
    const result = await run(['query', name, '--viewer', JSON.stringify(viewer), '--params', JSON.stringify(params), ...backend], { env });
    const label = `${viewer.role} ${name}`;
    expect(result.code, `${label}: ${result.stderr}`).toBe(0);
    expect(differences(JSON.parse(result.stdout), expected), label).toEqual([]);
  }
}

/** Exports the second org's attempts as CSV with `backend` flags and expects the mock's file, byte for byte. */
export async function expectMockExport(backend: readonly string[], dir: string, env: Record<string, string> = {}): Promise<void> {
  const viewer = viewerOf(dataset, 'admin', 1);
  const args = (out: string) => ['export', '--format', 'csv', '--out', out, '--viewer', JSON.stringify(viewer), '--params', JSON.stringify({ now })];
  const fromMock = await run([...args(join(dir, 'mock.csv')), ...seedFlags]);
  expect(fromMock.code, fromMock.stderr).toBe(0);
  const fromBackend = await run([...args(join(dir, 'backend.csv')), ...backend], { env });
  expect(fromBackend.code, fromBackend.stderr).toBe(0);
  const audit = JSON.parse(fromBackend.stdout) as { row_count: number; org_id: string; format: string };
  expect(audit).toMatchObject({ row_count: JSON.parse(fromMock.stdout).row_count, org_id: viewer.orgId, format: 'csv' });
  expect(await readFile(join(dir, 'backend.csv'), 'utf8')).toBe(await readFile(join(dir, 'mock.csv'), 'utf8'));
}
