import { dayMatches, dayNumberOf, zoneClock, type AdapterRequest, type Days, type ResolvedScope, type ZoneClock } from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { datasetIndex } from './datasetIndex.js';
import { DAY_MS, LocalTimeCursor } from './localTime.js';

/** Everything a query implementation needs, with scope and filters already turned into masks. */
export interface EngineContext {
  dataset: MockDataset;
  scope: ResolvedScope;
  /** Index of the viewer's org; every fact-table scan stays inside `dataset.ranges.*[org]`. */
  org: number;
  /** The request's time zone. */
  clock: ZoneClock;
  /** Per user index: 1 when the user's rows are selected (scope ∩ teamId ∩ userIds); null = all of the org. */
  userMask: Uint8Array | null;
  /** How many users can have rows selected: those of `userMask`, or every user of the org. Sizes per-user work. */
  userCount: number;
  /** The user indexes of `userMask`, ascending; null when `userMask` is. Lets a query walk a few users' own rows. */
  users: Int32Array | null;
  /** Per activity index: 1 when selected by activityIds; null = all. */
  activityMask: Uint8Array | null;
  /** [fromMs, toMs): local midnights of `from` and `to` in the time zone; ±Infinity when absent. */
  fromMs: number;
  toMs: number;
  /** The `now` parameter in epoch ms. */
  nowMs: number;
  /** The `days` filter of the queries that take one ("all" for the others): which local weekdays count. */
  days: Days;
}

/**
 * Builds the context of one request. `peers` widens a learner's selection to their pseudonymised peers
 * (queries whose catalog entry has `showsPeers`).
 */
export function createContext(dataset: MockDataset, request: AdapterRequest, peers: boolean): EngineContext {
  const { scope, params } = request;
  const org = dataset.index.org.get(scope.orgId)!;
  const clock = zoneClock(params.timezone);
  const allowed = peers ? scope.peerUserIds : scope.userIds;

  let userMask: Uint8Array | null = null;
  let users: number[] | null = null;
  let userCount = datasetIndex(dataset).orgUserCount[org]!;
  const restrict = (ids: Iterable<number>) => {
    const next = new Uint8Array(dataset.users.length);
    const list: number[] = [];
    for (const i of ids) {
      if ((userMask === null || userMask[i]) && next[i] === 0) {
        next[i] = 1;
        list.push(i);
      }
    }
    userMask = next;
    users = list;
    userCount = list.length;
  };
  if (allowed !== null) restrict(ids(dataset, allowed));
  if (params.teamId !== undefined) restrict(teamLearners(dataset, scope.orgId, params.teamId));
  if (params.userIds !== undefined) restrict(ids(dataset, params.userIds));

  let activityMask: Uint8Array | null = null;
  if (params.activityIds !== undefined) {
    activityMask = new Uint8Array(dataset.activities.length);
    for (const id of params.activityIds) {
      const i = dataset.index.activity.get(id);
      if (i !== undefined && dataset.activities[i]!.org_id === scope.orgId) activityMask[i] = 1;
    }
  }

  return {
    dataset,
    scope,
    org,
    clock,
    userMask,
    userCount,
    users: users === null ? null : Int32Array.from(users as number[]).sort(),
    activityMask,
    fromMs: params.from ? clock.dayStartUtc(dayNumberOf(params.from)) : -Infinity,
    toMs: params.to ? clock.dayStartUtc(dayNumberOf(params.to)) : Infinity,
    nowMs: Date.parse(params.now),
    days: 'days' in params ? params.days : 'all',
  };
}

/**
 * The request's `days` filter as a test of instants (the weekday of their local day in the request's zone; Saturday
 * and Sunday are the weekend), or null when every day counts. Cheapest over instants in ascending order.
 */
export function dayFilter(ctx: EngineContext): ((utcMs: number) => boolean) | null {
  const days = ctx.days;
  if (days === 'all') return null;
  const cursor = new LocalTimeCursor(ctx.clock);
  return (utcMs) => dayMatches(Math.floor(cursor.local(utcMs) / DAY_MS), days);
}

// The team's learners from the dataset's index (built once), not from a pass over every user.
function* teamLearners(dataset: MockDataset, orgId: string, teamId: string): Generator<number> {
  for (const i of datasetIndex(dataset).teamLearners.get(teamId) ?? []) if (dataset.users[i]!.org_id === orgId) yield i;
}

function* ids(dataset: MockDataset, userIds: readonly string[]): Generator<number> {
  for (const id of userIds) {
    const i = dataset.index.user.get(id);
    if (i !== undefined) yield i;
  }
}

/** First index in [start, end) whose value is >= t, on a column (times, row numbers) sorted ascending within the range. */
export function lowerBound(times: Float64Array | Int32Array, start: number, end: number, t: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The row slice of the org's range of a time-sorted table that falls in [fromMs, toMs). */
export function timeSlice(
  times: Float64Array,
  range: { start: number; end: number },
  fromMs: number,
  toMs: number,
): { start: number; end: number } {
  const start = fromMs === -Infinity ? range.start : lowerBound(times, range.start, range.end, fromMs);
  const end = toMs === Infinity ? range.end : lowerBound(times, start, range.end, toMs);
  return { start, end };
}
