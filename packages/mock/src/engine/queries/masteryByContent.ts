import type { MockDataset } from '../../dataset/dataset.types.js';
import { perOrgCache } from '../perOrgCache.js';

/**
 * One org's mastery rows grouped by content item, each group in table (time) order, with the columns masteryTrend sums
 * copied in that order. A (content item, bucket) cell is then one contiguous stretch of the group, which a scan sums in
 * local variables, reading every column in order, rather than seven running sums per row in memory picked by the row's
 * content item: the same additions in the same order, a fraction of the work.
 */
export interface MasteryByContent {
  /** Per activity index, where its group starts in the columns below and where it ends (both 0 when it has no rows). */
  groupStart: Int32Array;
  groupEnd: Int32Array;
  /** The table row of each entry: ascending within a group. */
  row: Int32Array;
  user: Int32Array;
  /** The table row of the learner's previous row of the same content item, or -1. */
  previous: Int32Array;
  current: Float64Array;
  delta: Float64Array;
  confidence: Float64Array;
  /**
   * Each user's entries, ascending (so by content item, then time): `userEntries[userOffsets[u]] …
   * userEntries[userOffsets[u + 1] - 1]`, so a query about a few learners reads their entries, not the org's.
   */
  userOffsets: Int32Array;
  userEntries: Int32Array;
}

/** Org index `org`'s `MasteryByContent`, built on first use (two passes over its rows; datasets are never changed). */
export const masteryByContent: (dataset: MockDataset, org: number) => MasteryByContent = perOrgCache(build);

function build(dataset: MockDataset, org: number): MasteryByContent {
  const m = dataset.mastery;
  const { start, end } = dataset.ranges.mastery[org]!;
  const n = end - start;
  const activities = dataset.activities.length;
  const groupStart = new Int32Array(activities);
  const groupEnd = new Int32Array(activities);
  for (let i = start; i < end; i++) groupEnd[m.content[i]!]!++;
  let at = 0;
  for (let a = 0; a < activities; a++) {
    const size = groupEnd[a]!;
    groupStart[a] = at;
    groupEnd[a] = at;
    at += size;
  }
  const out: MasteryByContent = {
    groupStart,
    groupEnd,
    row: new Int32Array(n),
    user: new Int32Array(n),
    previous: new Int32Array(n),
    current: new Float64Array(n),
    delta: new Float64Array(n),
    confidence: new Float64Array(n),
    userOffsets: new Int32Array(dataset.users.length + 1),
    userEntries: new Int32Array(n),
  };
  // Per user index, its last row so far and the content item of it; rows go in table order, so within one group the
  // user's last row is its previous one.
  const lastRow = new Int32Array(dataset.users.length);
  const lastContent = new Int32Array(dataset.users.length).fill(-1);
  for (let i = start; i < end; i++) out.row[groupEnd[m.content[i]!]!++] = i;
  // Groups are filled one content item at a time, so `lastRow` needs no pair key.
  for (let a = 0; a < activities; a++) {
    for (let k = groupStart[a]!; k < groupEnd[a]!; k++) {
      const i = out.row[k]!;
      const u = m.user[i]!;
      out.row[k] = i;
      out.user[k] = u;
      out.previous[k] = lastContent[u] === a ? lastRow[u]! : -1;
      lastContent[u] = a;
      lastRow[u] = i;
      out.current[k] = m.current[i]!;
      out.delta[k] = m.delta[i]!;
      out.confidence[k] = m.confidence[i]!;
    }
  }
  const { userOffsets, userEntries } = out;
  for (let k = 0; k < n; k++) userOffsets[out.user[k]! + 1]!++;
  for (let u = 0; u < dataset.users.length; u++) userOffsets[u + 1]! += userOffsets[u]!;
  const next = userOffsets.slice(0, dataset.users.length);
  for (let k = 0; k < n; k++) userEntries[next[out.user[k]!]!++] = k;
  return out;
}
