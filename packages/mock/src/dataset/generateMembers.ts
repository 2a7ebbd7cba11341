import type { Org, Team, User } from '@learnlens/data-client';
import type { OrgCalendar } from './calendar.js';
import { learnerProfile, type LearnerProfile } from './learnerProfiles.js';
import { emailFor, slug, teamName, uniquePersonName } from './names.js';
import type { OrgKind } from './orgKinds.js';
import type { Random } from './random.js';

// One org's people: 1–2 admins, one manager per team, and the learners split
// evenly across the teams.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The people of one org, and the hidden traits of its learners. */
export interface OrgMembers {
  teams: Team[];
  users: User[];
  learners: LearnerProfile[];
  /** The user row of each learner, in the order of `learners`. */
  learnerUsers: User[];
}

/** How many learners an org has, how they are split, and where its users start in the dataset. */
export interface MemberOptions {
  learners: number;
  teamSize: number;
  /** Index of the org's first user in the dataset's users. */
  firstUser: number;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** The org's display name and e-mail domain. */
export function orgIdentity(kind: OrgKind, orgIndex: number, kindCount: number): { name: string; domain: string } {
  const round = Math.floor(orgIndex / kindCount);
  const base = kind.orgNames[round % kind.orgNames.length]!;
  const name = round >= kind.orgNames.length ? `${base} ${Math.floor(round / kind.orgNames.length) + 1}` : base;
  return { name, domain: `${slug(name, '-')}.example` };
}

function planOf(rng: Random, engagement: number): User['plan'] {
  // Keener learners are likelier to pay for more.
  const r = 0.7 * rng.next() + 0.3 * Math.min(1, engagement / 2);
  return r < 0.35 ? 'free' : r < 0.62 ? 'starter' : r < 0.82 ? 'booster' : 'master';
}

/** Generates the teams, users and learner profiles of one org. */
export function generateMembers(
  rng: Random,
  org: Org,
  orgNumber: number,
  kind: OrgKind,
  domain: string,
  calendar: OrgCalendar,
  options: MemberOptions,
): OrgMembers {
  const learnerCount = options.learners;
  const teamCount = learnerCount > 0 ? Math.ceil(learnerCount / options.teamSize) : 0;
  const admins = rng.chance(0.5) ? 2 : 1;
  const names = new Set<string>();
  const emails = new Set<string>();
  const users: User[] = [];
  const width = Math.max(4, String(admins + teamCount + learnerCount).length);
  const addUser = (role: User['role'], teamId: string | null, plan: User['plan'], createdMs: number): User => {
    const n = users.length + 1;
    const user_id = `org-${orgNumber}-u-${String(n).padStart(width, '0')}`;
    const display_name = uniquePersonName(rng, names);
    const user: User = {
      user_id,
      org_id: org.org_id,
      team_id: teamId,
      role,
      display_name,
      email: emailFor(display_name, domain, `user${n}`, emails),
      plan,
      created_at: iso(createdMs),
      cohort_id: null,
      academic_year: null,
    };
    users.push(user);
    return user;
  };

  for (let i = 0; i < admins; i++) addUser('admin', null, 'master', calendar.startMs - rng.range(200, 500) * DAY_MS);
  const teams: Team[] = [];
  for (let t = 0; t < teamCount; t++) {
    const team_id = `org-${orgNumber}-team-${t + 1}`;
    const plan = rng.chance(0.6) ? 'master' : 'booster';
    const manager = addUser('manager', team_id, plan, calendar.startMs - rng.range(30, 200) * DAY_MS);
    teams.push({ team_id, org_id: org.org_id, name: teamName(kind.teamPrefix, t), manager_id: manager.user_id });
  }
  const learners: LearnerProfile[] = [];
  const learnerUsers: User[] = [];
  for (let j = 0; j < learnerCount; j++) {
    const profile = learnerProfile(rng, kind, calendar, options.firstUser + users.length, j);
    const team = teams[Math.floor((j * teamCount) / learnerCount)]!;
    // Accounts are created shortly before the first practice; never-active ones at some point in the window.
    let createdMs: number;
    if (profile.startDay >= calendar.dayCount) createdMs = calendar.startMs + rng.next() * (calendar.endMs - calendar.startMs);
    else {
      const firstMs = Math.max(calendar.dayStart[profile.startDay]!, calendar.startMs);
      createdMs = firstMs - rng.range(1, 72) * HOUR_MS - (profile.startDay === 0 ? rng.range(0, 60) * DAY_MS : 0);
    }
    learnerUsers.push(addUser('learner', team.team_id, planOf(rng, profile.engagement), createdMs));
    learners.push(profile);
  }
  return { teams, users, learners, learnerUsers };
}
