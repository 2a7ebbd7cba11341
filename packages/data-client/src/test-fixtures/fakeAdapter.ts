import type { AdapterRequest, BackendAdapter } from '../adapter.js';
import type { QueryName } from '../catalog/index.js';
import { queryNames } from '../catalog/index.js';
import type { AuditEntry } from '../domain.js';
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

function resolve({ viewer, userIds }: ScopeRequest): ResolvedScope {
  const all = Object.entries(members) as [MemberId, (typeof members)[MemberId]][];
  const inOrg = all.filter(([, m]) => m.org === viewer.orgId);
  const learnersOf = (teams: string[]) => inOrg.filter(([, m]) => m.role === 'learner' && m.team && teams.includes(m.team)).map(([id]) => id as string);
  const self = members[viewer.userId as MemberId];
  if (!self || self.org !== viewer.orgId || self.role !== viewer.role) throw new Error('not a member');
  const teams = [...new Set(inOrg.map(([, m]) => m.team).filter((t): t is NonNullable<typeof t> => t !== null))];
  const teamIds = viewer.role === 'admin' ? teams : self.team ? [self.team] : [];
  const userIdsInScope = viewer.role === 'admin' ? null : viewer.role === 'manager' ? [viewer.userId, ...learnersOf(teamIds)] : [viewer.userId];
  const peers = viewer.role === 'learner' ? learnersOf(teamIds) : userIdsInScope;
  const foreignUserIds = userIds.filter((u) => members[u as MemberId]?.org !== viewer.orgId);
  return { orgId: viewer.orgId, viewer, teamIds, userIds: userIdsInScope, peerUserIds: peers, foreignUserIds };
}

/** Options of the fake: canned answers per query, and failures to inject. */
export interface FakeAdapterOptions {
  answers?: Partial<Record<QueryName, (request: AdapterRequest) => unknown>>;
  supported?: readonly QueryName[];
  failAudit?: boolean;
  runError?: unknown;
}

/** A hand-driven BackendAdapter that records what reached it. */
export function createFakeAdapter(options: FakeAdapterOptions = {}) {
  const runs: AdapterRequest[] = [];
  const audits: AuditEntry[] = [];
  const events: string[] = [];
  const adapter: BackendAdapter = {
    name: 'fake',
    supportedQueries: options.supported ?? queryNames,
    async resolveScope(request) {
      return resolve(request);
    },
    async run(request, signal) {
      runs.push(request);
      events.push(`run:${request.name}`);
      if (options.runError) throw options.runError;
      if (signal?.aborted) throw signal.reason;
      const answer = options.answers?.[request.name];
      if (!answer) throw new Error(`no canned answer for ${request.name}`);
      return answer(request);
    },
    async writeAudit(entry) {
      events.push('audit');
      if (options.failAudit) throw new Error('audit table is read-only');
      audits.push(entry);
    },
  };
  return { adapter, runs, audits, events };
}
