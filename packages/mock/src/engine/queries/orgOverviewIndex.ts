import type { MockDataset } from '../../dataset/dataset.types.js';
import { perOrgCache } from '../perOrgCache.js';

/**
 * One org's whole-history orgOverview sums over every ended attempt, with nothing filtered: what an admin's
 * orgOverview without `from`, `to`, `userIds`, `teamId` or `activityIds` asks. The 7/30-day windows move with `now`
 * and the time zone, so they are not summed here: `ended` holds the ended instants in ascending order and a window's
 * count is two binary searches.
 */
export interface OrgOverviewTotals {
  activeUsers: number;
  total: number;
  /** The scores summed in row order, as the slice scan sums them, so both give the same average to the last bit. */
  scoreSum: number;
  scored: number;
  lastEnded: number;
  /** endedAt of the org's ended attempts, ascending. */
  ended: Float64Array;
}

/** The whole-history totals of org index `org`, built on the first whole-history query of that org. */
export const orgOverviewTotals: (dataset: MockDataset, org: number) => OrgOverviewTotals = perOrgCache(buildTotals);

function buildTotals(dataset: MockDataset, org: number): OrgOverviewTotals {
  const { start, end } = dataset.ranges.attempts[org]!;
  const { user, score, endedAt } = dataset.attempts;
  const seen = new Uint8Array(dataset.users.length);
  const ended = new Float64Array(end - start);
  let activeUsers = 0;
  let total = 0;
  let scoreSum = 0;
  let scored = 0;
  let lastEnded = -Infinity;
  for (let i = start; i < end; i++) {
    const t = endedAt[i]!;
    if (t !== t) continue; // NaN: not ended
    ended[total++] = t;
    const u = user[i]!;
    if (seen[u] === 0) {
      seen[u] = 1;
      activeUsers++;
    }
    const s = score[i]!;
    if (s === s) {
      scoreSum += s;
      scored++;
    }
    if (t > lastEnded) lastEnded = t;
  }
  return { activeUsers, total, scoreSum, scored, lastEnded, ended: ended.slice(0, total).sort() };
}
