import type { AdapterRequest, BackendAdapter } from '../adapter.js';
import { answerInScope } from '../answerInScope.js';
import type { QueryName } from '../catalog/index.js';
import { queryNames } from '../catalog/index.js';
import type { AuditEntry } from '../domain.js';
import { scopeFromMembers } from '../scopeFromMembers.js';
import type { ResolvedScope, ScopeRequest } from '../viewer.js';

/** A tiny in-test org: admin a1, manager m1 of team t1 (learners l1, l2), manager m2 of t2 (l3); org B has admin b1 and learner bl1. */
export const members = {
  a1: { org: 'A', role: 'admin', team: null },
  m1: { org: 'A', role: 'manager', team: 't1' },
  m2: { org: 'A', role: 'manager', team: 't2' },
  l1: { org: 'A', role: 'learner', team: 't1' },
  l2: { org: 'A', role: 'learner', team: 't1' },
  l3: { org: 'A', role: 'learner', team: 't2' },
  b1: { org: 'B', role: 'admin', team: null },
  bl1: { org: 'B', role: 'learner', team: 'tb' },
} as const;

type MemberId = keyof typeof members;

/** The fake's scope resolution: its members table through the shared rules, as a real backend would. */
export function resolveFake(request: ScopeRequest): ResolvedScope {
  const { viewer } = request;
  const all = Object.entries(members) as [MemberId, (typeof members)[MemberId]][];
  const inOrg = all.filter(([, m]) => m.org === viewer.orgId);
  const teams = [...new Set(inOrg.map(([, m]) => m.team).filter((t): t is NonNullable<typeof t> => t !== null))].map((teamId) => ({
    teamId,
    managerId: inOrg.find(([, m]) => m.role === 'manager' && m.team === teamId)?.[0] ?? '',
  }));
  return scopeFromMembers(request, {
    exists: inOrg.length > 0,
    teams,
    members: inOrg.map(([userId, m]) => ({ userId, teamId: m.team, role: m.role })),
  });
}

/** Options of the fake: canned answers per query, and failures to inject. */
export interface FakeAdapterOptions {
  answers?: Partial<Record<QueryName, (request: AdapterRequest) => unknown>>;
  supported?: readonly QueryName[];
  failAudit?: boolean;
  runError?: unknown;
  /** Replaces the scope the fake answers under (a broken or lying backend). */
  scope?: (resolved: ResolvedScope) => unknown;
}

/** A hand-driven BackendAdapter that records what reached it. */
export function createFakeAdapter(options: FakeAdapterOptions = {}) {
  const runs: AdapterRequest[] = [];
  const audits: AuditEntry[] = [];
  const events: string[] = [];
  const adapter: BackendAdapter = {
    name: 'fake',
    supportedQueries: options.supported ?? queryNames,
    async run(request, signal) {
      events.push(`run:${request.name}`);
      if (options.runError) throw options.runError;
      if (signal?.aborted) throw signal.reason;
      const answered = await answerInScope(request, resolveFake, (scoped) => {
        runs.push(scoped);
        const answer = options.answers?.[scoped.name];
        if (!answer) throw new Error(`no canned answer for ${scoped.name}`);
        return answer(scoped);
      });
      return options.scope ? { ...answered, scope: options.scope(answered.scope) as ResolvedScope } : answered;
    },
    async writeAudit(entry) {
      events.push('audit');
      if (options.failAudit) throw new Error('audit table is read-only');
      audits.push(entry);
    },
  };
  return { adapter, runs, audits, events };
}
