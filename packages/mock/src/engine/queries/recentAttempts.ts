import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { timeSlice, type EngineContext } from '../context.js';
import { isoOrNull, nullable } from '../nullable.js';
import { timeOrderedPage, type AttemptPage } from '../timeOrderedPage.js';
import { attemptIdPlaces } from '../idOrder.js';
import { TopK } from '../topK.js';
import { attemptsInScope, countsWithoutScan } from '../rowsInScope.js';
import { attemptsByDuration, attemptsByScore, type AttemptValueOrder } from './attemptValueOrder.js';

/** Per row, the number an attempt sorts by: a column read directly (score, duration) or a place looked up by index. */
type SortValues = { column: Float64Array } | { index: Int32Array; places: Float64Array };

// Sorting by score, duration or a name: keep only the first offset + limit rows while scanning, ties by the attempt
// id's place (an integer built once per dataset), so equal scores never compare strings.
function keyedPage(
  ctx: EngineContext,
  start: number,
  end: number,
  values: SortValues,
  descending: boolean,
  offset: number,
  limit: number,
): AttemptPage {
  const top = new TopK(Math.min(offset + limit, end - start), attemptIdPlaces(ctx.dataset));
  const total = 'column' in values ? scanColumn(ctx, start, end, values.column, descending, top) : scanMapped(ctx, start, end, values, descending, top);
  return { total, rows: top.sorted().slice(offset, offset + limit) };
}

// An index walk reads rows at random, a scan in order: the walk is taken when it is expected to read at most a
// quarter as many rows as the scan.
const WALK_VERSUS_SCAN = 4;

/**
 * The page of a sort by score or duration read off the org's rows in that order (attemptValueOrder.ts), when the
 * rows in scope can be counted without a scan and are dense enough in the org that the page's rows come early in
 * the walk; null when scanning is cheaper or the index does not apply.
 */
function indexedPage(
  ctx: EngineContext,
  start: number,
  end: number,
  orderOf: (dataset: MockDataset, org: number) => AttemptValueOrder,
  column: Float64Array,
  descending: boolean,
  offset: number,
  limit: number,
): AttemptPage | null {
  const { userMask } = ctx;
  const wanted = offset + limit;
  if (!Number.isFinite(wanted) || !countsWithoutScan(ctx, start, end)) return null;
  const total = attemptsInScope(ctx, start, end);
  if (total === 0) return { total, rows: [] };
  const range = ctx.dataset.ranges.attempts[ctx.org]!;
  const expectedWalk = Math.min(Math.min(wanted, total) * ((range.end - range.start) / total), range.end - range.start);
  if (expectedWalk * WALK_VERSUS_SCAN > end - start) return null;
  const order = orderOf(ctx.dataset, ctx.org);
  if (!order.usable) return null;

  const rows = order.rows;
  const user = ctx.dataset.attempts.user;
  const page: number[] = [];
  const need = Math.min(wanted, total);
  // Takes rows[from..to) in order while the page is short; true once it is full.
  const take = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const i = rows[k]!;
      if (i < start || i >= end || (userMask !== null && userMask[user[i]!] === 0)) continue;
      page.push(i);
      if (page.length === need) return true;
    }
    return false;
  };
  if (!descending) {
    take(0, rows.length);
  } else {
    // Highest value first, but equal values still by attempt id ascending: walk the groups of equal values from the
    // top down, each group forwards; missing values stay last.
    let hi = order.missingFrom;
    let full = false;
    while (hi > 0 && !full) {
      const v = column[rows[hi - 1]!]!;
      let lo = 0;
      let top = hi - 1;
      while (lo < top) {
        const mid = (lo + top) >>> 1;
        if (column[rows[mid]!]! < v) lo = mid + 1;
        else top = mid;
      }
      full = take(lo, hi);
      hi = lo;
    }
    if (!full) take(order.missingFrom, rows.length);
  }
  return { total, rows: page.slice(offset) };
}

// The two scans are separate functions so each loop stays monomorphic. A row whose key is above the heap's bound
// cannot enter it: the common case costs one comparison, no call.
function scanColumn(ctx: EngineContext, start: number, end: number, column: Float64Array, descending: boolean, top: TopK): number {
  const { userMask, activityMask } = ctx;
  const { user, activity } = ctx.dataset.attempts;
  let total = 0;
  let bound = top.bound;
  for (let i = start; i < end; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    total++;
    const v = column[i]!;
    const key = v !== v ? Infinity : descending ? -v : v;
    if (key > bound) continue;
    top.offer(i, key);
    bound = top.bound;
  }
  return total;
}

function scanMapped(
  ctx: EngineContext,
  start: number,
  end: number,
  values: { index: Int32Array; places: Float64Array },
  descending: boolean,
  top: TopK,
): number {
  const { userMask, activityMask } = ctx;
  const { user, activity } = ctx.dataset.attempts;
  const { index, places } = values;
  let total = 0;
  let bound = top.bound;
  for (let i = start; i < end; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    total++;
    const v = places[index[i]!]!;
    const key = v !== v ? Infinity : descending ? -v : v;
    if (key > bound) continue;
    top.offer(i, key);
    bound = top.bound;
  }
  return total;
}

// Name places are computed once per dataset: a sort by name then costs what a sort by score does.
const namePlaces = new WeakMap<object, { users: Float64Array; activities: Float64Array }>();

/** Places of `names` in code-point order (equal names share a place), so a name sorts as a number. */
function codePointPlaces(names: readonly string[]): Float64Array {
  const order = names.map((_, i) => i).sort((x, y) => (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0));
  const places = new Float64Array(names.length);
  order.forEach((index, place) => {
    const previous = order[place - 1];
    places[index] = previous !== undefined && names[previous] === names[index] ? places[previous]! : place;
  });
  return places;
}

/** What attempts sort by for a field other than startedAt (NaN sorts last). */
function sortValuesOf(ctx: EngineContext, field: 'score' | 'durationSeconds' | 'displayName' | 'activityName'): SortValues {
  const { dataset } = ctx;
  const a = dataset.attempts;
  if (field === 'score') return { column: a.score };
  if (field === 'durationSeconds') return { column: a.duration };
  let places = namePlaces.get(dataset);
  if (!places) {
    places = { users: codePointPlaces(dataset.users.map((u) => u.display_name)), activities: codePointPlaces(dataset.activities.map((act) => act.title)) };
    namePlaces.set(dataset, places);
  }
  return field === 'displayName' ? { index: a.user, places: places.users } : { index: a.activity, places: places.activities };
}

/** Answers `recentAttempts`: a sorted page of the attempts in scope (missing scores and durations last) and a total. */
export function recentAttempts(ctx: EngineContext, params: QueryParams<'recentAttempts'>): QueryResult<'recentAttempts'> {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const { field, descending } = parseSort(params.sort);
  const limit = params.limit ?? Infinity;
  const byValue = field === 'score' ? attemptsByScore : field === 'durationSeconds' ? attemptsByDuration : null;
  const page =
    field === 'startedAt'
      ? timeOrderedPage(ctx, start, end, params.offset, limit, descending)
      : ((byValue !== null &&
          indexedPage(ctx, start, end, byValue, field === 'score' ? a.score : a.duration, descending, params.offset, limit)) ||
        keyedPage(ctx, start, end, sortValuesOf(ctx, field), descending, params.offset, limit));
  return {
    total: page.total,
    rows: page.rows.map((i) => {
      const u = dataset.users[a.user[i]!]!;
      const act = dataset.activities[a.activity[i]!]!;
      return {
        attemptId: a.id[i]!,
        userId: u.user_id,
        displayName: u.display_name,
        activityId: act.activity_id,
        activityName: act.title,
        score: nullable(a.score[i]!),
        durationSeconds: nullable(a.duration[i]!),
        startedAt: new Date(a.startedAt[i]!).toISOString(),
        endedAt: isoOrNull(a.endedAt[i]!),
      };
    }),
  };
}
