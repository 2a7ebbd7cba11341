import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { timeSlice, type EngineContext } from '../context.js';
import { UserSlots } from '../datasetIndex.js';
import { orgUsersById } from '../idOrder.js';
import { orderByKey } from '../topK.js';
import { LocalBucketCursor } from './localBucketCursor.js';
import { sessionEventTotals, type SessionEventTotals } from './learnerActivitySessions.js';

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
  /**
   * Per group, its events, sessions, lessons and assessments side by side (at 4g … 4g + 3): the scan bumps a group's
   * counters together, so one cache line holds them all.
   */
  counts = new Int32Array(0);
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
    const counts = new Int32Array(4 * n);
    counts.set(this.counts.subarray(0, Math.min(this.counts.length, 4 * n)));
    this.counts = counts;
    const seconds = new Float64Array(n);
    seconds.set(this.seconds.subarray(0, Math.min(this.seconds.length, n)));
    this.seconds = seconds;
  }
}

/** Per learner (slot), where the scan stands: its newest day and group, and the ends of its chain of groups. */
class Learners {
  /** Per learner r, its newest day (at 2r) and that day's group (at 2r + 1): side by side, read together per event. */
  newest: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** (learner, day) key → group, built only once a learner's days go backwards (a clock falling back over midnight). */
  byKey: Map<number, number> | null = null;

  constructor(readonly count: number) {
    this.newest = new Int32Array(2 * count);
    for (let r = 0; r < count; r++) {
      this.newest[2 * r] = -0x7fffffff;
      this.newest[2 * r + 1] = -1;
    }
    this.first = new Int32Array(count).fill(-1);
    this.last = new Int32Array(count).fill(-1);
  }
}

const DAY_MS = 86_400_000;

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
  const { dataset } = ctx;
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
  const scan = new EventScan(ctx, slots, learners, groups, marks.marks, marks.base);
  const totals = sessionEventTotals(dataset);
  if (ctx.activityMask === null && totals.aligned) bySession(ctx, totals, start, end, scan);
  else scan.run(start, end, -1);
  marks.base = marks.base + groups.count + 1;
  marks.busy = false;
}

// Without an activity filter, a session whose events all fall on one local day is one step (its totals, one session)
// instead of one per event; the others, and events with no session, are read event by event.
function bySession(ctx: EngineContext, totals: SessionEventTotals, start: number, end: number, scan: EventScan): void {
  const { dataset } = ctx;
  const range = dataset.ranges.sessions[ctx.org]!;
  const sessionUser = dataset.sessions.user;
  const { events, lessons, assessments, firstEvent, lastEvent, firstAt, lastAt, mixed } = totals;
  const slotOf = scan.slotOf;
  const { groups } = scan;
  for (let s = range.start; s < range.end; s++) {
    const f = firstEvent[s]!;
    const l = lastEvent[s]!;
    if (f < 0 || l < start || f >= end) continue;
    if (mixed[s] === 1 || f < start || l >= end) {
      scan.run(Math.max(f, start), Math.min(l + 1, end), s);
      continue;
    }
    const r = slotOf[sessionUser[s]!]!;
    if (r < 0) continue;
    const day = scan.dayOf(firstAt[s]!);
    if (lastAt[s]! >= scan.hi) {
      scan.run(f, l + 1, s);
      continue;
    }
    const g = scan.groupOf(r, day);
    const c = 4 * g;
    const counts = groups.counts;
    counts[c]! += events[s]!;
    counts[c + 1]!++;
    counts[c + 2]! += lessons[s]!;
    counts[c + 3]! += assessments[s]!;
  }
  const loose = totals.loose;
  for (let k = firstAtLeast(loose, start); k < loose.length && loose[k]! < end; k++) scan.run(loose[k]!, loose[k]! + 1, -1);
}

function firstAtLeast(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts events one by one into their (learner, local day) groups. */
class EventScan {
  readonly slotOf: Int32Array;
  /** The local day of the last lookup holds over [lo, hi) UTC (one day under one offset). */
  lo = Infinity;
  hi = -Infinity;
  day = 0;

  constructor(
    private readonly ctx: EngineContext,
    slots: UserSlots,
    readonly learners: Learners,
    readonly groups: Groups,
    private readonly mark: Int32Array,
    private readonly base: number,
  ) {
    this.slotOf = slots.slotsOf();
  }

  /**
   * The local day holding `utcMs`. The span it remembers never crosses an offset change, so an hour that repeats
   * across midnight still goes to the day its wall clock reads, as PostgreSQL's `ts AT TIME ZONE zone` puts it.
   */
  dayOf(utcMs: number): number {
    if (utcMs >= this.lo && utcMs < this.hi) return this.day;
    const span = this.ctx.clock.offsetSpan(utcMs);
    const day = Math.floor((utcMs + span.offset) / DAY_MS);
    this.day = day;
    this.lo = Math.max(span.from, day * DAY_MS - span.offset);
    this.hi = Math.min(span.to, (day + 1) * DAY_MS - span.offset);
    return day;
  }

  /** Learner r's group for `day`, added if new. */
  groupOf(r: number, day: number): number {
    const newest = this.learners.newest;
    const newestDay = newest[2 * r]!;
    if (day === newestDay) return newest[2 * r + 1]!;
    return day > newestDay ? newGroup(this.learners, this.groups, r, day) : groupBack(this.learners, this.groups, r, day);
  }

  /** Events [from, to), only those of session `only` unless it is -1. */
  run(from: number, to: number, only: number): void {
    const { dataset, activityMask } = this.ctx;
    const { user, activity, session, type, occurredAt } = dataset.events;
    const lessonType = dataset.eventTypes.indexOf('lesson_complete');
    const assessmentType = dataset.eventTypes.indexOf('assessment_complete');
    const { slotOf, mark, base, learners, groups } = this;
    const newest = learners.newest;
    let { lo, hi, day } = this;
    // Only a new group can grow the arrays: re-read after one.
    let counts = groups.counts;
    for (let i = from; i < to; i++) {
      const s = session[i]!;
      if (only >= 0 && s !== only) continue;
      const r = slotOf[user[i]!]!;
      if (r < 0) continue;
      if (activityMask !== null) {
        const act = activity[i]!;
        if (act < 0 || activityMask[act] !== 1) continue;
      }
      const at = occurredAt[i]!;
      if (at < lo || at >= hi) {
        day = this.dayOf(at);
        lo = this.lo;
        hi = this.hi;
      }
      // Events come in time order, so a learner's day is almost always their newest one or a new one.
      let g: number;
      const newestDay = newest[2 * r]!;
      if (day === newestDay) g = newest[2 * r + 1]!;
      else {
        g = day > newestDay ? newGroup(learners, groups, r, day) : groupBack(learners, groups, r, day);
        counts = groups.counts;
      }
      const c = 4 * g;
      counts[c]!++;
      const m = base + g + 1;
      if (s >= 0 && mark[s] !== m) {
        mark[s] = m;
        counts[c + 1]!++;
      }
      // Branch-free: the type is unpredictable from one event to the next.
      const t = type[i]!;
      counts[c + 2]! += +(t === lessonType);
      counts[c + 3]! += +(t === assessmentType);
    }
  }
}

function newGroup(learners: Learners, groups: Groups, r: number, day: number): number {
  const g = groups.add(r, day);
  if (learners.last[r]! >= 0) groups.next[learners.last[r]!] = g;
  else learners.first[r] = g;
  learners.last[r] = g;
  learners.newest[2 * r] = day;
  learners.newest[2 * r + 1] = g;
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
      dailyEvents: groups.counts[4 * g]!,
      hoursSpent: groups.seconds[g]! / 3600,
      sessions: groups.counts[4 * g + 1]!,
      lessonsCompleted: groups.counts[4 * g + 2]!,
      assessmentsCompleted: groups.counts[4 * g + 3]!,
    });
  }
  return rows;
}
