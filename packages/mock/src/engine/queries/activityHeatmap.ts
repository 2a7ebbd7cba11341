import { dayMatches, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
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
  const lastSeen = new Int32Array(dataset.users.length).fill(-1);
  const cursor = new LocalTimeCursor(clock);
  let previousDay = -1;
  let ordered = true;
  for (let i = start; i < end; i++) {
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const d = Math.floor(cursor.local(startedAt[i]!) / DAY_MS) - firstDay;
    if (days !== 'all' && !dayMatches(firstDay + d, days)) continue;
    attempts[d]!++;
    if (lastSeen[u] !== d) {
      lastSeen[u] = d;
      users[d]!++;
    }
    if (d < previousDay) ordered = false;
    previousDay = d;
  }
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
  const { dataset, clock, userMask, activityMask, days } = ctx;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const attempts = new Int32Array(CELLS);
  const users = new Int32Array(CELLS);
  const counted = new Int32Array(dataset.users.length * WORDS);
  const cursor = new LocalTimeCursor(clock);
  for (let i = start; i < end; i++) {
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const local = cursor.local(startedAt[i]!);
    const day = Math.floor(local / DAY_MS);
    const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
    if (days !== 'all' && !dayMatches(day, days)) continue;
    const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
    const cell = weekday * 24 + hour;
    attempts[cell]!++;
    const word = u * WORDS + (cell >>> 5);
    const bit = 1 << (cell & 31);
    if ((counted[word]! & bit) === 0) {
      counted[word] = counted[word]! | bit;
      users[cell]!++;
    }
  }
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
