import type { QueryParams, QueryResult } from '@learnlens/data-client';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { attemptColumnsByUser, attemptRowsByUser } from '../userRows.js';
import { orgOverviewTotals, type OrgOverviewTotals } from './orgOverviewIndex.js';

// Up to 1/FEW_USERS_SHARE of the org's users the per-user index wins over scanning the org's slice. The scan's test
// of the user mask is a branch that mispredicts on a good share of rows when a team's learners are a fifth of the
// org (the small population: 13 of 67 users, 7.5 ns a row), dearer than reading the team's own rows at random (about
// 11 ns each, but only a fifth of them); past half of the org the scan's branch settles and the scan wins.
const FEW_USERS_SHARE = 2;

function datasetIndexUserCount(ctx: EngineContext): number {
  return datasetIndex(ctx.dataset).orgUserCount[ctx.org]!;
}

/** The sums of orgOverview over its rows. */
class Overview {
  activeUsers = 0;
  total = 0;
  scoreSum = 0;
  scored = 0;
  lastEnded = -Infinity;
  inLast7 = 0;
  inPrev7 = 0;
  inLast30 = 0;
  inPrev30 = 0;
  constructor(
    readonly last7: number,
    readonly prev7: number,
    readonly last30: number,
    readonly prev30: number,
  ) {}
}

/** Answers `orgOverview` (seed 002 `mv_org_overview`) from the viewer's org slice of the attempts. */
export function orgOverview(ctx: EngineContext, _params: QueryParams<'orgOverview'>): QueryResult<'orgOverview'> {
  const { dataset, clock, nowMs } = ctx;
  const a = dataset.attempts;
  const range = dataset.ranges.attempts[ctx.org]!;
  const { start, end } = timeSlice(a.startedAt, range, ctx.fromMs, ctx.toMs);
  // Calendar days of the zone, as `now() - interval '7 days'` in a session with that time zone.
  const o = new Overview(clock.minusDays(nowMs, 7), clock.minusDays(nowMs, 14), clock.minusDays(nowMs, 30), clock.minusDays(nowMs, 60));
  if (ctx.users === null && ctx.activityMask === null && start === range.start && end === range.end) {
    // The whole org over its whole history: sums built once per dataset, the windows by binary search.
    fromTotals(o, orgOverviewTotals(dataset, ctx.org));
  } else if (ctx.users !== null && ctx.users.length * FEW_USERS_SHARE <= datasetIndexUserCount(ctx)) {
    // A learner, a team (up to half the org) reads their own rows through the per-user index; a larger selection
    // scans the slice, which is cheaper than an index walk once most of the org is selected.
    ownRows(ctx, o, start, end);
  } else {
    scan(ctx, o, start, end);
  }
  return {
    activeUsers: o.activeUsers,
    totalAttempts: o.total,
    avgScore: o.scored > 0 ? o.scoreSum / o.scored : null,
    lastActivity: o.total > 0 ? new Date(o.lastEnded).toISOString() : null,
    attemptsLast7Days: o.inLast7,
    attemptsLast30Days: o.inLast30,
    attemptsPrevious7Days: o.inPrev7,
    attemptsPrevious30Days: o.inPrev30,
  };
}

function fromTotals(o: Overview, t: OrgOverviewTotals): void {
  const { ended } = t;
  const n = ended.length;
  const last7 = lowerBound(ended, 0, n, o.last7);
  const prev7 = lowerBound(ended, 0, last7, o.prev7);
  const last30 = lowerBound(ended, 0, n, o.last30);
  const prev30 = lowerBound(ended, 0, last30, o.prev30);
  o.activeUsers = t.activeUsers;
  o.total = t.total;
  o.scoreSum = t.scoreSum;
  o.scored = t.scored;
  o.lastEnded = t.lastEnded;
  o.inLast7 = n - last7;
  o.inPrev7 = last7 - prev7;
  o.inLast30 = n - last30;
  o.inPrev30 = last30 - prev30;
}

// The selected users' own rows in [start, end), user by user (each user's rows ascending), read from the user-major
// copies of the columns (one user's values adjacent). The users are distinct, so a user is active when any of their
// rows counts: no per-call array sized to every user of the dataset. Sums in locals, as in the scan.
function ownRows(ctx: EngineContext, o: Overview, start: number, end: number): void {
  const { userMask, activityMask } = ctx;
  const users = ctx.users!;
  const { offsets, rows } = attemptRowsByUser(ctx.dataset);
  const { activity, score, endedAt } = attemptColumnsByUser(ctx.dataset);
  const { last7, prev7, last30, prev30 } = o;
  let activeUsers = 0;
  let total = 0;
  let scoreSum = 0;
  let scored = 0;
  let lastEnded = -Infinity;
  let inLast7 = 0;
  let inPrev7 = 0;
  let inLast30 = 0;
  let inPrev30 = 0;
  for (let k = 0; k < users.length; k++) {
    const u = users[k]!;
    if (userMask !== null && userMask[u] === 0) continue;
    const stop = offsets[u + 1]!;
    const before = total;
    for (let j = lowerBound(rows, offsets[u]!, stop, start); j < stop; j++) {
      if (rows[j]! >= end) break;
      const ended = endedAt[j]!;
      if (ended !== ended) continue; // NaN: not ended
      if (activityMask !== null && activityMask[activity[j]!] === 0) continue;
      total++;
      const s = score[j]!;
      if (s === s) {
        scoreSum += s;
        scored++;
      }
      if (ended > lastEnded) lastEnded = ended;
      if (ended >= last7) inLast7++;
      else if (ended >= prev7) inPrev7++;
      if (ended >= last30) inLast30++;
      else if (ended >= prev30) inPrev30++;
    }
    if (total > before) activeUsers++;
  }
  o.activeUsers = activeUsers;
  o.total = total;
  o.scoreSum = scoreSum;
  o.scored = scored;
  o.lastEnded = lastEnded;
  o.inLast7 = inLast7;
  o.inPrev7 = inPrev7;
  o.inLast30 = inLast30;
  o.inPrev30 = inPrev30;
}

// The slice scan, in a function of its own with its sums in locals (V8 keeps them in registers; a closure's captured
// variables live in memory), and users counted once each by a stamp sized to the org's users in scope.
function scan(ctx: EngineContext, o: Overview, start: number, end: number): void {
  const { userMask, activityMask } = ctx;
  const a = ctx.dataset.attempts;
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const endedAt = a.endedAt;
  const seen = new Uint8Array(ctx.dataset.users.length);
  const { last7, prev7, last30, prev30 } = o;
  let activeUsers = 0;
  let total = 0;
  let scoreSum = 0;
  let scored = 0;
  let lastEnded = -Infinity;
  let inLast7 = 0;
  let inPrev7 = 0;
  let inLast30 = 0;
  let inPrev30 = 0;
  for (let i = start; i < end; i++) {
    const ended = endedAt[i]!;
    if (ended !== ended) continue; // NaN: not ended
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    total++;
    if (seen[u] === 0) {
      seen[u] = 1;
      activeUsers++;
    }
    const s = score[i]!;
    if (s === s) {
      scoreSum += s;
      scored++;
    }
    if (ended > lastEnded) lastEnded = ended;
    if (ended >= last7) inLast7++;
    else if (ended >= prev7) inPrev7++;
    if (ended >= last30) inLast30++;
    else if (ended >= prev30) inPrev30++;
  }
  o.activeUsers = activeUsers;
  o.total = total;
  o.scoreSum = scoreSum;
  o.scored = scored;
  o.lastEnded = lastEnded;
  o.inLast7 = inLast7;
  o.inPrev7 = inPrev7;
  o.inLast30 = inLast30;
  o.inPrev30 = inPrev30;
}
