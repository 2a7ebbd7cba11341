import { bucketStartDay, dayMatches, isoDateOf, nextBucketStartDay, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import type { MasteryColumns } from '../../dataset/dataset.types.js';
import { UserSlots, userNumbering } from '../datasetIndex.js';
import { localDayRuns, type LocalDayRuns } from './localDayRuns.js';
import { masteryByContent, type MasteryByContent } from './masteryByContent.js';

type Row = QueryResult<'masteryTrend'>['rows'][number];

// Above this many (content × learner) pairs the per-pair "seen in this bucket" stamps would cost too much
// memory, and distinct learners are counted with a set per bucket instead.
const MAX_STAMPS = 1 << 22;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Answers `masteryTrend`: mastery deltas per content item and local bucket, with a 95% band on current mastery. */
export function masteryTrend(ctx: EngineContext, params: QueryParams<'masteryTrend'>): QueryResult<'masteryTrend'> {
  const { dataset, activityMask } = ctx;
  const bucket = params.bucket;
  const m = dataset.mastery;
  const { start, end } = timeSlice(m.occurredAt, dataset.ranges.mastery[ctx.org]!, ctx.fromMs, ctx.toMs);
  if (start === end) return { bucket, rows: [] };

  // Org-local indexes of the selected content items and learners (-1 = not selected).
  const orgId = ctx.scope.orgId;
  const contentLocal = new Int32Array(dataset.activities.length).fill(-1);
  const contents: number[] = [];
  dataset.activities.forEach((a, i) => {
    if (a.org_id === orgId && (activityMask === null || activityMask[i] === 1)) {
      contentLocal[i] = contents.length;
      contents.push(i);
    }
  });
  // Learners numbered densely: every user of the org by its number in the org, or the selected ones by a slot.
  let slots: UserSlots | null = null;
  let userLocal: Int32Array;
  let userCount: number;
  if (ctx.users === null) {
    const numbering = userNumbering(dataset, 'mastery', ctx.org);
    userLocal = numbering.of;
    userCount = numbering.size;
  } else {
    slots = new UserSlots(dataset, ctx.users.length);
    for (const u of ctx.users) if (dataset.users[u]!.org_id === orgId) slots.slot(u);
    userCount = slots.count;
    userLocal = slots.users; // unused: the slots answer the lookups
  }
  try {
    return trend(ctx, params, start, end, contents, contentLocal, slots, userLocal, userCount);
  } finally {
    slots?.release();
  }
}

function trend(
  ctx: EngineContext,
  params: QueryParams<'masteryTrend'>,
  start: number,
  end: number,
  contents: number[],
  contentLocal: Int32Array,
  slots: UserSlots | null,
  userLocal: Int32Array,
  userCount: number,
): QueryResult<'masteryTrend'> {
  const { dataset, clock, days } = ctx;
  const { bucket, weekStart } = params;
  const m = dataset.mastery;
  if (contents.length === 0 || userCount === 0) return { bucket, rows: [] };
  // Rows in runs of one local day; the slice is sorted by time, so its buckets run from the first row's to the last
  // row's, in order.
  const runs = localDayRuns(clock, m.occurredAt, start, end);
  const bucketStarts: number[] = [];
  const bucketIndex = new Map<number, number>();
  const lastStart = bucketStartDay(runs.day[runs.count - 1]!, bucket, weekStart);
  for (let d = bucketStartDay(runs.day[0]!, bucket, weekStart); d <= lastStart; d = nextBucketStartDay(d, bucket)) {
    bucketIndex.set(d, bucketStarts.length);
    bucketStarts.push(d);
  }
  const buckets = bucketStarts.length;
  // Each run's bucket, or -1 when the `days` filter drops its day; and whether buckets only ever move forward (a zone
  // whose clocks go back over a midnight can return to the previous day, and so to the previous bucket).
  const runBucket = new Int32Array(runs.count);
  let forward = true;
  let latest = -1;
  for (let r = 0; r < runs.count; r++) {
    const day = runs.day[r]!;
    const b = days === 'all' || dayMatches(day, days) ? bucketIndex.get(bucketStartDay(day, bucket, weekStart))! : -1;
    runBucket[r] = b;
    if (b >= 0 && b < latest) forward = false;
    if (b > latest) latest = b;
  }

  const width = contents.length;
  const acc = new Float64Array(buckets * width * FIELDS);
  const scan: Scan = { m, runs, runBucket, contentLocal, width, acc };
  if (days === 'all' && forward) {
    // Each bucket's first table row (an empty bucket's is the next one's).
    const first = new Int32Array(buckets + 1).fill(-1);
    first[buckets] = end;
    for (let r = runs.count - 1; r >= 0; r--) first[runBucket[r]!] = runs.from[r]!;
    for (let b = buckets - 1; b >= 0; b--) if (first[b]! < 0) first[b] = first[b + 1]!;
    const index = masteryByContent(dataset, ctx.org);
    if (slots === null) scanByContent(scan, contents, index, first);
    else scanEntries(scan, index, selectedEntries(index, slots, contents, start, end), first);
  } else {
    const pairs = width * userCount;
    const users: Learners = { slots, userLocal, userCount };
    if (pairs <= MAX_STAMPS) scanWithStamps(scan, users, new Int32Array(pairs));
    else scanWithSet(scan, users, new Set<number>());
  }

  const order = contents
    .map((activity, local) => ({ id: dataset.activities[activity]!.activity_id, local }))
    .sort((x, y) => compareText(x.id, y.id));
  const bucketIsos = bucketStarts.map((d) => isoDateOf(d));
  const rows: Row[] = [];
  for (const { id, local } of order) {
    const contentType = dataset.activities[contents[local]!]!.kind;
    for (let k = 0; k < buckets; k++) {
      const o = (k * width + local) * FIELDS;
      const n = acc[o + COUNT]!;
      if (n === 0) continue;
      const avgCurrent = clamp01(acc[o + SUM_CURRENT]! / n);
      const m2 = acc[o + M2]!;
      const half = n > 1 ? (1.96 * Math.sqrt(Math.max(0, m2) / (n - 1))) / Math.sqrt(n) : 0;
      rows.push({
        contentId: id,
        contentType,
        bucketStart: bucketIsos[k]!,
        learnersAffected: acc[o + LEARNERS]!,
        avgMasteryChange: Math.max(-1, Math.min(1, acc[o + SUM_DELTA]! / n)),
        avgCurrentMastery: avgCurrent,
        avgConfidence: clamp01(acc[o + SUM_CONFIDENCE]! / n),
        deltaCount: n,
        bandLow: clamp01(avgCurrent - half),
        bandHigh: clamp01(avgCurrent + half),
      });
    }
  }
  return { bucket, rows };
}

// The sums of one (bucket, content item) cell, side by side in `acc` at (bucket × contents + content) × FIELDS, so one
// row touches one cache line and one bucket's cells are contiguous. Counts are exact in a double.
const COUNT = 0;
const SUM_DELTA = 1;
const SUM_CURRENT = 2;
const SUM_CONFIDENCE = 3;
// Welford's running mean and squared deviations of current mastery, for a stable sample deviation.
const MEAN = 4;
const M2 = 5;
const LEARNERS = 6;
const FIELDS = 8;

/** What every scan reads and fills. */
interface Scan {
  m: MasteryColumns;
  runs: LocalDayRuns;
  /** Per run, its bucket, or -1 when the run is left out. */
  runBucket: Int32Array;
  contentLocal: Int32Array;
  /** Number of content items: cells per bucket. */
  width: number;
  acc: Float64Array;
}

/** The learners a row may belong to: numbered by `userLocal` (every learner of the org) or by `slots` (a selection). */
interface Learners {
  slots: UserSlots | null;
  userLocal: Int32Array;
  userCount: number;
}

// One row into its cell (o: the cell's offset in acc): Welford's running mean and squared deviations of current
// mastery, for a stable sample deviation.
function addDelta(m: MasteryColumns, i: number, acc: Float64Array, o: number): void {
  const n = ++acc[o + COUNT]!;
  const current = m.current[i]!;
  acc[o + SUM_DELTA]! += m.delta[i]!;
  acc[o + SUM_CURRENT]! += current;
  acc[o + SUM_CONFIDENCE]! += m.confidence[i]!;
  const dev = current - acc[o + MEAN]!;
  const mean = acc[o + MEAN]! + dev / n;
  acc[o + MEAN] = mean;
  acc[o + M2]! += dev * (current - mean);
}

// The scan when every bucket is one contiguous stretch of rows (no `days` filter, buckets only moving forward): per
// content item and bucket, the stretch of the item's group (masteryByContent) whose table rows fall in the bucket's.
// `first[b]` is bucket b's first table row (first[buckets] = end).
function scanByContent(scan: Scan, contents: number[], index: MasteryByContent, first: Int32Array): void {
  const { width } = scan;
  const { row } = index;
  const buckets = first.length - 1;
  // Each non-empty cell as [its first entry, its end, the bucket's first table row, its offset in acc].
  const cells = new Int32Array(contents.length * buckets * 4);
  let count = 0;
  for (let cl = 0; cl < contents.length; cl++) {
    const groupEnd = index.groupEnd[contents[cl]!]!;
    let lo = lowerBound(row, index.groupStart[contents[cl]!]!, groupEnd, first[0]!);
    for (let b = 0; b < buckets; b++) {
      const hi = lowerBound(row, lo, groupEnd, first[b + 1]!);
      if (hi > lo) {
        const at = count++ * 4;
        cells[at] = lo;
        cells[at + 1] = hi;
        cells[at + 2] = first[b]!;
        cells[at + 3] = (b * width + cl) * FIELDS;
      }
      lo = hi;
    }
  }
  sumCells(cells, count, index, scan.acc);
}

// Sums each cell's stretch in locals, two cells at a time in step: one cell's running mean is a chain of dependent
// divisions (Welford's), and a second, independent chain fills the time the first waits on its last division. Lane A
// takes cells from the front of the list, lane B from the back; the lane left when the list runs out finishes alone.
// A row counts its learner when the pair's previous row lies before the bucket's first row (a learner's rows are all
// selected or none, so no row between could be one the scan skipped): 1 when previous < first, the sign bit of their
// difference (both row numbers), as no branch on what is close to random.
function sumCells(cells: Int32Array, count: number, index: MasteryByContent, acc: Float64Array): void {
  if (count === 0) return;
  const { previous, current: currentMastery, delta, confidence } = index;
  let front = 1;
  let back = count - 1;
  let ka = cells[0]!;
  let ha = cells[1]!;
  let fa = cells[2]!;
  let oa = cells[3]!;
  if (front > back) return finishCell(index, acc, ka, ha, fa, oa, 0, 0, 0, 0, 0, 0, 0);
  let kb = cells[back * 4]!;
  let hb = cells[back * 4 + 1]!;
  let fb = cells[back * 4 + 2]!;
  let ob = cells[back * 4 + 3]!;
  back--;
  let na = 0;
  let la = 0;
  let da = 0;
  let ca = 0;
  let ga = 0;
  let ma = 0;
  let qa = 0;
  let nb = 0;
  let lb = 0;
  let db = 0;
  let cb = 0;
  let gb = 0;
  let mb = 0;
  let qb = 0;
  for (;;) {
    la += (previous[ka]! - fa) >>> 31;
    na++;
    const c = currentMastery[ka]!;
    da += delta[ka]!;
    ca += c;
    ga += confidence[ka]!;
    // Welford's running mean and squared deviations of current mastery (as addDelta).
    const dev = c - ma;
    ma += dev / na;
    qa += dev * (c - ma);
    lb += (previous[kb]! - fb) >>> 31;
    nb++;
    const cB = currentMastery[kb]!;
    db += delta[kb]!;
    cb += cB;
    gb += confidence[kb]!;
    const devB = cB - mb;
    mb += devB / nb;
    qb += devB * (cB - mb);
    if (++ka === ha) {
      store(acc, oa, na, la, da, ca, ga, ma, qa);
      if (front > back) return finishCell(index, acc, kb + 1, hb, fb, ob, nb, lb, db, cb, gb, mb, qb);
      ka = cells[front * 4]!;
      ha = cells[front * 4 + 1]!;
      fa = cells[front * 4 + 2]!;
      oa = cells[front * 4 + 3]!;
      front++;
      na = la = da = ca = ga = ma = qa = 0;
    }
    if (++kb === hb) {
      store(acc, ob, nb, lb, db, cb, gb, mb, qb);
      if (front > back) return finishCell(index, acc, ka, ha, fa, oa, na, la, da, ca, ga, ma, qa);
      kb = cells[back * 4]!;
      hb = cells[back * 4 + 1]!;
      fb = cells[back * 4 + 2]!;
      ob = cells[back * 4 + 3]!;
      back--;
      nb = lb = db = cb = gb = mb = qb = 0;
    }
  }
}

// The rest of one cell, rows [k, end), from the sums so far.
function finishCell(
  index: MasteryByContent,
  acc: Float64Array,
  k: number,
  end: number,
  first: number,
  o: number,
  n: number,
  learners: number,
  sumDelta: number,
  sumCurrent: number,
  sumConfidence: number,
  mean: number,
  m2: number,
): void {
  const { previous, current: currentMastery, delta, confidence } = index;
  for (; k < end; k++) {
    learners += (previous[k]! - first) >>> 31;
    n++;
    const c = currentMastery[k]!;
    sumDelta += delta[k]!;
    sumCurrent += c;
    sumConfidence += confidence[k]!;
    const dev = c - mean;
    mean += dev / n;
    m2 += dev * (c - mean);
  }
  store(acc, o, n, learners, sumDelta, sumCurrent, sumConfidence, mean, m2);
}

function store(acc: Float64Array, o: number, n: number, learners: number, sumDelta: number, sumCurrent: number, sumConfidence: number, mean: number, m2: number): void {
  if (n === 0) return;
  acc[o + COUNT] = n;
  acc[o + LEARNERS] = learners;
  acc[o + SUM_DELTA] = sumDelta;
  acc[o + SUM_CURRENT] = sumCurrent;
  acc[o + SUM_CONFIDENCE] = sumConfidence;
  acc[o + MEAN] = mean;
  acc[o + M2] = m2;
}

// The entries (masteryByContent) of the selected learners in the slice [start, end), ascending. Few learners (beside
// the slice's rows) are read from their own lists and merged by a sort; otherwise each selected content item's entries
// in the slice are swept in order, kept without a branch (whether a row's learner is selected is close to random).
function selectedEntries(index: MasteryByContent, slots: UserSlots, contents: number[], start: number, end: number): Int32Array {
  const { userOffsets, userEntries, row, user, groupStart, groupEnd } = index;
  let total = 0;
  for (let s = 0; s < slots.count; s++) total += userOffsets[slots.users[s]! + 1]! - userOffsets[slots.users[s]!]!;
  if (total * 16 <= end - start) {
    const out = new Int32Array(total);
    let at = 0;
    for (let s = 0; s < slots.count; s++) {
      const u = slots.users[s]!;
      out.set(userEntries.subarray(userOffsets[u]!, userOffsets[u + 1]!), at);
      at += userOffsets[u + 1]! - userOffsets[u]!;
    }
    // One learner's entries are ascending already.
    return slots.count > 1 ? out.sort() : out;
  }
  const slotOf = slots.slotsOf();
  const out = new Int32Array(end - start);
  let at = 0;
  for (const activity of contents) {
    const stop = lowerBound(row, groupStart[activity]!, groupEnd[activity]!, end);
    for (let k = lowerBound(row, groupStart[activity]!, stop, start); k < stop; k++) {
      out[at] = k;
      at += ~slotOf[user[k]!]! >>> 31;
    }
  }
  return out.subarray(0, at);
}

// The scan over the selected learners' entries, ascending: by content item, then time, so each cell's entries come
// together and in table order. Entries of items not selected, or outside the slice, are passed over. A row counts its
// learner when the pair's previous row lies before the bucket's first row (that row is the same learner's, so selected).
function scanEntries(scan: Scan, index: MasteryByContent, entries: Int32Array, first: Int32Array): void {
  const { contentLocal, width, acc } = scan;
  const { groupEnd, row, previous, current: currentMastery, delta, confidence } = index;
  const buckets = first.length - 1;
  const start = first[0]!;
  const end = first[buckets]!;
  let activity = -1;
  let activityEnd = 0;
  let cl = -1;
  let b = 0;
  let o = -1;
  let n = 0;
  let learners = 0;
  let sumDelta = 0;
  let sumCurrent = 0;
  let sumConfidence = 0;
  let mean = 0;
  let m2 = 0;
  for (let e = 0; e < entries.length; e++) {
    const k = entries[e]!;
    const i = row[k]!;
    if (k >= activityEnd) {
      // The next content item holding entry k (groups lie in activity order).
      do activityEnd = groupEnd[++activity]!;
      while (activityEnd <= k);
      cl = contentLocal[activity]!;
      b = 0;
    }
    if (cl < 0 || i < start || i >= end) continue;
    while (i >= first[b + 1]!) b++;
    const cell = (b * width + cl) * FIELDS;
    if (cell !== o) {
      if (o >= 0) store(acc, o, n, learners, sumDelta, sumCurrent, sumConfidence, mean, m2);
      o = cell;
      n = learners = sumDelta = sumCurrent = sumConfidence = mean = m2 = 0;
    }
    learners += (previous[k]! - first[b]!) >>> 31;
    n++;
    const c = currentMastery[k]!;
    sumDelta += delta[k]!;
    sumCurrent += c;
    sumConfidence += confidence[k]!;
    const dev = c - mean;
    mean += dev / n;
    m2 += dev * (c - mean);
  }
  if (o >= 0) store(acc, o, n, learners, sumDelta, sumCurrent, sumConfidence, mean, m2);
}

// Otherwise a (content, learner) pair is stamped with the bucket it was last counted in (rows of one bucket are
// contiguous in time order once the `days` filter has dropped others, so a pair stamped with this bucket was already
// counted in it).
function scanWithStamps(scan: Scan, users: Learners, stamps: Int32Array): void {
  const { m, runs, runBucket, contentLocal, width, acc } = scan;
  const { slots, userLocal, userCount } = users;
  const { user, content } = m;
  for (let r = 0; r < runs.count; r++) {
    const b = runBucket[r]!;
    if (b < 0) continue;
    const base = b * width * FIELDS;
    const to = runs.from[r + 1]!;
    for (let i = runs.from[r]!; i < to; i++) {
      const u = user[i]!;
      const ul = slots !== null ? slots.lookup(u) : userLocal[u]!;
      if (ul < 0) continue;
      const cl = contentLocal[content[i]!]!;
      if (cl < 0) continue;
      const o = base + cl * FIELDS;
      const pair = cl * userCount + ul;
      if (stamps[pair] !== b + 1) {
        stamps[pair] = b + 1;
        acc[o + LEARNERS]!++;
      }
      addDelta(m, i, acc, o);
    }
  }
}

// The same with a set of the pairs seen in the current bucket, when a stamp per pair would take too much memory.
function scanWithSet(scan: Scan, users: Learners, seen: Set<number>): void {
  const { m, runs, runBucket, contentLocal, width, acc } = scan;
  const { slots, userLocal, userCount } = users;
  let current = -1;
  for (let r = 0; r < runs.count; r++) {
    const b = runBucket[r]!;
    if (b < 0) continue;
    const to = runs.from[r + 1]!;
    for (let i = runs.from[r]!; i < to; i++) {
      const u = m.user[i]!;
      const ul = slots !== null ? slots.lookup(u) : userLocal[u]!;
      if (ul < 0) continue;
      const cl = contentLocal[m.content[i]!]!;
      if (cl < 0) continue;
      if (b !== current) {
        current = b;
        seen.clear();
      }
      const o = (b * width + cl) * FIELDS;
      const pair = cl * userCount + ul;
      if (!seen.has(pair)) {
        seen.add(pair);
        acc[o + LEARNERS]!++;
      }
      addDelta(m, i, acc, o);
    }
  }
}
