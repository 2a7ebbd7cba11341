import type { Activity, Attempt, MasteryDelta, Org, QueryRequest, User, Viewer } from '@learnlens/data-client';
import { createMockAdapter, datasetFromRows, type DatasetRows, type MockAdapter } from '@learnlens/mock';

// A tiny dataset whose chart numbers can be checked by hand. Org A: an admin and four learners; org B: one
// learner whose rows must never show up. Attempts fall in May 2026; 2026-05-04 is a Monday.

const org = (org_id: string): Org => ({ org_id, name: `Org ${org_id}`, timezone: 'UTC', score_scale: 'percent' });
const user = (user_id: string, org_id: string, role: User['role']): User => ({
  user_id,
  org_id,
  team_id: role === 'learner' ? `${org_id}-team` : null,
  role,
  display_name: `Name ${user_id}`,
  email: `${user_id}@example.test`,
  plan: 'starter',
  created_at: '2026-01-01T00:00:00.000Z',
});
const activity = (activity_id: string, org_id: string, title: string): Activity => ({
  activity_id,
  org_id,
  title,
  kind: 'scenario',
  difficulty: 'medium',
  category: 'sales',
  score_scale: 'percent',
});

let seq = 0;
function attempt(user_id: string, activity_id: string, started_at: string, score: number | null, org_id = 'org-a'): Attempt {
  seq += 1;
  return {
    attempt_id: `att-${seq}`,
    org_id,
    user_id,
    activity_id,
    score,
    duration_seconds: 300,
    talk_ms: null,
    listen_ms: null,
    started_at,
    ended_at: new Date(Date.parse(started_at) + 300_000).toISOString(),
    goal_band: null,
    task1_band: null,
    task2_band: null,
  };
}

function delta(user_id: string, content_id: string, occurred_at: string, previous: number, current: number, confidence: number): MasteryDelta {
  seq += 1;
  return {
    delta_id: `md-${seq}`,
    org_id: 'org-a',
    user_id,
    content_id,
    content_type: 'lesson',
    previous_mastery: previous,
    current_mastery: current,
    mastery_delta: current - previous,
    confidence_score: confidence,
    evidence_count: 3,
    session_id: `s-${seq}`,
    occurred_at,
  };
}

/** The admin of org A, who sees every row of the org. */
export const adminViewer: Viewer = { userId: 'adm-a', role: 'admin', orgId: 'org-a' };

/** The rows of the chart dataset. */
export function chartRows(): DatasetRows {
  seq = 0;
  const steady = [70, 72, 68, 71, 69, 70];
  const wild = [20, 95, 40, 90, 30, 85];
  const learners = ['l-1', 'l-2', 'l-3', 'l-4'];
  const attempts: Attempt[] = [
    // Monday 2026-05-04 09:30 UTC: 18:30 in Tokyo, 05:30 in New York.
    attempt('l-1', 'act-steady', '2026-05-04T09:30:00.000Z', steady[0]!),
    ...steady.slice(1).map((s, i) => attempt(learners[i % 4]!, 'act-steady', `2026-05-${String(5 + i).padStart(2, '0')}T10:00:00.000Z`, s)),
    ...wild.map((s, i) => attempt(learners[(i + 1) % 4]!, 'act-wild', `2026-05-${String(12 + i).padStart(2, '0')}T14:00:00.000Z`, s)),
    attempt('l-2', 'act-few', '2026-05-20T08:00:00.000Z', 10),
    attempt('l-3', 'act-few', '2026-05-20T09:00:00.000Z', 90),
    attempt('l-4', 'act-steady', '2026-05-20T09:15:00.000Z', null),
    attempt('l-b', 'act-b', '2026-05-04T09:45:00.000Z', 50, 'org-b'),
  ];
  const mastery: MasteryDelta[] = [];
  const weeks = ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25'];
  weeks.forEach((monday, w) => {
    learners.forEach((l, i) => {
      const base = 0.3 + w * 0.12 + i * 0.03;
      mastery.push(delta(l, 'act-steady', `${monday}T12:00:00.000Z`, base - 0.05, base, 0.7));
      if (w > 0) mastery.push(delta(l, 'act-wild', `${monday}T15:00:00.000Z`, base - 0.2, Math.min(1, base + 0.1 * (i - 1.5)), 0.5));
    });
  });
  return {
    orgs: [org('org-a'), org('org-b')],
    teams: [
      { team_id: 'org-a-team', org_id: 'org-a', name: 'Team A', manager_id: 'adm-a' },
      { team_id: 'org-b-team', org_id: 'org-b', name: 'Team B', manager_id: 'adm-b' },
    ],
    users: [
      user('adm-a', 'org-a', 'admin'),
      ...learners.map((l) => user(l, 'org-a', 'learner')),
      user('adm-b', 'org-b', 'admin'),
      user('l-b', 'org-b', 'learner'),
    ],
    activities: [
      activity('act-steady', 'org-a', 'Steady drill'),
      activity('act-wild', 'org-a', 'Wild scenario'),
      activity('act-few', 'org-a', 'Rare quiz'),
      activity('act-b', 'org-b', 'Other org drill'),
    ],
    attempts,
    mastery_deltas: mastery,
  };
}

/** A mock adapter over the chart dataset that records every request it runs. */
export function recordingAdapter(options: { failureRate?: number; rows?: DatasetRows } = {}): MockAdapter & { requests: QueryRequest[] } {
  const adapter = createMockAdapter({ dataset: datasetFromRows(options.rows ?? chartRows()), failureRate: options.failureRate ?? 0 });
  const requests: QueryRequest[] = [];
  const run = adapter.run.bind(adapter);
  return Object.assign(adapter, {
    requests,
    run: (request: QueryRequest, signal?: AbortSignal) => {
      requests.push(request);
      return run(request, signal);
    },
  });
}
