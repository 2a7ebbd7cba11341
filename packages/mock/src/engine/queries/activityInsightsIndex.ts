import type { MockDataset } from '../../dataset/dataset.types.js';
import { perOrgCache } from '../perOrgCache.js';

/** Scores on a half-step grid from 0 to 100 (percents, IELTS half bands, 0/1 correct) are keyed by score × 2. */
export const GRID_MAX_KEY = 200;
/** Keys per activity in a histogram: 0 … GRID_MAX_KEY. */
export const GRID_KEYS = GRID_MAX_KEY + 1;
/** The cell of an unscored row. */
export const UNSCORED = 0xffff;

/**
 * One org's attempts, prepared once per dataset for `activityInsights` when every score of the org lies on the grid
 * (otherwise there is no index and the query takes its general path):
 *
 * - `cell`: per row (index i − `first`), local activity × GRID_KEYS + score key, or UNSCORED: the one column a scan
 *   of scored rows reads instead of the activity and score columns, with the grid check done once here.
 * - checkpoints every `block` rows from `first`: the running histogram of cells (`counts`, (blocks + 1) × cells), and
 *   the running duration sums and counts per local activity over scored rows; and per block the latest ended_at per
 *   local activity (`blockEnded`, -Infinity when none). A range of rows is then a difference of two checkpoints plus
 *   the rows at its two ends. Durations are whole seconds in every generated dataset: the running sums are exact
 *   only while every duration is a non-negative integer and the totals stay below 2^53, so `durationsExact` says whether the
 *   checkpoint sums may be used (when false the durations are summed row by row).
 *
 * Nothing here depends on a query's parameters (range, zone, viewer): any query's rows are a slice of the org's.
 */
export interface InsightsIndex {
  first: number;
  block: number;
  /** Dataset activity index of each local activity. */
  activities: Int32Array;
  /** Local activity of each cell (cell / GRID_KEYS, looked up instead of divided). */
  cellActivity: Uint16Array;
  cell: Uint16Array;
  counts: Int32Array;
  durationSum: Float64Array;
  durationCount: Int32Array;
  blockEnded: Float64Array;
  durationsExact: boolean;
}

// Checkpoints at most every 4,096 rows, and at most 128 per org: the rows read at a range's ends stay a few thousand
// while the index stays under a few MiB per org at any size (129 × local activities × 201 × 4 B).
const MIN_BLOCK = 4096;
const MAX_BLOCKS = 128;

interface BlockParts {
  cell: Uint16Array;
  hist: Int32Array;
  sums: Float64Array;
  counted: Int32Array;
  blockEnded: Float64Array;
  exact: boolean;
}

// One block's rows into the running sums, in a function of its own (V8 optimizes a hot loop best alone).
function addBlock(dataset: MockDataset, local: Int32Array, first: number, from: number, to: number, ended: number, parts: BlockParts): void {
  const { activity, score, duration, endedAt } = dataset.attempts;
  const { cell, hist, sums, counted, blockEnded } = parts;
  for (let i = from; i < to; i++) {
    const s = score[i]!;
    if (s !== s) {
      cell[i - first] = UNSCORED;
      continue;
    }
    const a = local[activity[i]!]!;
    const c = a * GRID_KEYS + s * 2;
    cell[i - first] = c;
    hist[c]!++;
    const d = duration[i]!;
    if (d === d) {
      // A negative duration could carry a running sum past 2^53 and back: no running sums then either.
      if (d !== Math.floor(d) || d < 0) parts.exact = false;
      sums[a]! += d;
      counted[a]!++;
    }
    const e = endedAt[i]!;
    if (e > blockEnded[ended + a]!) blockEnded[ended + a] = e;
  }
}

function build(dataset: MockDataset, org: number): InsightsIndex | null {
  const { start: first, end } = dataset.ranges.attempts[org]!;
  const { activity, score } = dataset.attempts;
  const local = new Int32Array(dataset.activities.length).fill(-1);
  const list: number[] = [];
  for (let i = first; i < end; i++) {
    const s = score[i]!;
    const key = s * 2;
    // -0 would come back from the key as 0: off the grid, as any other score that is not a half step in [0, 100].
    if (s === s && !((key | 0) === key && key >= 0 && key <= GRID_MAX_KEY && (key !== 0 || 1 / s > 0))) return null;
    const act = activity[i]!;
    if (local[act] === -1) {
      local[act] = list.length;
      list.push(act);
    }
  }
  const nActs = list.length;
  const nCells = nActs * GRID_KEYS;
  if (nCells > UNSCORED) return null; // cells are 16-bit: orgs with more than 326 activities take the general path
  const rows = end - first;
  const block = Math.max(MIN_BLOCK, Math.ceil(rows / MAX_BLOCKS));
  const blocks = Math.ceil(rows / block);
  const cell = new Uint16Array(rows);
  const counts = new Int32Array((blocks + 1) * nCells);
  const durationSum = new Float64Array((blocks + 1) * nActs);
  const durationCount = new Int32Array((blocks + 1) * nActs);
  const blockEnded = new Float64Array(blocks * nActs).fill(-Infinity);
  const hist = new Int32Array(nCells);
  const sums = new Float64Array(nActs);
  const counted = new Int32Array(nActs);
  const parts = { cell, hist, sums, counted, blockEnded, exact: true };
  for (let b = 0; b < blocks; b++) {
    const from = first + b * block;
    addBlock(dataset, local, first, from, Math.min(end, from + block), b * nActs, parts);
    counts.set(hist, (b + 1) * nCells);
    durationSum.set(sums, (b + 1) * nActs);
    durationCount.set(counted, (b + 1) * nActs);
  }
  let durationsExact = parts.exact;
  for (let a = 0; a < nActs; a++) if (!(Math.abs(sums[a]!) < 2 ** 53)) durationsExact = false;
  const cellActivity = new Uint16Array(nCells);
  for (let c = 0; c < nCells; c++) cellActivity[c] = Math.floor(c / GRID_KEYS);
  return { first, block, activities: Int32Array.from(list), cellActivity, cell, counts, durationSum, durationCount, blockEnded, durationsExact };
}

const cached = perOrgCache((dataset, org) => ({ index: build(dataset, org) }));

/** The org's `InsightsIndex`, built on first use; null when a score of the org is off the grid. */
export function insightsIndex(dataset: MockDataset, org: number): InsightsIndex | null {
  return cached(dataset, org).index;
}
