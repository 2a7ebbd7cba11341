import { addDaysIso } from '../../charts/buckets.js';
import type { ProgressSnapshot } from './studyProgress.types.js';

/** One learner's snapshots, oldest first. */
export function learnerSnapshots(rows: readonly ProgressSnapshot[], userId: string | undefined): ProgressSnapshot[] {
  return rows.filter((r) => userId === undefined || r.userId === userId).sort((a, b) => (a.bucketStart < b.bucketStart ? -1 : a.bucketStart > b.bucketStart ? 1 : 0));
}

/** The last day a snapshot covers: the bucket's last day, or the day before `to` when the range ends inside it. */
export function snapshotEnd(bucketStart: string, bucket: 'day' | 'week' | 'month', to: string | undefined): string {
  let end: string;
  if (bucket === 'week') end = addDaysIso(bucketStart, 6);
  else if (bucket === 'month') {
    const [y, m] = bucketStart.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    end = addDaysIso(next, -1);
  } else end = bucketStart;
  if (to !== undefined) {
    const last = addDaysIso(to, -1);
    if (last < end) end = last;
  }
  return end;
}
