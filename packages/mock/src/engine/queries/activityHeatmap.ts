import { dayMatches, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { attemptUserNumbering } from '../datasetIndex.js';
import { DAY_MS, HOUR_MS, LocalTimeCursor } from '../localTime.js';
import { attemptRowsByUser } from '../userRows.js';
import { heatmapIndex, type HeatmapIndex } from './activityHeatmapIndex.js';

type CalendarCell = Extract<QueryResult<'activityHeatmap'>, { grid: 'calendar' }>['cells'][number];
type WeekdayHourCell = Extract<QueryResult<'activityHeatmap'>, { grid: 'weekdayHour' }>['cells'][number];

const CELLS = 7 * 24;

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
  let ordered = true;
  const way = wayFor(ctx, start, end);
  if (way === 'users') countByUser(ctx, start, end, span, dayCursor(ctx, firstDay), attempts, users);
  else {
    const lastSeen = new Int32Array(userNumberColumn(dataset, ctx.org).size).fill(-1);
    const state: DayState = { d: -1, ordered: true };
    if (way === 'hours') countDaysByHour(ctx, heatmapIndex(dataset, ctx.org), start, end, firstDay, lastSeen, state, attempts, users);
    else countDays(ctx, start, end, firstDay, lastSeen, state, attempts, users);
    ordered = state.ordered;
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
  const attempts = new Int32Array(CELLS);
  const users = new Int32Array(CELLS);
  const way = wayFor(ctx, start, end);
  if (way === 'users') countByUser(ctx, start, end, CELLS, hourCursor(ctx), attempts, users);
  else {
    // One bit per (cell, user) marks a user counted, laid out cell by cell, so a run of rows in one hour touches only
    // its cell's bits (a few KiB, kept in cache).
    const words = (userNumberColumn(ctx.dataset, ctx.org).size + 31) >>> 5;
    const counted = takeCounted(ctx.dataset, CELLS * words);
    if (way === 'hours') countHoursByHour(ctx, heatmapIndex(ctx.dataset, ctx.org), start, end, counted, words, attempts, users);
    else countHours(ctx, start, end, counted, words, attempts, users);
    spareCounted.set(ctx.dataset, counted);
  }
  const cells: WeekdayHourCell[] = [];
  for (let cell = 0; cell < CELLS; cell++) {
    if (attempts[cell]! > 0) {
      cells.push({ weekday: Math.floor(cell / 24) + 1, hour: cell % 24, attempts: attempts[cell]!, activeUsers: users[cell]! });
    }
  }
  return cells;
}

// One spare bit table per dataset, taken out of the map while a query uses it (one that starts meanwhile, not expected
// since the engine runs one query to its end, finds none and allocates its own): at 10,000 learners it is 210 KiB,
// and allocating it per call made the collector's work as large as the counting's.
const spareCounted = new WeakMap<MockDataset, Int32Array>();

function takeCounted(dataset: MockDataset, length: number): Int32Array {
  const spare = spareCounted.get(dataset);
  if (spare === undefined || spare.length < length) return new Int32Array(length);
  spareCounted.delete(dataset);
  return spare.fill(0, 0, length);
}

/**
 * How to count: a few selected learners' own rows through the per-user attempt index ('users'); the org's hours
 * (activityHeatmapIndex.ts) without an activity filter ('hours'; under a user filter each hour's distinct users are
 * checked against it); or every row of the range ('rows'). Reading a row through the user index costs about four
 * times an hour's user, and a few times a row of the scan.
 */
function wayFor(ctx: EngineContext, start: number, end: number): 'users' | 'hours' | 'rows' {
  let selected = Infinity;
  if (ctx.users !== null) {
    const { offsets } = attemptRowsByUser(ctx.dataset);
    selected = 0;
    for (let k = 0; k < ctx.users.length; k++) selected += offsets[ctx.users[k]! + 1]! - offsets[ctx.users[k]!]!;
  }
  if (ctx.activityMask !== null) return selected * 2 < end - start ? 'users' : 'rows';
  if (ctx.userMask === null) return 'hours';
  const { first, hourRow, pairStart } = heatmapIndex(ctx.dataset, ctx.org);
  const pairs = start >= end ? 0 : pairStart[hourAt(hourRow, end - 1 - first) + 1]! - pairStart[hourAt(hourRow, start - first)]!;
  return selected * 4 < pairs ? 'users' : 'hours';
}

/** Per user number of the org's rows, 1 when the user filter selects the user; null without a filter. */
function selectedNumbers(ctx: EngineContext): Uint8Array | null {
  if (ctx.users === null) return null;
  const { dataset, org } = ctx;
  const numbering = attemptUserNumbering(dataset, org);
  // Numbers within the org (fewer than every user) repeat across orgs: a filter naming another org's user must not
  // select this org's user of the same number. Numbers over every user are user indexes, unique.
  const perOrg = numbering.size < dataset.users.length;
  const selected = new Uint8Array(numbering.size);
  for (let k = 0; k < ctx.users.length; k++) {
    const u = ctx.users[k]!;
    if (perOrg && dataset.index.org.get(dataset.users[u]!.org_id) !== org) continue;
    selected[numbering.of[u]!] = 1;
  }
  return selected;
}

/** The calendar cell (day − firstDay) of an instant, or -1 when the `days` filter leaves its day out. */
function dayCursor(ctx: EngineContext, firstDay: number): (utcMs: number) => number {
  const { clock, days } = ctx;
  let lo = Infinity;
  let hi = -Infinity;
  let cell = -1;
  return (t) => {
    if (t < lo || t >= hi) {
      const span = clock.offsetSpan(t);
      const day = Math.floor((t + span.offset) / DAY_MS);
      lo = Math.max(span.from, day * DAY_MS - span.offset);
      hi = Math.min(span.to, (day + 1) * DAY_MS - span.offset);
      cell = days === 'all' || dayMatches(day, days) ? day - firstDay : -1;
    }
    return cell;
  };
}

/** The weekday × hour cell of an instant, or -1 when the `days` filter leaves its day out. */
function hourCursor(ctx: EngineContext): (utcMs: number) => number {
  const { clock, days } = ctx;
  let lo = Infinity;
  let hi = -Infinity;
  let cell = -1;
  return (t) => {
    if (t < lo || t >= hi) {
      const span = clock.offsetSpan(t);
      const local = t + span.offset;
      const day = Math.floor(local / DAY_MS);
      const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
      const hourStart = day * DAY_MS + hour * HOUR_MS - span.offset;
      lo = Math.max(span.from, hourStart);
      hi = Math.min(span.to, hourStart + HOUR_MS);
      // 0 = Monday; 1970-01-01 was a Thursday.
      cell = days === 'all' || dayMatches(day, days) ? ((((day | 0) + 3) % 7) + 7) % 7 * 24 + hour : -1;
    }
    return cell;
  };
}

/** Answers `activityHeatmap`: attempts and distinct learners per local calendar day, or per ISO weekday × hour. */
export function activityHeatmap(ctx: EngineContext, params: QueryParams<'activityHeatmap'>): QueryResult<'activityHeatmap'> {
  const a = ctx.dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, ctx.dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  if (params.grid === 'weekdayHour') return { grid: 'weekdayHour', cells: weekdayHourCells(ctx, start, end) };
  return { grid: 'calendar', bucket: 'day', cells: calendarCells(ctx, start, end) };
}

/**
 * Each attempt's user number (`attemptUserNumbering`) of an org's rows, as a column beside the table (index i − the
 * org's first row), built once per dataset and org on first use. The scans read it in row order instead of looking a
 * row's user up in the numbering: that lookup lands anywhere in the org's users, one dependent load per row that cost
 * more than the rest of the row. Two bytes a row while an org has at most 65,536 users.
 */
interface NumberColumn {
  of: Uint16Array | Int32Array;
  size: number;
}
const numberColumns = new WeakMap<MockDataset, Map<number, NumberColumn>>();

function userNumberColumn(dataset: MockDataset, org: number): NumberColumn {
  let byOrg = numberColumns.get(dataset);
  if (byOrg === undefined) numberColumns.set(dataset, (byOrg = new Map()));
  const { start, end } = dataset.ranges.attempts[org]!;
  let column = byOrg.get(org);
  // A dataset's rows do not change after it is built; the length check only keeps a changed one from reading past it.
  if (column === undefined || column.of.length !== end - start) {
    const numbering = attemptUserNumbering(dataset, org);
    const user = dataset.attempts.user;
    const of = numbering.size <= 0x10000 ? new Uint16Array(end - start) : new Int32Array(end - start);
    for (let i = start; i < end; i++) of[i - start] = numbering.of[user[i]!]!;
    byOrg.set(org, (column = { of, size: numbering.size }));
  }
  return column;
}

// The scans, each in a function of its own (V8 optimizes a hot loop best alone). Rows come in time order, so the local
// day (or hour) of a row is almost always the previous row's: it is recomputed only when a row leaves the UTC span over
// which the last one holds (one offset, one local day or hour), and each row costs two comparisons. A cell's counts are
// kept in locals while its run of rows lasts and added when it ends. Whether a user is new to the cell is whether their
// mark differs, and it is counted without a branch: (x | -x) >>> 31 is 1 exactly when x ≠ 0, so the CPU never guesses
// (about half of the rows bring a user new to the cell, an even bet a branch would lose often).

/** Where a calendar count stands between the parts of a scan: the last local day counted and whether days kept in order. */
interface DayState {
  d: number;
  ordered: boolean;
}

/** Adds the rows [from, to) to the attempts and distinct users per local day (d = day − firstDay). */
function countDays(
  ctx: EngineContext,
  from: number,
  to: number,
  firstDay: number,
  lastSeen: Int32Array,
  state: DayState,
  attempts: Int32Array,
  users: Int32Array,
): void {
  const { dataset, clock, userMask, activityMask, days } = ctx;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const number = userNumberColumn(dataset, ctx.org).of;
  const first = dataset.ranges.attempts[ctx.org]!.start;
  let lo = Infinity;
  let hi = -Infinity;
  let d = state.d;
  let keep = false;
  let ordered = state.ordered;
  // The current run: its cell d, its rows and the users new to d among them.
  let runRows = 0;
  let runUsers = 0;
  for (let i = from; i < to; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const t = startedAt[i]!;
    if (t < lo || t >= hi) {
      if (keep) {
        attempts[d] = attempts[d]! + runRows;
        users[d] = users[d]! + runUsers;
      }
      runRows = 0;
      runUsers = 0;
      const span = clock.offsetSpan(t);
      const day = Math.floor((t + span.offset) / DAY_MS);
      lo = Math.max(span.from, day * DAY_MS - span.offset);
      hi = Math.min(span.to, (day + 1) * DAY_MS - span.offset);
      keep = days === 'all' || dayMatches(day, days);
      if (!keep) continue;
      const next = (day - firstDay) | 0;
      if (next < d) ordered = false;
      d = next;
    }
    if (!keep) continue;
    runRows++;
    const n = number[i - first]!;
    const x = lastSeen[n]! ^ d;
    lastSeen[n] = d;
    runUsers += (x | -x) >>> 31;
  }
  if (keep) {
    attempts[d] = attempts[d]! + runRows;
    users[d] = users[d]! + runUsers;
  }
  state.d = d;
  state.ordered = ordered;
}

/** How many of the user numbers pairUser[from, to) were not yet marked with day d, marking them. */
function markDay(pairUser: Uint16Array | Int32Array, from: number, to: number, lastSeen: Int32Array, d: number): number {
  let added = 0;
  for (let p = from; p < to; p++) {
    const n = pairUser[p]!;
    const x = lastSeen[n]! ^ d;
    lastSeen[n] = d;
    added += (x | -x) >>> 31;
  }
  return added;
}

/**
 * `markDay` over the pairs of the selected user numbers only; their attempts are added into added[1].
 */
function markDaySelected(index: HeatmapIndex, from: number, to: number, selected: Uint8Array, lastSeen: Int32Array, d: number, added: Int32Array): void {
  const { pairUser, pairCount } = index;
  let users = 0;
  let rows = 0;
  for (let p = from; p < to; p++) {
    const n = pairUser[p]!;
    if (selected[n] === 0) continue;
    rows += pairCount[p]!;
    const x = lastSeen[n]! ^ d;
    lastSeen[n] = d;
    users += (x | -x) >>> 31;
  }
  added[0] = users;
  added[1] = rows;
}

/**
 * Without an activity filter: the org's hours (activityHeatmapIndex.ts) in order. An hour that lies in one
 * span of a whole-hour offset is one local day's: its attempts are its row count and its users its distinct users,
 * marked by day as the row scan marks them. Any other hour (a half-hour zone, an hour cut by the range) is scanned
 * row by row with the same marks, so the two mix freely.
 */
function countDaysByHour(ctx: EngineContext, index: HeatmapIndex, start: number, end: number, firstDay: number, lastSeen: Int32Array, state: DayState, attempts: Int32Array, users: Int32Array): void {
  const { clock, days } = ctx;
  const { first, hour, hourRow, pairStart, pairUser } = index;
  const selected = selectedNumbers(ctx);
  const added = new Int32Array(2);
  let h = hourAt(hourRow, start - first);
  let spanFrom = Infinity;
  let spanTo = -Infinity;
  let offset = 0;
  for (; h < hour.length; h++) {
    const from = first + hourRow[h]!;
    const to = first + hourRow[h + 1]!;
    if (from >= end) break;
    const t = hour[h]! * HOUR_MS;
    if (t < spanFrom || t >= spanTo) {
      const span = clock.offsetSpan(t);
      spanFrom = span.from;
      spanTo = span.to;
      offset = span.offset;
    }
    if (from < start || to > end || t + HOUR_MS > spanTo || offset % HOUR_MS !== 0) {
      countDays(ctx, Math.max(from, start), Math.min(to, end), firstDay, lastSeen, state, attempts, users);
      continue;
    }
    const day = Math.floor((t + offset) / DAY_MS);
    if (days !== 'all' && !dayMatches(day, days)) continue;
    const d = (day - firstDay) | 0;
    if (d < state.d) state.ordered = false;
    state.d = d;
    if (selected === null) {
      attempts[d] = attempts[d]! + (to - from);
      users[d] = users[d]! + markDay(pairUser, pairStart[h]!, pairStart[h + 1]!, lastSeen, d);
    } else {
      markDaySelected(index, pairStart[h]!, pairStart[h + 1]!, selected, lastSeen, d, added);
      users[d] = users[d]! + added[0]!;
      attempts[d] = attempts[d]! + added[1]!;
    }
  }
}

/** The first hour (position in the index) whose rows do not all lie before org-relative row `row`. */
function hourAt(hourRow: Int32Array, row: number): number {
  let lo = 0;
  let hi = hourRow.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hourRow[mid + 1]! <= row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the rows [start, end) to the attempts and distinct users per (ISO weekday, local hour) cell, marking `counted`. */
function countHours(ctx: EngineContext, start: number, end: number, counted: Int32Array, words: number, attempts: Int32Array, users: Int32Array): void {
  const { dataset, clock, userMask, activityMask, days } = ctx;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const number = userNumberColumn(dataset, ctx.org).of;
  const first = dataset.ranges.attempts[ctx.org]!.start;
  let lo = Infinity;
  let hi = -Infinity;
  let offset = 0;
  let offsetFrom = Infinity;
  let offsetTo = -Infinity;
  let cell = 0;
  let keep = false;
  // Where the cell's bits start.
  let base = 0;
  let runRows = 0;
  let runUsers = 0;
  for (let i = start; i < end; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const t = startedAt[i]!;
    if (t < lo || t >= hi) {
      if (keep) {
        attempts[cell] = attempts[cell]! + runRows;
        users[cell] = users[cell]! + runUsers;
      }
      runRows = 0;
      runUsers = 0;
      // The zone's offset changes a few times a year, the hour every hour: the offset is looked up only past its span.
      if (t < offsetFrom || t >= offsetTo) {
        const span = clock.offsetSpan(t);
        offset = span.offset;
        offsetFrom = span.from;
        offsetTo = span.to;
      }
      const local = t + offset;
      const day = Math.floor(local / DAY_MS);
      const hour = Math.floor((local - day * DAY_MS) / HOUR_MS);
      const hourStart = day * DAY_MS + hour * HOUR_MS - offset;
      lo = Math.max(offsetFrom, hourStart);
      hi = Math.min(offsetTo, hourStart + HOUR_MS);
      keep = days === 'all' || dayMatches(day, days);
      // 0 = Monday; 1970-01-01 was a Thursday. In int32 arithmetic: % on a double is a call to fmod, once an hour of rows.
      const weekday = ((((day | 0) + 3) % 7) + 7) % 7;
      cell = (weekday * 24 + hour) | 0;
      base = cell * words;
    }
    if (!keep) continue;
    runRows++;
    const n = number[i - first]!;
    const k = base + (n >>> 5);
    const bits = counted[k]!;
    counted[k] = bits | (1 << (n & 31));
    runUsers += (~bits >>> (n & 31)) & 1;
  }
  if (keep) {
    attempts[cell] = attempts[cell]! + runRows;
    users[cell] = users[cell]! + runUsers;
  }
}

/** How many of the user numbers pairUser[from, to) were not yet marked in the cell's bits from `base`, marking them. */
function markCell(pairUser: Uint16Array | Int32Array, from: number, to: number, counted: Int32Array, base: number): number {
  let added = 0;
  for (let p = from; p < to; p++) {
    const n = pairUser[p]!;
    const k = base + (n >>> 5);
    const bits = counted[k]!;
    counted[k] = bits | (1 << (n & 31));
    added += (~bits >>> (n & 31)) & 1;
  }
  return added;
}

/** `markCell` over the pairs of the selected user numbers only; their attempts are added into added[1]. */
function markCellSelected(index: HeatmapIndex, from: number, to: number, selected: Uint8Array, counted: Int32Array, base: number, added: Int32Array): void {
  const { pairUser, pairCount } = index;
  let users = 0;
  let rows = 0;
  for (let p = from; p < to; p++) {
    const n = pairUser[p]!;
    if (selected[n] === 0) continue;
    rows += pairCount[p]!;
    const k = base + (n >>> 5);
    const bits = counted[k]!;
    counted[k] = bits | (1 << (n & 31));
    users += (~bits >>> (n & 31)) & 1;
  }
  added[0] = users;
  added[1] = rows;
}

/** `countDaysByHour` for the weekday × hour grid: an hour in one span of a whole-hour offset is one cell's. */
function countHoursByHour(ctx: EngineContext, index: HeatmapIndex, start: number, end: number, counted: Int32Array, words: number, attempts: Int32Array, users: Int32Array): void {
  const { clock, days } = ctx;
  const { first, hour, hourRow, pairStart, pairUser } = index;
  const selected = selectedNumbers(ctx);
  const added = new Int32Array(2);
  let spanFrom = Infinity;
  let spanTo = -Infinity;
  let offset = 0;
  for (let h = hourAt(hourRow, start - first); h < hour.length; h++) {
    const from = first + hourRow[h]!;
    const to = first + hourRow[h + 1]!;
    if (from >= end) break;
    const t = hour[h]! * HOUR_MS;
    if (t < spanFrom || t >= spanTo) {
      const span = clock.offsetSpan(t);
      spanFrom = span.from;
      spanTo = span.to;
      offset = span.offset;
    }
    if (from < start || to > end || t + HOUR_MS > spanTo || offset % HOUR_MS !== 0) {
      countHours(ctx, Math.max(from, start), Math.min(to, end), counted, words, attempts, users);
      continue;
    }
    const local = t + offset;
    const day = Math.floor(local / DAY_MS);
    if (days !== 'all' && !dayMatches(day, days)) continue;
    const hourOfDay = Math.floor((local - day * DAY_MS) / HOUR_MS);
    const cell = (((((day | 0) + 3) % 7) + 7) % 7) * 24 + hourOfDay;
    if (selected === null) {
      attempts[cell] = attempts[cell]! + (to - from);
      users[cell] = users[cell]! + markCell(pairUser, pairStart[h]!, pairStart[h + 1]!, counted, cell * words);
    } else {
      markCellSelected(index, pairStart[h]!, pairStart[h + 1]!, selected, counted, cell * words, added);
      users[cell] = users[cell]! + added[0]!;
      attempts[cell] = attempts[cell]! + added[1]!;
    }
  }
}

/**
 * A few selected learners (a team, a learner) through the per-user attempt index, user by user: each cell (`cellOf`
 * a row) counts a user once by holding the number of the last user counted in it, so no order across users is
 * needed.
 */
function countByUser(ctx: EngineContext, start: number, end: number, cells: number, cellOf: (utcMs: number) => number, attempts: Int32Array, users: Int32Array): void {
  const selected = ctx.users!;
  const { offsets, rows } = attemptRowsByUser(ctx.dataset);
  const { startedAt, activity } = ctx.dataset.attempts;
  const activityMask = ctx.activityMask;
  const lastUser = new Int32Array(cells).fill(-1);
  for (let k = 0; k < selected.length; k++) {
    const u = selected[k]!;
    const stop = offsets[u + 1]!;
    for (let j = lowerBound(rows, offsets[u]!, stop, start); j < stop; j++) {
      const i = rows[j]!;
      if (i >= end) break;
      if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
      const cell = cellOf(startedAt[i]!);
      if (cell < 0) continue;
      attempts[cell]!++;
      if (lastUser[cell] !== k) {
        lastUser[cell] = k;
        users[cell]!++;
      }
    }
  }
}
