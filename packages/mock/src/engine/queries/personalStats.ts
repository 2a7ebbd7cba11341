import { isoDateOf, ScopeError, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { attemptColumnsByUser, attemptRowsByUser } from '../userRows.js';
import { LocalBucketCursor } from './localBucketCursor.js';


/** Answers `personalStats`: one learner's week, period totals, score trend and current streak. */
export function personalStats(ctx: EngineContext, params: QueryParams<'personalStats'>): QueryResult<'personalStats'> {
  const { dataset, clock, activityMask, nowMs } = ctx;
  const orgId = ctx.scope.orgId;
  const userId = params.userId ?? ctx.scope.viewer.userId;
  const u = dataset.index.user.get(userId);
  const user = u === undefined ? undefined : dataset.users[u];
  // The client checks this already; the engine refuses too rather than trust its caller.
  if (u === undefined || user === undefined || user.org_id !== orgId) {
    throw new ScopeError(`User "${userId}" is not a member of org "${orgId}"`);
  }
  if (ctx.scope.userIds !== null && !ctx.scope.userIds.includes(userId)) {
    throw new ScopeError(`User "${userId}" is outside the scope of viewer "${ctx.scope.viewer.userId}"`);
  }

  const result: QueryResult<'personalStats'> = {
    userId,
    displayName: user.display_name,
    attemptsThisWeek: 0,
    avgScoreThisWeek: null,
    accuracyThisWeek: null,
    totalAttempts: 0,
    avgScore: null,
    accuracy: null,
    lastAttemptAt: null,
    currentStreakDays: 0,
    bucket: params.bucket,
    trend: [],
  };
  // Filters (teamId, userIds) that leave this learner out leave nothing to count.
  if (ctx.userMask !== null && ctx.userMask[u] !== 1) return result;

  const a = dataset.attempts;
  const range = dataset.ranges.attempts[ctx.org]!;
  const startedAt = a.startedAt;
  // The learner's own rows (ascending, so in time order and in the order a scan of the org meets them, which keeps
  // every sum the same to the last bit): a few per learner instead of the org's whole slice, their values read from
  // the user-major copies of the columns (entry j for row rows[j]), where one learner's are adjacent.
  const { offsets, rows } = attemptRowsByUser(dataset);
  const col = attemptColumnsByUser(dataset);
  const own = { from: offsets[u]!, to: offsets[u + 1]! };
  const firstAtOrAfter = (row: number) => lowerBound(rows, own.from, own.to, row);
  const binary = datasetIndex(dataset).binaryActivity;
  // Seed 003's accuracy: among binary attempts that ended, the share scored 1 (ungraded ones count as not correct).
  const submitted = (j: number) => binary[col.activity[j]!] === 1 && !Number.isNaN(col.endedAt[j]!);

  // This week: started in [now − 7 calendar days, now], both ends included.
  const weekStart = lowerBound(startedAt, range.start, range.end, ctx.clock.minusDays(nowMs, 7));
  let upToNow = lowerBound(startedAt, weekStart, range.end, nowMs);
  while (upToNow < range.end && startedAt[upToNow]! <= nowMs) upToNow++;
  let weekAttempts = 0;
  let weekScored = 0;
  let weekSum = 0;
  let weekSubmitted = 0;
  let weekCorrect = 0;
  for (let j = firstAtOrAfter(weekStart); j < own.to; j++) {
    const i = rows[j]!;
    if (i >= upToNow) break;
    if (activityMask !== null && activityMask[col.activity[j]!] !== 1) continue;
    weekAttempts++;
    const score = col.score[j]!;
    if (submitted(j)) {
      weekSubmitted++;
      if (score === 1) weekCorrect++;
    }
    if (!Number.isNaN(score)) {
      weekScored++;
      weekSum += score;
    }
  }
  result.attemptsThisWeek = weekAttempts;
  result.avgScoreThisWeek = weekScored > 0 ? weekSum / weekScored : null;
  result.accuracyThisWeek = weekSubmitted > 0 ? weekCorrect / weekSubmitted : null;

  // The period [from, to): totals and the trend, bucket by bucket in time order.
  const period = timeSlice(startedAt, range, ctx.fromMs, ctx.toMs);
  const cursor = new LocalBucketCursor(clock, params.bucket, params.weekStart);
  const bucketStarts: number[] = [];
  const bucketAttempts: number[] = [];
  const bucketScored: number[] = [];
  const bucketSums: number[] = [];
  const bucketSubmitted: number[] = [];
  const bucketCorrect: number[] = [];
  let submittedTotal = 0;
  let correctTotal = 0;
  let currentStart = NaN;
  let b = -1;
  let total = 0;
  let scored = 0;
  let sum = 0;
  let last = -Infinity;
  for (let j = firstAtOrAfter(period.start); j < own.to; j++) {
    const i = rows[j]!;
    if (i >= period.end) break;
    if (activityMask !== null && activityMask[col.activity[j]!] !== 1) continue;
    const t = col.startedAt[j]!;
    const day = cursor.startDayOf(t);
    if (day !== currentStart) {
      currentStart = day;
      b = bucketStarts.length;
      bucketStarts.push(day);
      bucketAttempts.push(0);
      bucketScored.push(0);
      bucketSums.push(0);
      bucketSubmitted.push(0);
      bucketCorrect.push(0);
    }
    total++;
    bucketAttempts[b]!++;
    if (t > last) last = t;
    const score = col.score[j]!;
    if (submitted(j)) {
      submittedTotal++;
      bucketSubmitted[b]!++;
      if (score === 1) {
        correctTotal++;
        bucketCorrect[b]!++;
      }
    }
    if (!Number.isNaN(score)) {
      scored++;
      sum += score;
      bucketScored[b]!++;
      bucketSums[b]! += score;
    }
  }
  result.totalAttempts = total;
  result.avgScore = scored > 0 ? sum / scored : null;
  result.accuracy = submittedTotal > 0 ? correctTotal / submittedTotal : null;
  result.lastAttemptAt = total > 0 ? new Date(last).toISOString() : null;
  result.trend = bucketStarts.map((day, k) => ({
    bucketStart: isoDateOf(day),
    avgScore: bucketScored[k]! > 0 ? bucketSums[k]! / bucketScored[k]! : null,
    accuracy: bucketSubmitted[k]! > 0 ? bucketCorrect[k]! / bucketSubmitted[k]! : null,
    attempts: bucketAttempts[k]!,
  }));

  const from = firstAtOrAfter(range.start);
  result.currentStreakDays = streakDays(ctx, range, rows.subarray(from, own.to), col.startedAt.subarray(from, own.to), col.activity.subarray(from, own.to));
  return result;
}

// Walks the learner's attempts (`own`: their rows in the org's range, ascending, with each one's start and activity)
// backwards from the end of today (local) and counts consecutive local days with an attempt; the run must include
// today or yesterday. It stops at the first gap, so only the streak is scanned. Days are whole calendar days: an
// attempt later today than `now` still makes today count.
function streakDays(
  ctx: EngineContext,
  range: { start: number; end: number },
  own: Int32Array,
  started: Float64Array,
  activity: Int32Array,
): number {
  const a = ctx.dataset.attempts;
  const mask = ctx.activityMask;
  const days = new LocalBucketCursor(ctx.clock, 'day');
  const today = ctx.clock.localDay(ctx.nowMs);
  const endOfToday = lowerBound(a.startedAt, range.start, range.end, ctx.clock.firstInstantOfDay(today + 1));
  let lastDay = NaN;
  let streak = 0;
  for (let j = lowerBound(own, 0, own.length, endOfToday) - 1; j >= 0; j--) {
    if (mask !== null && mask[activity[j]!] !== 1) continue;
    const day = days.startDayOf(started[j]!);
    if (day === lastDay) continue;
    if (streak === 0 ? day < today - 1 : day !== lastDay - 1) break;
    streak++;
    lastDay = day;
  }
  return streak;
}
