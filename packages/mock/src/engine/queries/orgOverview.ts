import type { QueryParams, QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { attemptRowsByUser, forEachUserRow } from '../userRows.js';

// Below 1/FEW_USERS_SHARE of the org's users the per-user index wins over scanning the org's slice.
const FEW_USERS_SHARE = 16;

function datasetIndexUserCount(ctx: EngineContext): number {
  return datasetIndex(ctx.dataset).orgUserCount[ctx.org]!;
}

/** Answers `orgOverview` (seed 002 `mv_org_overview`) from the viewer's org slice of the attempts. */
export function orgOverview(ctx: EngineContext, _params: QueryParams<'orgOverview'>): QueryResult<'orgOverview'> {
  const { dataset, clock, userMask, activityMask, nowMs } = ctx;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const endedAt = a.endedAt;
  const seen = new Uint8Array(dataset.users.length);
  // Calendar days of the zone, as `now() - interval '7 days'` in a session with that time zone.
  const last7 = clock.minusDays(nowMs, 7);
  const prev7 = clock.minusDays(nowMs, 14);
  const last30 = clock.minusDays(nowMs, 30);
  const prev30 = clock.minusDays(nowMs, 60);

  let activeUsers = 0;
  let total = 0;
  let scoreSum = 0;
  let scored = 0;
  let lastEnded = -Infinity;
  let inLast7 = 0;
  let inPrev7 = 0;
  let inLast30 = 0;
  let inPrev30 = 0;
  const visit = (i: number): void => {
    const ended = endedAt[i]!;
    if (ended !== ended) return; // NaN: not ended
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) return;
    if (activityMask !== null && activityMask[activity[i]!] === 0) return;
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
  };
  // A learner (or a handful of users) reads their own rows through the per-user index; a team or the org scans the
  // slice, which is cheaper than an index walk once a good share of the org is selected.
  if (ctx.users !== null && ctx.users.length * FEW_USERS_SHARE <= datasetIndexUserCount(ctx)) {
    forEachUserRow(attemptRowsByUser(dataset), ctx.users, start, end, visit);
  } else {
    for (let i = start; i < end; i++) visit(i);
  }
  return {
    activeUsers,
    totalAttempts: total,
    avgScore: scored > 0 ? scoreSum / scored : null,
    lastActivity: total > 0 ? new Date(lastEnded).toISOString() : null,
    attemptsLast7Days: inLast7,
    attemptsLast30Days: inLast30,
    attemptsPrevious7Days: inPrev7,
    attemptsPrevious30Days: inPrev30,
  };
}
