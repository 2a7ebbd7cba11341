import { bucketStartDay, dayMatches, isoDateOf, nextBucketStartDay, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import type { MasteryColumns, MockDataset } from '../../dataset/dataset.types.js';
import { UserSlots, userNumbering } from '../datasetIndex.js';
import { localDayRuns, type LocalDayRuns } from './localDayRuns.js';
import { masteryByContent, type MasteryByContent } from './masteryByContent.js';
import { masteryByTeam, teamGroups, wholeTeam } from './masteryByTeam.js';

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
    else {
      const entries = fewLearnersEntries(index, slots, end - start);
      if (entries !== null) scanEntries(scan, index, entries, first, scratchColumns(dataset, entries.length));
      else {
        // A whole team (a manager's view): its own groups, as the org's. Otherwise its entries picked from the org's.
        const byTeam = masteryByTeam(dataset, ctx.org);
        const team = wholeTeam(dataset, byTeam, index, slots.users, slots.count);
        if (team >= 0) scanByContent(scan, contents, teamGroups(byTeam, team), first);
        else scanSelected(scan, contents, index, first, slots.slotsOf(), dataset);
      }
    }
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

/** The columns sumCells reads, by entry: the org's groups (MasteryByContent) or a selection's entries gathered. */
type CellColumns = Pick<MasteryByContent, 'previous' | 'current' | 'delta' | 'confidence'>;

/** Groups by content item in time order, with their columns: the org's (MasteryByContent) or one team's (MasteryByTeam). */
type Groups = Pick<MasteryByContent, 'groupStart' | 'groupEnd' | 'row'> & CellColumns;

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
// content item and bucket, the stretch of the item's group (the org's, masteryByContent, or one team's, masteryByTeam)
// whose table rows fall in the bucket's.
// `first[b]` is bucket b's first table row (first[buckets] = end).
function scanByContent(scan: Scan, contents: number[], index: Groups, first: Int32Array): void {
  // Each non-empty cell as [its first entry, its end, the bucket's first table row, its offset in acc].
  const cells = new Int32Array(contents.length * (first.length - 1) * 4);
  const count = contentCells(scan, contents, index, first, cells);
  sumCells(cells, count, index, scan.acc);
}

// scanByContent's cells, in a function of its own: returns how many.
function contentCells(scan: Scan, contents: number[], index: Groups, first: Int32Array, cells: Int32Array): number {
  const { width } = scan;
  const { row } = index;
  const buckets = first.length - 1;
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
  return count;
}

// Sums each cell's stretch in locals, in one pass over its columns: the count of learners, the plain sums, and
// Welford's running mean and squared deviations of current mastery (as addDelta). A cell's running mean is a chain of
// dependent divisions; two cells go in step, at the same position j of each, so a second, independent chain fills the
// time the first waits on its division, and both divide by the same j + 1. Reading the columns once for both the sums
// and the running mean measured 30 % faster than a pass for the sums and a second one (four cells in step) for the
// mean: the second pass read `current` again, and the sums were no cheaper alone. Three cells in step hold more
// doubles than the registers do and measured slower. Cells go in pairs from the list (one content item's cells in a row,
// so of similar sizes); once the shorter cell of a pair ends, the longer one finishes alone (`finishCell`). A row counts
// its learner when the pair's previous row lies before the bucket's first row (a learner's rows are all selected or
// none, so no row between could be one the scan skipped): 1 when previous < first, the sign bit of their difference
// (both row numbers), as no branch on what is close to random.
function sumCells(cells: Int32Array, count: number, index: CellColumns, acc: Float64Array): void {
  const { previous, current, delta, confidence } = index;
  let c = 0;
  for (; c + 1 < count; c += 2) {
    const la = cells[c * 4]!;
    const fa = cells[c * 4 + 2]!;
    const lb = cells[c * 4 + 4]!;
    const fb = cells[c * 4 + 6]!;
    const both = Math.min(cells[c * 4 + 1]! - la, cells[c * 4 + 5]! - lb);
    let learnersA = 0;
    let deltaA = 0;
    let currentA = 0;
    let confidenceA = 0;
    let meanA = 0;
    let m2A = 0;
    let learnersB = 0;
    let deltaB = 0;
    let currentB = 0;
    let confidenceB = 0;
    let meanB = 0;
    let m2B = 0;
    let j = 0;
    for (; j < both; j++) {
      const xa = current[la + j]!;
      const xb = current[lb + j]!;
      const n = j + 1;
      const devA = xa - meanA;
      const devB = xb - meanB;
      meanA += devA / n;
      meanB += devB / n;
      m2A += devA * (xa - meanA);
      m2B += devB * (xb - meanB);
      learnersA += (previous[la + j]! - fa) >>> 31;
      learnersB += (previous[lb + j]! - fb) >>> 31;
      deltaA += delta[la + j]!;
      deltaB += delta[lb + j]!;
      currentA += xa;
      currentB += xb;
      confidenceA += confidence[la + j]!;
      confidenceB += confidence[lb + j]!;
    }
    finishCell(index, cells, c, j, learnersA, deltaA, currentA, confidenceA, meanA, m2A, acc);
    finishCell(index, cells, c + 1, j, learnersB, deltaB, currentB, confidenceB, meanB, m2B, acc);
  }
  if (c < count) finishCell(index, cells, c, 0, 0, 0, 0, 0, 0, 0, acc);
}

// The rest of cell c from its position j on, from the sums so far, alone; then its sums into acc.
function finishCell(
  index: CellColumns,
  cells: Int32Array,
  c: number,
  j: number,
  learners: number,
  sumDelta: number,
  sumCurrent: number,
  sumConfidence: number,
  mean: number,
  m2: number,
  acc: Float64Array,
): void {
  const { previous, current, delta, confidence } = index;
  const lo = cells[c * 4]!;
  const hi = cells[c * 4 + 1]!;
  const first = cells[c * 4 + 2]!;
  const o = cells[c * 4 + 3]!;
  for (let k = lo + j; k < hi; k++) {
    const x = current[k]!;
    const dev = x - mean;
    mean += dev / (k - lo + 1);
    m2 += dev * (x - mean);
    learners += (previous[k]! - first) >>> 31;
    sumDelta += delta[k]!;
    sumCurrent += x;
    sumConfidence += confidence[k]!;
  }
  acc[o + COUNT] = hi - lo;
  acc[o + LEARNERS] = learners;
  acc[o + SUM_DELTA] = sumDelta;
  acc[o + SUM_CURRENT] = sumCurrent;
  acc[o + SUM_CONFIDENCE] = sumConfidence;
  acc[o + MEAN] = mean;
  acc[o + M2] = m2;
}

// The entries (masteryByContent) of a few selected learners (beside the slice's `rows`), ascending: read from their
// own lists and merged by a sort. Null for more learners.
function fewLearnersEntries(index: MasteryByContent, slots: UserSlots, rows: number): Int32Array | null {
  const { userOffsets, userEntries } = index;
  let total = 0;
  for (let s = 0; s < slots.count; s++) total += userOffsets[slots.users[s]! + 1]! - userOffsets[slots.users[s]!]!;
  if (total * 16 > rows) return null;
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

// A larger selection that is not one whole team: the org's cells as scanByContent cuts them, each cell's entries of
// selected learners copied into scratch columns, and those summed as the org's own.
function scanSelected(scan: Scan, contents: number[], index: MasteryByContent, first: Int32Array, slotOf: Int32Array, dataset: MockDataset): void {
  const cells = new Int32Array(contents.length * (first.length - 1) * 4);
  const count = contentCells(scan, contents, index, first, cells);
  let total = 0;
  for (let c = 0; c < count; c++) total += cells[c * 4 + 1]! - cells[c * 4]!;
  const columns = scratchColumns(dataset, total);
  const kept = keepSelected(index, slotOf, cells, count, columns);
  sumCells(cells, kept, columns, scan.acc);
}

// Copies each cell's entries whose learner has a slot into `to` (a branch: writing every entry and moving on only for a
// kept one measured slower, the stores costing more than the mispredictions); rewrites the cells (in place, dropping
// emptied ones) to their stretches of `to`. Returns how many cells are left.
function keepSelected(index: MasteryByContent, slotOf: Int32Array, cells: Int32Array, count: number, to: CellColumns): number {
  const { user, previous, current, delta, confidence } = index;
  const { previous: toPrevious, current: toCurrent, delta: toDelta, confidence: toConfidence } = to;
  let at = 0;
  let kept = 0;
  for (let c = 0; c < count; c++) {
    const lo = cells[c * 4]!;
    const hi = cells[c * 4 + 1]!;
    const from = at;
    for (let k = lo; k < hi; k++) {
      if (slotOf[user[k]!]! < 0) continue;
      toPrevious[at] = previous[k]!;
      toCurrent[at] = current[k]!;
      toDelta[at] = delta[k]!;
      toConfidence[at] = confidence[k]!;
      at++;
    }
    if (at > from) {
      cells[kept * 4] = from;
      cells[kept * 4 + 1] = at;
      cells[kept * 4 + 2] = cells[c * 4 + 2]!;
      cells[kept * 4 + 3] = cells[c * 4 + 3]!;
      kept++;
    }
  }
  return kept;
}

const scratches = new WeakMap<MockDataset, CellColumns>();

// Reusable columns for a selection's entries, per dataset (engines never run nested), grown to the largest selection
// met, so a team's query allocates nothing in proportion to its rows.
function scratchColumns(dataset: MockDataset, size: number): CellColumns {
  let columns = scratches.get(dataset);
  if (columns === undefined || columns.current.length < size) {
    const n = Math.max(size, Math.ceil((columns?.current.length ?? 0) * 1.5));
    columns = { previous: new Int32Array(n), current: new Float64Array(n), delta: new Float64Array(n), confidence: new Float64Array(n) };
    scratches.set(dataset, columns);
  }
  return columns;
}

// The scan over the selected learners' entries, ascending: by content item, then time, so each cell's entries come
// together and in table order. Their columns are gathered into scratch arrays cut into cells, which sumCells sums as it
// does the whole org's groups. Entries of items not selected, or outside the slice, are passed over. A row counts its
// learner when the pair's previous row lies before the bucket's first row (that row is the same learner's, so
// selected).
function scanEntries(scan: Scan, index: MasteryByContent, entries: Int32Array, first: Int32Array, gathered: CellColumns): void {
  const n = entries.length;
  const cells = new Int32Array(Math.min(n, (first.length - 1) * scan.width) * 4 + 4);
  const count = gatherCells(scan, index, entries, first, gathered, cells);
  sumCells(cells, count, gathered, scan.acc);
}

// scanEntries' gathering, in a function of its own (V8 optimizes a hot loop best alone): returns the number of cells.
function gatherCells(scan: Scan, index: MasteryByContent, entries: Int32Array, first: Int32Array, gathered: CellColumns, cells: Int32Array): number {
  const { contentLocal, width } = scan;
  const { groupEnd, row, previous, current, delta, confidence } = index;
  const { previous: toPrevious, current: toCurrent, delta: toDelta, confidence: toConfidence } = gathered;
  const n = entries.length;
  const buckets = first.length - 1;
  const start = first[0]!;
  const end = first[buckets]!;
  let count = 0;
  let activity = -1;
  let activityEnd = 0;
  let cl = -1;
  let b = 0;
  let o = -1;
  let at = 0;
  for (let e = 0; e < n; e++) {
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
      if (o >= 0) cells[count++ * 4 + 1] = at;
      o = cell;
      cells[count * 4] = at;
      cells[count * 4 + 2] = first[b]!;
      cells[count * 4 + 3] = cell;
    }
    toPrevious[at] = previous[k]!;
    toCurrent[at] = current[k]!;
    toDelta[at] = delta[k]!;
    toConfidence[at] = confidence[k]!;
    at++;
  }
  if (o >= 0) cells[count++ * 4 + 1] = at;
  return count;
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
