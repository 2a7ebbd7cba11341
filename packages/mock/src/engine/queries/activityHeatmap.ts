import { dayMatches, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { attemptUserNumbering } from '../datasetIndex.js';
import { DAY_MS, HOUR_MS, LocalTimeCursor } from '../localTime.js';

type CalendarCell = Extract<QueryResult<'activityHeatmap'>, { grid: 'calendar' }>['cells'][number];
type WeekdayHourCell = Extract<QueryResult<'activityHeatmap'>, { grid: 'weekdayHour' }>['cells'][number];

const CELLS = 7 * 24;
// 168 cells fit in six 32-bit words: one bit per (user, cell) marks the user as counted there.
const WORDS = 6;

function calendarCells(ctx: EngineContext, start: number, end: number): CalendarCell[] {
  if (start >= end) return [];
  const { dataset, clock, userMask, activityMask, days } = ctx;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  // One day of slack each side: a DST change at midnight can move a local day past its neighbours.
  const firstDay = clock.localDay(startedAt[start]!) - 1;
  const span = clock.localDay(startedAt[end - 1]!) + 1 - firstDay + 1;
  const attempts = new Int32Array(span);
  const users = new Int32Array(span);
  const ordered = countDays(ctx, start, end, firstDay, attempts, users);
  // Counting a user once per day by "last day seen" needs days in order; a zone whose clocks fall back
  // across midnight breaks that, so recount those distinct users exactly.
  if (!ordered) {
    users.fill(0);
    const seen = new Set<number>();
    const n = dataset.users.length;
    const exact = new LocalTimeCursor(clock);
    for (let i = start; i < end; i++) {
      const u = user[i]!;
      if (userMask !== null && userMask[u] === 0) continue;
      if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
      const d = Math.floor(exact.local(startedAt[i]!) / DAY_MS) - firstDay;
      if (days !== 'all' && !dayMatches(firstDay + d, days)) continue;
      const key = d * n + u;
      if (!seen.has(key)) {
        seen.add(key);
        users[d]!++;
      }
    }
  }
  const cells: CalendarCell[] = [];
  for (let d = 0; d < span; d++) {
    if (attempts[d]! > 0) cells.push({ date: isoDateOf(firstDay + d), attempts: attempts[d]!, activeUsers: users[d]! });
  }
  return cells;
}

function weekdayHourCells(ctx: EngineContext, start: number, end: number): WeekdayHourCell[] {
  const attempts = new Int32Array(CELLS);
  const users = new Int32Array(CELLS);
  countHours(ctx, start, end, attempts, users);
  const cells: WeekdayHourCell[] = [];
  for (let cell = 0; cell < CELLS; cell++) {
    if (attempts[cell]! > 0) {
      cells.push({ weekday: Math.floor(cell / 24) + 1, hour: cell % 24, attempts: attempts[cell]!, activeUsers: users[cell]! });
    }
  }
  return cells;
}

/** Answers `activityHeatmap`: attempts and distinct learners per local calendar day, or per ISO weekday × hour. */
export function activityHeatmap(ctx: EngineContext, params: QueryParams<'activityHeatmap'>): QueryResult<'activityHeatmap'> {
  const a = ctx.dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, ctx.dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  if (params.grid === 'weekdayHour') return { grid: 'weekdayHour', cells: weekdayHourCells(ctx, start, end) };
  return { grid: 'calendar', bucket: 'day', cells: calendarCells(ctx, start, end) };
}

// The scans, each in a function of its own (V8 optimizes a hot loop best alone). Rows come in time order, so the local
// day (or hour) of a row is almost always the previous row's: it is recomputed only when a row leaves the UTC span over
// which the last one holds (one offset, one local day or hour), and each row costs two comparisons.

/** Attempts and distinct users per local day (d = day − firstDay); false when days came out of order. */
function countDays(ctx: EngineContext, start: number, end: number, firstDay: number, attempts: Int32Array, users: Int32Array): boolean {
  const { dataset, clock, userMask, activityMask, days } = ctx;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const numbering = attemptUserNumbering(dataset, ctx.org);
  const number = numbering.of;
  const lastSeen = new Int32Array(numbering.size).fill(-1);
  let lo = Infinity;
  let hi = -Infinity;
  let d = 0;
  let keep = true;
  let previousDay = -1;
  let ordered = true;
  for (let i = start; i < end; i++) {
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const t = startedAt[i]!;
    if (t < lo || t >= hi) {
      const span = clock.offsetSpan(t);
      const day = Math.floor((t + span.offset) / DAY_MS);
      d = day - firstDay;
      lo = Math.max(span.from, day * DAY_MS - span.offset);
      hi = Math.min(span.to, (day + 1) * DAY_MS - span.offset);
      keep = days === 'all' || dayMatches(day, days);
    }
    if (!keep) continue;
    attempts[d]!++;
    const n = number[u]!;
    if (lastSeen[n] !== d) {
      lastSeen[n] = d;
      users[d]!++;
    }
    if (d < previousDay) ordered = false;
    previousDay = d;
  }
  return ordered;
}

/** Attempts and distinct users per (ISO weekday, local hour) cell: one bit per (user, cell) marks a user counted. */
function countHours(ctx: EngineContext, start: number, end: number, attempts: Int32Array, users: Int32Array): void {
  const { dataset, clock, userMask, activityMask, days } = ctx;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const numbering = attemptUserNumbering(dataset, ctx.org);
  const number = numbering.of;
  const counted = new Int32Array(numbering.size * WORDS);
  let lo = Infinity;
  let hi = -Infinity;
  let cell = 0;
  let keep = true;
  for (let i = start; i < end; i++) {
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const t = startedAt[i]!;
    if (t < lo || t >= hi) {
      const span = clock.offsetSpan(t);
      const local = t + span.offset;
      const day = Math.floor(local / DAY_MS);
      const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
      const hourStart = day * DAY_MS + hour * HOUR_MS - span.offset;
      lo = Math.max(span.from, hourStart);
      hi = Math.min(span.to, hourStart + HOUR_MS);
      keep = days === 'all' || dayMatches(day, days);
      const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
      cell = weekday * 24 + hour;
    }
    if (!keep) continue;
    attempts[cell]!++;
    const word = number[u]! * WORDS + (cell >>> 5);
    const bit = 1 << (cell & 31);
    if ((counted[word]! & bit) === 0) {
      counted[word] = counted[word]! | bit;
      users[cell]!++;
    }
  }
}
