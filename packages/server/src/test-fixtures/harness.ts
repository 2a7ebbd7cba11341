import type { BackendAdapter, Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockAdapter, type MockDataset } from '@learnlens/mock';
import { SignJWT, type JWTPayload } from 'jose';
import { startLearnlensServer, type LearnlensServer, type LearnlensServerOptions } from '../index.js';

/** A small two-org dataset shared by the server tests. */
export const dataset: MockDataset = createMockDataset({ endDate: '2026-11-01', seed: 7, orgs: 2, learnersPerOrg: 14, teamSize: 7, days: 40 });

/** The HS256 secret the test servers accept. */
export const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';
/** The audience the test servers require. */
export const AUDIENCE = 'learnlens-test';
/** A fixed `now`, inside the dataset. */
export const NOW = '2026-10-29T12:00:00.000Z';

const userOf = (orgId: string, role: string) => dataset.users.find((u) => u.org_id === orgId && u.role === role && (role !== 'learner' || u.team_id))!;
const [org1, org2] = dataset.orgs.map((o) => o.org_id) as [string, string];

/** Viewers that exist in the dataset. */
export const viewers = {
  admin: { userId: userOf(org1, 'admin').user_id, role: 'admin', orgId: org1 } satisfies Viewer,
  manager: { userId: userOf(org1, 'manager').user_id, role: 'manager', orgId: org1 } satisfies Viewer,
  learner: { userId: userOf(org1, 'learner').user_id, role: 'learner', orgId: org1 } satisfies Viewer,
  otherAdmin: { userId: userOf(org2, 'admin').user_id, role: 'admin', orgId: org2 } satisfies Viewer,
};

/** The claims a host's backend would sign for a viewer. */
export function claimsOf(viewer: Viewer): JWTPayload {
  return { sub: viewer.userId, role: viewer.role, org_id: viewer.orgId };
}

/** An HS256 token for `viewer` signed with SECRET, valid for 5 minutes unless `edit` changes it. */
export function hsToken(viewer: Viewer, edit: (jwt: SignJWT) => SignJWT = (j) => j): Promise<string> {
  const jwt = new SignJWT(claimsOf(viewer)).setProtectedHeader({ alg: 'HS256' }).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('5m');
  return edit(jwt).sign(new TextEncoder().encode(SECRET));
}

/** Starts a server over `adapter` (default: a fresh mock adapter, unless `workers` are given) on a loopback port. */
export async function startTestServer(
  overrides: Partial<LearnlensServerOptions> & { adapter?: BackendAdapter } = {},
): Promise<LearnlensServer & { adapter: BackendAdapter }> {
  const adapter = overrides.adapter ?? (overrides.workers ? undefined : createMockAdapter({ dataset }));
  const server = await startLearnlensServer({
    auth: { secret: SECRET, audience: AUDIENCE },
    privacy: { pseudonymSalt: 'server-side-secret-salt' },
    onError: () => {},
    ...overrides,
    adapter,
  });
  // With workers the adapter lives in the worker threads: `adapter` is then undefined.
  return Object.assign(server, { adapter: adapter as BackendAdapter });
}

/** A fresh mock adapter over the shared dataset. */
export function mockAdapter(options: { failureRate?: number; failAuditWrites?: boolean; dataset?: MockDataset } = {}): MockAdapter {
  return createMockAdapter({ dataset: options.dataset ?? dataset, ...options });
}

/** POSTs JSON with an optional bearer token. */
export function post(url: string, body: unknown, token?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
