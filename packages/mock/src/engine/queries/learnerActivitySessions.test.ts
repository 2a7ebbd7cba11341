import { catalog, type AdapterRequest, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { createContext } from '../context.js';
import { resolveScope } from '../scope.js';
import { learnerActivitySummary } from './learnerActivitySummary.js';

// Several days of events per learner, many sessions over a local midnight in one zone or another.
const dataset = createMockDataset({ seed: 11, targetAttempts: 6_000 });
const org = dataset.orgs[0]!;
const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!.user_id, role: 'admin', orgId: org.org_id };
const team = dataset.teams.find((t) => t.org_id === org.org_id)!;
const manager: Viewer = { userId: team.manager_id, role: 'manager', orgId: org.org_id };

function answer(viewer: Viewer, input: Record<string, unknown>) {
  const params = catalog.learnerActivitySummary.params.parse({ limit: 100_000, ...input });
  const scope = resolveScope(dataset, { viewer, userIds: [], teamId: undefined });
  const ctx = createContext(dataset, { name: 'learnerActivitySummary', params, scope } as AdapterRequest, false);
  return { ctx, result: learnerActivitySummary(ctx, params) };
}

// The oracle: every event of the org in the window, one at a time, its local date from Intl (not the engine's clock).
function reference(ctx: ReturnType<typeof answer>['ctx'], zone: string): Map<string, number[]> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const { user, session, type, occurredAt } = dataset.events;
  const range = dataset.ranges.events[ctx.org]!;
  const out = new Map<string, { n: number[]; sessions: Set<number> }>();
  for (let i = range.start; i < range.end; i++) {
    const at = occurredAt[i]!;
    if (at < ctx.fromMs || at >= ctx.toMs) continue;
    const u = user[i]!;
    if (ctx.userMask !== null && ctx.userMask[u] !== 1) continue;
    const key = `${dataset.users[u]!.user_id} ${date.format(at)}`;
    let o = out.get(key);
    if (o === undefined) out.set(key, (o = { n: [0, 0, 0, 0], sessions: new Set() }));
    o.n[0]!++;
    if (session[i]! >= 0) o.sessions.add(session[i]!);
    const t = dataset.eventTypes[type[i]!];
    if (t === 'lesson_complete') o.n[2]!++;
    if (t === 'assessment_complete') o.n[3]!++;
  }
  return new Map([...out].map(([k, o]) => [k, [o.n[0]!, o.sessions.size, o.n[2]!, o.n[3]!]]));
}

describe('learnerActivitySummary by session totals', () => {
  const zones = ['UTC', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Sao_Paulo'];
  for (const zone of zones) {
    it(`should count every learner day like a plain scan of the events in ${zone}`, () => {
      for (const [viewer, input] of [
        [admin, { timezone: zone }],
        [manager, { timezone: zone }],
        // A window that cuts sessions in two at both ends.
        [admin, { timezone: zone, from: '2026-03-07', to: '2026-04-09' }],
      ] as const) {
        const { ctx, result } = answer(viewer, input);
        const expected = reference(ctx, zone);
        const got = new Map(
          result.rows.map((r) => [`${r.learnerId} ${r.activityDate}`, [r.dailyEvents, r.sessions, r.lessonsCompleted, r.assessmentsCompleted]]),
        );
        expect(result.total).toBe(expected.size);
        expect(got).toEqual(expected);
      }
    });
  }
});
