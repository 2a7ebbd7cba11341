import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../packages/mock/src/engine/context.js';
import { LocalBucketCursor } from '../packages/mock/src/engine/queries/localBucketCursor.js';

type Row = QueryResult<'learnerActivitySummary'>['rows'][number];

// Above this many (day × learner) cells the cell → group table becomes a map.
const MAX_DENSE_CELLS = 1 << 22;

/**
 * Answers `learnerActivitySummary`: events, sessions, completions and hours per learner and local day. activityIds
 * narrows the events; sessions have no activity, so their hours are never narrowed.
 */
export function learnerActivitySummary(
  ctx: EngineContext,
  params: QueryParams<'learnerActivitySummary'>,
): QueryResult<'learnerActivitySummary'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const ev = dataset.events;
  const se = dataset.sessions;
  const evSlice = timeSlice(ev.occurredAt, dataset.ranges.events[ctx.org]!, ctx.fromMs, ctx.toMs);
  const seSlice = timeSlice(se.start, dataset.ranges.sessions[ctx.org]!, ctx.fromMs, ctx.toMs);
  const eventCount = evSlice.end - evSlice.start;
  const sessionCount = seSlice.end - seSlice.start;
  if (eventCount === 0 && sessionCount === 0) return { total: 0, rows: [] };

  // Selected learners ranked by user id, so that a group's key orders rows as the result wants them.
  const orgId = ctx.scope.orgId;
  const learnerIds: string[] = [];
  dataset.users.forEach((u, i) => {
    if (u.org_id === orgId && (userMask === null || userMask[i] === 1)) learnerIds.push(u.user_id);
  });
  learnerIds.sort();
  const learners = learnerIds.length;
  if (learners === 0) return { total: 0, rows: [] };
  const rank = new Int32Array(dataset.users.length).fill(-1);
  learnerIds.forEach((id, r) => (rank[dataset.index.user.get(id)!] = r));

  // Both slices are time-sorted, so their first and last rows bound the local days.
  let firstMs = Infinity;
  let lastMs = -Infinity;
  if (eventCount > 0) {
    firstMs = ev.occurredAt[evSlice.start]!;
    lastMs = ev.occurredAt[evSlice.end - 1]!;
  }
  if (sessionCount > 0) {
    firstMs = Math.min(firstMs, se.start[seSlice.start]!);
    lastMs = Math.max(lastMs, se.start[seSlice.end - 1]!);
  }
  const newestDay = clock.localDay(lastMs);
  const days = newestDay - clock.localDay(firstMs) + 1;

  // A group's key is (newestDay − day) × learners + rank: ascending keys are newest day first, then learner id.
  const cells = days * learners;
  const dense = cells <= MAX_DENSE_CELLS ? new Int32Array(cells) : null; // group + 1, 0 = none yet
  const sparse = dense === null ? new Map<number, number>() : null;
  const capacity = Math.min(cells, eventCount + sessionCount);
  const keys = new Float64Array(capacity);
  const dailyEvents = new Int32Array(capacity);
  const sessions = new Int32Array(capacity);
  const lessons = new Int32Array(capacity);
  const assessments = new Int32Array(capacity);
  const seconds = new Float64Array(capacity);
  let groups = 0;
  const groupOf = (key: number): number => {
    let g = dense !== null ? dense[key]! - 1 : (sparse!.get(key) ?? -1);
    if (g < 0) {
      g = groups++;
      keys[g] = key;
      if (dense !== null) dense[key] = g + 1;
      else sparse!.set(key, g);
    }
    return g;
  };

  const lessonType = dataset.eventTypes.indexOf('lesson_complete');
  const assessmentType = dataset.eventTypes.indexOf('assessment_complete');
  // Group + 1 each session was last counted in; a session's events come in time order, so its groups never recur.
  const sessionGroup = new Int32Array(se.length);
  let cursor = new LocalBucketCursor(clock, 'day');
  for (let i = evSlice.start; i < evSlice.end; i++) {
    const r = rank[ev.user[i]!]!;
    if (r < 0) continue;
    if (activityMask !== null) {
      const activity = ev.activity[i]!;
      if (activity < 0 || activityMask[activity] !== 1) continue;
    }
    const g = groupOf((newestDay - cursor.startDayOf(ev.occurredAt[i]!)) * learners + r);
    dailyEvents[g]!++;
    const s = ev.session[i]!;
    if (s >= 0 && sessionGroup[s] !== g + 1) {
      sessionGroup[s] = g + 1;
      sessions[g]!++;
    }
    const type = ev.type[i]!;
    if (type === lessonType) lessons[g]!++;
    else if (type === assessmentType) assessments[g]!++;
  }
  cursor = new LocalBucketCursor(clock, 'day');
  for (let i = seSlice.start; i < seSlice.end; i++) {
    const r = rank[se.user[i]!]!;
    if (r < 0) continue;
    const g = groupOf((newestDay - cursor.startDayOf(se.start[i]!)) * learners + r);
    seconds[g]! += se.duration[i]!;
  }

  const sorted = keys.slice(0, groups).sort();
  const end = params.limit === undefined ? groups : Math.min(groups, params.offset + params.limit);
  const rows: Row[] = [];
  for (let k = params.offset; k < end; k++) {
    const key = sorted[k]!;
    const g = dense !== null ? dense[key]! - 1 : sparse!.get(key)!;
    rows.push({
      learnerId: learnerIds[key % learners]!,
      activityDate: isoDateOf(newestDay - Math.floor(key / learners)),
      dailyEvents: dailyEvents[g]!,
      hoursSpent: seconds[g]! / 3600,
      sessions: sessions[g]!,
      lessonsCompleted: lessons[g]!,
      assessmentsCompleted: assessments[g]!,
    });
  }
  return { total: groups, rows };
}
