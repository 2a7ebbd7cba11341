import type { Org, Role, Team, User, Viewer } from '@learnlens/data-client';

/** An organization as the jobs see it: who it is and the time zone its calendar days are counted in. */
export interface DirectoryOrg {
  orgId: string;
  name: string;
  /** IANA time zone; "UTC" when the backend does not know. */
  timezone: string;
}

/** A member of an org: enough to act as them (a viewer) and to write to them. */
export interface DirectoryUser {
  userId: string;
  orgId: string;
  role: Role;
  displayName: string;
  email: string;
  /** The team a learner belongs to or a manager manages. */
  teamId: string | null;
  /** BCP 47 locale for their emails, when the backend records one. */
  locale?: string;
}

/**
 * Where jobs learn which orgs exist and who is in them. The query catalog answers for one viewer at a time, so a
 * job that runs for every org (the nightly export) or every manager (the digest) needs this list from the backend.
 */
export interface JobDirectory {
  /** Every org, ordered by id. */
  orgs(): Promise<DirectoryOrg[]>;
  /** The members of one org, ordered by id. */
  users(orgId: string): Promise<DirectoryUser[]>;
}

/** The rows a directory can be built from: the canonical orgs, users and (optionally) teams tables. */
export interface DirectoryTables {
  orgs: readonly Pick<Org, 'org_id' | 'name' | 'timezone'>[];
  users: readonly Pick<User, 'user_id' | 'org_id' | 'role' | 'display_name' | 'email' | 'team_id'>[];
  teams?: readonly Pick<Team, 'team_id' | 'manager_id'>[];
}

const byId = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** A directory over in-memory tables (the mock dataset, or rows a host read itself). */
export function directoryFromTables(tables: DirectoryTables): JobDirectory {
  const orgs = tables.orgs
    .map((o) => ({ orgId: o.org_id, name: o.name ?? o.org_id, timezone: o.timezone || 'UTC' }))
    .sort(byId((o) => o.orgId));
  const users = tables.users
    .map((u) => ({ userId: u.user_id, orgId: u.org_id, role: u.role, displayName: u.display_name, email: u.email, teamId: u.team_id }))
    .sort(byId((u) => u.userId));
  return {
    orgs: async () => orgs.map((o) => ({ ...o })),
    users: async (orgId) => users.filter((u) => u.orgId === orgId).map((u) => ({ ...u })),
  };
}

/** The viewer a job acts as in `orgId`: its first admin by id (exports need an admin's whole-org scope). */
export async function adminViewerOf(directory: JobDirectory, orgId: string): Promise<Viewer | null> {
  const admin = (await directory.users(orgId)).find((u) => u.role === 'admin');
  return admin ? { userId: admin.userId, role: 'admin', orgId } : null;
}
