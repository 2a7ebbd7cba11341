import type { Assignment } from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { compareText } from './compare.js';

/** One assignment with its dates parsed and its assignees as user indexes (members of its org), in table order. */
export interface IndexedAssignment {
  assignment: Assignment;
  /** Activity index, or -1 when the activity is unknown. */
  activity: number;
  assignedMs: number;
  dueMs: number;
  /** assigned_at and due_at as the result gives them (ISO 8601 in UTC), built once rather than per query. */
  assignedIso: string;
  dueIso: string;
  /** Places of assignment_id and of title among the org's assignments in code-point order (equal titles share one). */
  idPlace: number;
  titlePlace: number;
  assignees: Int32Array;
}

/** Lookups built once per dataset (on first use) so that no query pays for them in proportion to every user. */
export interface DatasetIndex {
  /** user_id of each user index. */
  userIds: readonly string[];
  /**
   * display_name of each user index. A query that lists thousands of users (the leaderboard) reads names from these
   * two arrays rather than from each user's row object, which is a cache miss apiece at tens of thousands of users.
   */
  displayNames: readonly string[];
  /** Number of users of each org index. */
  orgUserCount: Int32Array;
  /**
   * Per user index, its number among its org's users (0 … orgUserCount − 1), so a per-user table of one query is sized
   * to the org rather than to every user of every org.
   */
  inOrg: Int32Array;
  /** The learner indexes of each team_id. */
  teamLearners: ReadonlyMap<string, Int32Array>;
  /** Per org index, its assignments in table order. */
  assignmentsByOrg: IndexedAssignment[][];
  /** Scratch: per user index, a query's dense slot, or -1. Every query leaves it all -1 again (see `UserSlots`). */
  slotOf: Int32Array;
  /** True while a query holds `slotOf`. */
  slotsBusy: boolean;
  /** Per activity index: 1 when it is scored 0/1 (score_scale 'binary'), whose attempts have seed 003's accuracy. */
  binaryActivity: Uint8Array;
  /**
   * Per org index, the longest ended_at − started_at of its attempts in ms (0 when none ended): attempts are sorted by
   * start, so the ones submitted in [from, to) lie among those started in [from − longest, to).
   */
  longestAttemptMs: Float64Array;
}

const built = new WeakMap<MockDataset, DatasetIndex>();

/** The dataset's `DatasetIndex`, built on first use. */
export function datasetIndex(dataset: MockDataset): DatasetIndex {
  let index = built.get(dataset);
  if (index !== undefined) return index;
  const users = dataset.users;
  const orgUserCount = new Int32Array(dataset.orgs.length);
  const inOrg = new Int32Array(users.length);
  const teams = new Map<string, number[]>();
  for (let i = 0; i < users.length; i++) {
    const u = users[i]!;
    const org = dataset.index.org.get(u.org_id);
    if (org !== undefined) inOrg[i] = orgUserCount[org]!++;
    if (u.role === 'learner' && u.team_id !== null) {
      let list = teams.get(u.team_id);
      if (list === undefined) teams.set(u.team_id, (list = []));
      list.push(i);
    }
  }
  index = {
    userIds: users.map((u) => u.user_id),
    displayNames: users.map((u) => u.display_name),
    assignmentsByOrg: indexAssignments(dataset),
    orgUserCount,
    inOrg,
    teamLearners: new Map([...teams].map(([team, list]) => [team, Int32Array.from(list)])),
    slotOf: new Int32Array(users.length).fill(-1),
    slotsBusy: false,
    binaryActivity: Uint8Array.from(dataset.activities, (a) => (a.score_scale === 'binary' ? 1 : 0)),
    longestAttemptMs: longestAttempts(dataset),
  };
  built.set(dataset, index);
  return index;
}

function longestAttempts(dataset: MockDataset): Float64Array {
  const out = new Float64Array(dataset.orgs.length);
  const { startedAt, endedAt } = dataset.attempts;
  dataset.ranges.attempts.forEach((range, org) => {
    let longest = 0;
    for (let i = range.start; i < range.end; i++) {
      const ms = endedAt[i]! - startedAt[i]!;
      if (ms > longest) longest = ms; // NaN (not ended) compares false
    }
    out[org] = longest;
  });
  return out;
}

// Parsed once, so assignmentProgress does not look up every assignee's ids and parse every date per query.
function indexAssignments(dataset: MockDataset): IndexedAssignment[][] {
  const byOrg: IndexedAssignment[][] = dataset.orgs.map(() => []);
  const users = new Map<string, number[]>();
  for (const row of dataset.assignees) {
    const u = dataset.index.user.get(row.user_id);
    if (u === undefined) continue;
    let list = users.get(row.assignment_id);
    if (list === undefined) users.set(row.assignment_id, (list = []));
    list.push(u);
  }
  for (const assignment of dataset.assignments) {
    const org = dataset.index.org.get(assignment.org_id);
    if (org === undefined) continue;
    const members = (users.get(assignment.assignment_id) ?? []).filter((u) => dataset.users[u]!.org_id === assignment.org_id);
    const assignedMs = Date.parse(assignment.assigned_at);
    const dueMs = Date.parse(assignment.due_at);
    byOrg[org]!.push({
      assignment,
      activity: dataset.index.activity.get(assignment.activity_id) ?? -1,
      assignedMs,
      dueMs,
      assignedIso: new Date(assignedMs).toISOString(),
      dueIso: new Date(dueMs).toISOString(),
      idPlace: 0,
      titlePlace: 0,
      assignees: Int32Array.from(members),
    });
  }
  for (const list of byOrg) {
    const byId = list.slice().sort((x, y) => compareText(x.assignment.assignment_id, y.assignment.assignment_id));
    byId.forEach((x, place) => (x.idPlace = place));
    const byTitle = list.slice().sort((x, y) => compareText(x.assignment.title, y.assignment.title));
    byTitle.forEach((x, place) => {
      const before = byTitle[place - 1];
      x.titlePlace = before !== undefined && before.assignment.title === x.assignment.title ? before.titlePlace : place;
    });
  }
  return byOrg;
}

/**
 * A dense numbering of the users one query meets, so its per-user accumulators are sized to the users in scope
 * rather than to every user of the dataset. Uses the dataset's shared scratch (queries run synchronously); call
 * `release` when done, which resets only the entries this query set.
 */
export class UserSlots {
  /** The user index of each slot, for slots [0, count); grows past the capacity asked for if need be. */
  users: Int32Array;
  count = 0;
  private readonly slotOf: Int32Array;
  private readonly index: DatasetIndex | null;

  constructor(dataset: MockDataset, capacity: number) {
    const index = datasetIndex(dataset);
    this.users = new Int32Array(capacity);
    if (index.slotsBusy) {
      // Re-entered (not expected: engines do not nest): a private scratch keeps both correct.
      this.slotOf = new Int32Array(dataset.users.length).fill(-1);
      this.index = null;
    } else {
      index.slotsBusy = true;
      this.slotOf = index.slotOf;
      this.index = index;
    }
  }

  /** The slot of user index `u`, numbering it on first sight. */
  slot(u: number): number {
    let s = this.slotOf[u]!;
    if (s < 0) {
      s = this.count++;
      if (s === this.users.length) {
        const next = new Int32Array(Math.max(16, s * 2));
        next.set(this.users);
        this.users = next;
      }
      this.slotOf[u] = s;
      this.users[s] = u;
    }
    return s;
  }

  /** Per user index, its slot or -1 (read only, while the slots are held): for a loop that looks up many users. */
  slotsOf(): Int32Array {
    return this.slotOf;
  }

  /** The slot of user index `u`, or -1 when it has none. */
  lookup(u: number): number {
    return this.slotOf[u]!;
  }

  /** Hands the scratch back, all -1 again. */
  release(): void {
    for (let s = 0; s < this.count; s++) this.slotOf[this.users[s]!] = -1;
    if (this.index !== null) this.index.slotsBusy = false;
  }
}

/** A numbering of the users an org's rows can name, and its size. */
export interface UserNumbering {
  /** Per user index, its number. */
  of: Int32Array;
  size: number;
}

type FactTable = 'attempts' | 'mastery';
const numberings = new WeakMap<MockDataset, Map<FactTable, (org: number) => UserNumbering>>();

/**
 * How to number the users of an org's rows of a fact table so a per-user table is sized to the org: each user's number
 * among its org's users (`inOrg`) when every row of the table is in its user's org (checked once per dataset and table;
 * a generated dataset always is), otherwise the user index itself over every user (hand-built rows may put a user's
 * row in another org).
 */
export function userNumbering(dataset: MockDataset, table: FactTable, org: number): UserNumbering {
  let byTable = numberings.get(dataset);
  if (byTable === undefined) numberings.set(dataset, (byTable = new Map()));
  let numbering = byTable.get(table);
  if (numbering === undefined) {
    const index = datasetIndex(dataset);
    const userOrg = Int32Array.from(dataset.users, (u) => dataset.index.org.get(u.org_id) ?? -1);
    const user = dataset[table].user;
    let consistent = true;
    dataset.ranges[table].forEach((range, o) => {
      for (let i = range.start; i < range.end && consistent; i++) if (userOrg[user[i]!] !== o) consistent = false;
    });
    const identity: UserNumbering = { of: Int32Array.from(dataset.users, (_, i) => i), size: dataset.users.length };
    numbering = consistent ? (o) => ({ of: index.inOrg, size: index.orgUserCount[o]! }) : () => identity;
    byTable.set(table, numbering);
  }
  return numbering(org);
}

/** `userNumbering` of the attempts table. */
export function attemptUserNumbering(dataset: MockDataset, org: number): UserNumbering {
  return userNumbering(dataset, 'attempts', org);
}
