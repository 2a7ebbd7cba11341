import type { Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockAdapter, type MockDataset } from '@learnlens/mock';

/** The last instant of the generated history (it ends on 2026-11-01). */
export const TUTORING_NOW = '2026-10-31T23:59:59.000Z';

let cached: MockDataset | undefined;

/** A small generated dataset whose third org is a tutoring org (correct/incorrect answers, seed 003). */
export function tutoringDataset(): MockDataset {
  cached ??= createMockDataset({ endDate: '2026-11-01', seed: 7, orgs: 3, learnersPerOrg: 18, days: 60, teamSize: 9 });
  return cached;
}

/** A mock adapter over the tutoring dataset. */
export function tutoringAdapter(options: Partial<Parameters<typeof createMockAdapter>[0]> = {}): MockAdapter {
  return createMockAdapter({ dataset: tutoringDataset(), ...options });
}

/** A viewer of the tutoring org: its admin, its first tutor (a manager), or that tutor's first student. */
export function tutoringViewer(role: 'admin' | 'manager' | 'learner'): Viewer {
  const dataset = tutoringDataset();
  const org = dataset.orgs.find((o) => o.score_scale === 'binary');
  if (!org) throw new Error('the tutoring fixture has no tutoring org');
  const tutor = dataset.users.find((u) => u.org_id === org.org_id && u.role === 'manager')!;
  const user =
    role === 'manager'
      ? tutor
      : role === 'learner'
        ? dataset.users.find((u) => u.org_id === org.org_id && u.role === 'learner' && u.team_id === tutor.team_id)!
        : dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!;
  return { userId: user.user_id, role: user.role, orgId: org.org_id };
}
