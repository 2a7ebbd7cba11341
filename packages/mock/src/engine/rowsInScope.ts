import { lowerBound, type EngineContext } from './context.js';
import { attemptRowsByUser } from './userRows.js';

// Below this many rows of the slice per selected user, counting through the per-user index (two binary searches a
// user) costs more than one pass over the slice.
const ROWS_PER_USER_FOR_INDEX = 32;

/**
 * How many attempt rows in [start, end) (a slice of the viewer's org) pass the context's user and activity masks.
 * Without masks that is the slice's length; with only a user list, the sum of each user's rows in the slice through
 * the per-user index; otherwise one pass that adds the mask bits (0 or 1) instead of branching on them: a branch
 * on a mask that selects rows at random mispredicts on a good share of rows, and a mispredicted branch costs more
 * here than the loads of a whole row.
 */
export function attemptsInScope(ctx: EngineContext, start: number, end: number): number {
  const { userMask, activityMask } = ctx;
  if (userMask === null && activityMask === null) return end - start;
  if (countsByUser(ctx, start, end)) {
    const users = ctx.users!;
    const { offsets, rows } = attemptRowsByUser(ctx.dataset);
    let total = 0;
    for (let k = 0; k < users.length; k++) {
      const u = users[k]!;
      const from = lowerBound(rows, offsets[u]!, offsets[u + 1]!, start);
      total += lowerBound(rows, from, offsets[u + 1]!, end) - from;
    }
    return total;
  }
  const { user, activity } = ctx.dataset.attempts;
  return countMasked(user, activity, userMask, activityMask, start, end);
}

/** Whether `attemptsInScope` counts the rows of [start, end) without reading them (no mask, or a few users' only). */
export function countsWithoutScan(ctx: EngineContext, start: number, end: number): boolean {
  return (ctx.userMask === null && ctx.activityMask === null) || countsByUser(ctx, start, end);
}

function countsByUser(ctx: EngineContext, start: number, end: number): boolean {
  return ctx.activityMask === null && ctx.users !== null && ctx.users.length * ROWS_PER_USER_FOR_INDEX <= end - start;
}

// Mask entries are 0 or 1, so a row's bit is the product (here: and) of its masks' entries.
function countMasked(
  user: Int32Array,
  activity: Int32Array,
  userMask: Uint8Array | null,
  activityMask: Uint8Array | null,
  start: number,
  end: number,
): number {
  let total = 0;
  if (activityMask === null) {
    for (let i = start; i < end; i++) total += userMask![user[i]!]!;
  } else if (userMask === null) {
    for (let i = start; i < end; i++) total += activityMask[activity[i]!]!;
  } else {
    for (let i = start; i < end; i++) total += userMask[user[i]!]! & activityMask[activity[i]!]!;
  }
  return total;
}

/**
 * Writes into `into` the first rows of [start, end) that pass the context's masks — ascending from `start`, or
 * descending from `end - 1` — until `into` is full or the slice ends. Returns how many it wrote and the next row to
 * look at in that direction (`end`, or `start - 1` descending, once the slice is exhausted). Each row is written
 * unconditionally and the write position advances by its mask bit, so no branch depends on the masks. A few users'
 * rows are merged from the per-user index instead, unless `inScope` (the rows in scope in the slice, when known)
 * says they are dense enough that the scan meets them sooner.
 */
export function collectInScope(
  ctx: EngineContext,
  start: number,
  end: number,
  descending: boolean,
  into: Int32Array,
  inScope?: number,
): { written: number; next: number } {
  const { userMask, activityMask } = ctx;
  const { user, activity } = ctx.dataset.attempts;
  const cap = into.length;
  let n = 0;
  if (cap === 0) return { written: 0, next: descending ? end - 1 : start };
  if (countsByUser(ctx, start, end) && mergeIsCheaper(ctx.users!.length, end - start, inScope)) return mergeUserRows(ctx, start, end, descending, into);
  if (!descending) {
    let i = start;
    for (; i < end; i++) {
      into[n] = i;
      n += rowBit(userMask, activityMask, user, activity, i);
      if (n === cap) return { written: n, next: i + 1 };
    }
    return { written: n, next: i };
  }
  let i = end - 1;
  for (; i >= start; i--) {
    into[n] = i;
    n += rowBit(userMask, activityMask, user, activity, i);
    if (n === cap) return { written: n, next: i - 1 };
  }
  return { written: n, next: i };
}

function rowBit(
  userMask: Uint8Array | null,
  activityMask: Uint8Array | null,
  user: Int32Array,
  activity: Int32Array,
  i: number,
): number {
  return (userMask === null ? 1 : userMask[user[i]!]!) & (activityMask === null ? 1 : activityMask[activity[i]!]!);
}

// The merge costs about two heap steps per level per row taken, the scan one step per row it passes: the scan passes
// slice / inScope rows per row taken.
function mergeIsCheaper(users: number, slice: number, inScope: number | undefined): boolean {
  return inScope === undefined || inScope === 0 || slice > inScope * 2 * Math.log2(users + 1);
}

/**
 * `collectInScope` for a few users: their own rows in [start, end) merged in row order (each user's list is
 * ascending) through a heap of one cursor per user, so only the rows written and one per user are read.
 */
function mergeUserRows(ctx: EngineContext, start: number, end: number, descending: boolean, into: Int32Array): { written: number; next: number } {
  const users = ctx.users!;
  const { offsets, rows } = attemptRowsByUser(ctx.dataset);
  // Per cursor: its next position in `rows` and where its user's rows in the slice stop (exclusive, in the walk's
  // direction). The heap holds cursor numbers, the one whose next row comes first at its root.
  const at = new Int32Array(users.length);
  const stop = new Int32Array(users.length);
  const heap = new Int32Array(users.length);
  const step = descending ? -1 : 1;
  let size = 0;
  for (let k = 0; k < users.length; k++) {
    const u = users[k]!;
    const from = lowerBound(rows, offsets[u]!, offsets[u + 1]!, start);
    const to = lowerBound(rows, from, offsets[u + 1]!, end);
    if (from === to) continue;
    at[size] = descending ? to - 1 : from;
    stop[size] = descending ? from - 1 : to;
    heap[size] = size;
    size++;
  }
  // Row of cursor c comes before that of d in the walk's direction.
  const before = (c: number, d: number): boolean => (descending ? rows[at[c]!]! > rows[at[d]!]! : rows[at[c]!]! < rows[at[d]!]!);
  const siftDown = (p: number): void => {
    for (;;) {
      const left = 2 * p + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, heap[p]!)) return;
      const t = heap[p]!;
      heap[p] = heap[child]!;
      heap[child] = t;
      p = child;
    }
  };
  for (let p = (size >> 1) - 1; p >= 0; p--) siftDown(p);
  const cap = into.length;
  let n = 0;
  let last = descending ? end : start - 1;
  while (size > 0 && n < cap) {
    const c = heap[0]!;
    last = rows[at[c]!]!;
    into[n++] = last;
    at[c]! += step;
    if (at[c] === stop[c]) heap[0] = heap[--size]!;
    siftDown(0);
  }
  if (n < cap) return { written: n, next: descending ? start - 1 : end };
  return { written: n, next: last + step };
}
