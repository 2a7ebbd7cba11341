import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { timeSlice, type EngineContext } from '../context.js';
import { UserSlots } from '../datasetIndex.js';
import { orgUsersById } from '../idOrder.js';
import { orderByKey } from '../topK.js';
import { LocalBucketCursor } from './localBucketCursor.js';

type Row = QueryResult<'learnerActivitySummary'>['rows'][number];

/**
 * The (learner, local day) groups of one query, in the order they were first seen, grown as needed. Per learner, its
 * groups are chained in that order (`next`), which is day order while the learner's days only move forward.
 */
class Groups {
  count = 0;
  day = new Int32Array(0);
  learner = new Int32Array(0);
  next = new Int32Array(0);
  events = new Int32Array(0);
  sessions = new Int32Array(0);
  lessons = new Int32Array(0);
  assessments = new Int32Array(0);
  seconds = new Float64Array(0);

  constructor(capacity: number) {
    this.resize(Math.max(16, capacity));
  }

  add(learner: number, day: number): number {
    if (this.count === this.day.length) this.resize(this.count * 2);
    const g = this.count++;
    this.day[g] = day;
    this.learner[g] = learner;
    this.next[g] = -1;
    return g;
  }

  private resize(n: number): void {
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a.subarray(0, Math.min(a.length, n)));
      return b;
    };
    this.day = i32(this.day);
    this.learner = i32(this.learner);
    this.next = i32(this.next);
    this.events = i32(this.events);
    this.sessions = i32(this.sessions);
    this.lessons = i32(this.lessons);
    this.assessments = i32(this.assessments);
    const seconds = new Float64Array(n);
    seconds.set(this.seconds.subarray(0, Math.min(this.seconds.length, n)));
    this.seconds = seconds;
  }
}

/** Per learner (slot), where the scan stands: its newest day and group, and the ends of its chain of groups. */
class Learners {
  newestDay: Int32Array;
  newestGroup: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** (learner, day) key → group, built only once a learner's days go backwards (a clock falling back over midnight). */
  byKey: Map<number, number> | null = null;

  constructor(readonly count: number) {
    this.newestDay = new Int32Array(count).fill(-0x7fffffff);
    this.newestGroup = new Int32Array(count).fill(-1);
    this.first = new Int32Array(count).fill(-1);
    this.last = new Int32Array(count).fill(-1);
  }
}

const keyOf = (learners: number, learner: number, day: number) => day * learners + learner;

// Per dataset, a session → group mark that outlives queries: each query's marks are offset by a base above every
// earlier one's, so nothing has to be cleared between queries (only when the base would overflow).
const sessionMarks = new WeakMap<MockDataset, { marks: Int32Array; base: number; busy: boolean }>();

/**
 * Answers `learnerActivitySummary`: events, sessions, completions and hours per learner and local day. activityIds
 * narrows the events; sessions have no activity, so their hours are never narrowed.
 */
export function learnerActivitySummary(
  ctx: EngineContext,
  params: QueryParams<'learnerActivitySummary'>,
): QueryResult<'learnerActivitySummary'> {
  const { dataset } = ctx;
  const evSlice = timeSlice(dataset.events.occurredAt, dataset.ranges.events[ctx.org]!, ctx.fromMs, ctx.toMs);
  const seSlice = timeSlice(dataset.sessions.start, dataset.ranges.sessions[ctx.org]!, ctx.fromMs, ctx.toMs);
  if (evSlice.end === evSlice.start) return { total: 0, rows: [] };
  // Selected learners numbered in user-id order (the dataset's shared scratch), so a learner's number orders rows.
  const slots = new UserSlots(dataset, 64);
  try {
    for (const u of orgUsersById(dataset)[ctx.org]!) if (ctx.userMask === null || ctx.userMask[u] === 1) slots.slot(u);
    if (slots.count === 0) return { total: 0, rows: [] };
    const learners = new Learners(slots.count);
    const groups = new Groups(Math.min(evSlice.end - evSlice.start, 4 * slots.count));
    countEvents(ctx, evSlice.start, evSlice.end, slots, learners, groups);
    addSessionHours(ctx, seSlice.start, seSlice.end, slots, learners, groups);
    return { total: groups.count, rows: page(dataset, slots, groups, params.offset, params.limit) };
  } finally {
    slots.release();
  }
}

function countEvents(ctx: EngineContext, start: number, end: number, slots: UserSlots, learners: Learners, groups: Groups): void {
  const { dataset, activityMask } = ctx;
  const ev = dataset.events;
  const { user, activity, session, type, occurredAt } = ev;
  const lessonType = dataset.eventTypes.indexOf('lesson_complete');
  const assessmentType = dataset.eventTypes.indexOf('assessment_complete');
  let marks = sessionMarks.get(dataset);
  if (marks === undefined || marks.busy) {
    marks = { marks: new Int32Array(dataset.sessions.length), base: 0, busy: false };
    if (!sessionMarks.has(dataset)) sessionMarks.set(dataset, marks);
  }
  // Each group's mark is base + group + 1; at most one group per event.
  if (marks.base > 0x7fffffff - (end - start) - 1) {
    marks.marks.fill(0);
    marks.base = 0;
  }
  marks.busy = true;
  const base = marks.base;
  const mark = marks.marks;
  const cursor = new LocalBucketCursor(ctx.clock, 'day');
  const { newestDay, newestGroup } = learners;
  for (let i = start; i < end; i++) {
    const r = slots.lookup(user[i]!);
    if (r < 0) continue;
    if (activityMask !== null) {
      const act = activity[i]!;
      if (act < 0 || activityMask[act] !== 1) continue;
    }
    const day = cursor.startDayOf(occurredAt[i]!);
    // Events come in time order, so a learner's day is almost always their newest one or a new one.
    let g: number;
    if (day === newestDay[r]) g = newestGroup[r]!;
    else if (day > newestDay[r]!) g = newGroup(learners, groups, r, day);
    else g = groupBack(learners, groups, r, day);
    groups.events[g]!++;
    const s = session[i]!;
    if (s >= 0 && mark[s] !== base + g + 1) {
      mark[s] = base + g + 1;
      groups.sessions[g]!++;
    }
    const t = type[i]!;
    if (t === lessonType) groups.lessons[g]!++;
    else if (t === assessmentType) groups.assessments[g]!++;
  }
  marks.base = base + groups.count + 1;
  marks.busy = false;
}

function newGroup(learners: Learners, groups: Groups, r: number, day: number): number {
  const g = groups.add(r, day);
  if (learners.last[r]! >= 0) groups.next[learners.last[r]!] = g;
  else learners.first[r] = g;
  learners.last[r] = g;
  learners.newestDay[r] = day;
  learners.newestGroup[r] = g;
  learners.byKey?.set(keyOf(learners.count, r, day), g);
  return g;
}

// A day before the learner's newest (local time went back across midnight): found or added through the key map.
function groupBack(learners: Learners, groups: Groups, r: number, day: number): number {
  const byKey = keyMap(learners, groups);
  const key = keyOf(learners.count, r, day);
  let g = byKey.get(key);
  if (g === undefined) {
    g = groups.add(r, day);
    byKey.set(key, g);
  }
  return g;
}

function keyMap(learners: Learners, groups: Groups): Map<number, number> {
  if (learners.byKey === null) {
    learners.byKey = new Map();
    for (let g = 0; g < groups.count; g++) learners.byKey.set(keyOf(learners.count, groups.learner[g]!, groups.day[g]!), g);
  }
  return learners.byKey;
}

// Rows are the learner-days that have (selected) events; sessions only add their hours to those days. Sessions come in
// time order too, so each learner's chain of groups is walked forward alongside them.
function addSessionHours(ctx: EngineContext, start: number, end: number, slots: UserSlots, learners: Learners, groups: Groups): void {
  const se = ctx.dataset.sessions;
  const { user, duration } = se;
  const times = se.start;
  const cursor = new LocalBucketCursor(ctx.clock, 'day');
  const at = learners.first.slice();
  const lastDay = new Int32Array(learners.count).fill(-0x7fffffff);
  for (let i = start; i < end; i++) {
    const r = slots.lookup(user[i]!);
    if (r < 0) continue;
    const day = cursor.startDayOf(times[i]!);
    let g: number;
    if (learners.byKey === null && day >= lastDay[r]!) {
      lastDay[r] = day;
      g = at[r]!;
      while (g >= 0 && groups.day[g]! < day) g = groups.next[g]!;
      at[r] = g;
      if (g < 0 || groups.day[g] !== day) continue;
    } else {
      g = keyMap(learners, groups).get(keyOf(learners.count, r, day)) ?? -1;
      if (g < 0) continue;
    }
    groups.seconds[g]! += duration[i]!;
  }
}

// Newest day first, then learner id: only the groups of the days the page reaches are ordered.
function page(dataset: MockDataset, slots: UserSlots, groups: Groups, offset: number, limit: number | undefined): Row[] {
  const n = groups.count;
  const wanted = limit === undefined ? n : Math.min(n, offset + limit);
  if (offset >= wanted) return [];
  let cutoff = -0x7fffffff;
  if (wanted < n) {
    // The oldest day the page needs: count groups per day, newest first.
    let oldest = 0x7fffffff;
    let newest = -0x7fffffff;
    for (let g = 0; g < n; g++) {
      const d = groups.day[g]!;
      if (d < oldest) oldest = d;
      if (d > newest) newest = d;
    }
    const perDay = new Int32Array(newest - oldest + 1);
    for (let g = 0; g < n; g++) perDay[newest - groups.day[g]!]!++;
    let seen = 0;
    let back = 0;
    while (seen + perDay[back]! < wanted) seen += perDay[back++]!;
    cutoff = newest - back;
  }
  const keys = new Float64Array(n);
  const ties = new Int32Array(n);
  const picked = new Int32Array(n);
  let m = 0;
  for (let g = 0; g < n; g++) {
    if (groups.day[g]! < cutoff) continue;
    keys[m] = -groups.day[g]!;
    ties[m] = groups.learner[g]!;
    picked[m++] = g;
  }
  const order = orderByKey(keys, ties, m, wanted);
  const rows: Row[] = [];
  const people = dataset.users;
  for (let q = offset; q < order.length; q++) {
    const g = picked[order[q]!]!;
    rows.push({
      learnerId: people[slots.users[groups.learner[g]!]!]!.user_id,
      activityDate: isoDateOf(groups.day[g]!),
      dailyEvents: groups.events[g]!,
      hoursSpent: groups.seconds[g]! / 3600,
      sessions: groups.sessions[g]!,
      lessonsCompleted: groups.lessons[g]!,
      assessmentsCompleted: groups.assessments[g]!,
    });
  }
  return rows;
}
