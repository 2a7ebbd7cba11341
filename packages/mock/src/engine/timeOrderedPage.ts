import { lowerBound, type EngineContext } from './context.js';
import { compareText } from './compare.js';
import { attemptIdPlaces } from './idOrder.js';
import { attemptsInScope, collectInScope } from './rowsInScope.js';

/** A page of attempt row indexes and the number of rows that matched. */
export interface AttemptPage {
  total: number;
  rows: number[];
}

/**
 * The page [offset, offset + limit) of the attempts in rows [start, end) that pass the context's user and
 * activity masks, ordered by started_at (ascending or descending) then attempt_id ascending. The rows are
 * already time-sorted, so only the tie groups at the page's edges need sorting.
 */
export function timeOrderedPage(
  ctx: EngineContext,
  start: number,
  end: number,
  offset: number,
  limit: number,
  descending: boolean,
): AttemptPage {
  const times = ctx.dataset.attempts.startedAt;
  const total = attemptsInScope(ctx, start, end);
  const first = Math.min(offset, total);
  const last = Math.min(offset + limit, total);
  if (first >= last) return { total, rows: [] };

  // The rows at positions [0, last) in the page's direction; only they and the tie group at the page's far edge
  // can be on the page, so the rest of the slice is never read.
  let leading: Int32Array;
  let next: number;
  if (ctx.userMask === null && ctx.activityMask === null) {
    leading = new Int32Array(0);
    next = descending ? end - 1 - last : start + last;
  } else {
    leading = new Int32Array(last);
    next = collectInScope(ctx, start, end, descending, leading, total).next;
  }
  const at = (p: number): number => (leading.length === 0 ? (descending ? end - 1 - p : start + p) : leading[p]!);
  let lo = first;
  while (lo > 0 && times[at(lo - 1)] === times[at(lo)]) lo--;
  const block: number[] = [];
  for (let p = lo; p < last; p++) block.push(at(p));
  // Rows past `last` that share its start time may sort before it by attempt id.
  const edge = times[at(last - 1)]!;
  const step = descending ? -1 : 1;
  const { userMask, activityMask } = ctx;
  const { user, activity } = ctx.dataset.attempts;
  for (let i = next; i >= start && i < end && times[i] === edge; i += step) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    block.push(i);
  }
  orderTies(block, times, attemptIdPlaces(ctx.dataset));
  return { total, rows: block.slice(first - lo, last - lo) };
}

// `block` is in start-time order already (either direction): only each run of equal start times needs ordering, by
// attempt id (its place in code-point order, an integer), so no comparison sort runs over the whole page.
function orderTies(block: number[], times: Float64Array, places: Int32Array): void {
  for (let r = 0; r < block.length; ) {
    const t = times[block[r]!]!;
    let s = r + 1;
    while (s < block.length && times[block[s]!] === t) s++;
    if (s - r > 1) {
      const run = block.slice(r, s).sort((x, y) => places[x]! - places[y]!);
      for (let k = 0; k < run.length; k++) block[r + k] = run[k]!;
    }
    r = s;
  }
}

/**
 * Keyset paging of the attempts in rows [start, end) (time-sorted) passing the context's masks: the first `limit`
 * rows after (afterMs, afterId) in (started_at, attempt_id) order, and how many rows follow the key in all. Starts
 * at the key by binary search, so reading an export page by page stays linear in its rows.
 */
export function keysetPage(ctx: EngineContext, start: number, end: number, afterMs: number, afterId: string, limit: number): AttemptPage {
  const a = ctx.dataset.attempts;
  const times = a.startedAt;
  const ids = a.id;
  const { userMask, activityMask } = ctx;
  const user = a.user;
  const activity = a.activity;
  let i = lowerBound(times, start, end, afterMs);
  const block: number[] = [];
  let total = 0;
  let edge = NaN; // started_at of the row that filled the page; rows tied with it may still sort before it
  for (; i < end; i++) {
    const t = times[i]!;
    if (t === afterMs && compareText(ids[i]!, afterId) <= 0) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    if (block.length >= limit && t !== edge) {
      // Past the page and its tie group: without masks the rest can be counted without looking.
      if (userMask === null && activityMask === null) {
        total += end - i;
        break;
      }
      total++;
      continue;
    }
    total++;
    block.push(i);
    if (block.length === limit) edge = t;
  }
  block.sort((x, y) => times[x]! - times[y]! || compareText(ids[x]!, ids[y]!));
  return { total, rows: block.slice(0, limit) };
}
