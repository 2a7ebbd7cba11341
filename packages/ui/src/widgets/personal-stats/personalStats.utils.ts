import type { Bucket } from '@learnlens/data-client';

/** The heading of the trend's first column for a bucket size. */
export function bucketLabel(bucket: Bucket): string {
  return bucket === 'day' ? 'Day' : bucket === 'week' ? 'Week of' : 'Month';
}

/** The date-fns pattern a bucket start is shown with. */
export function bucketPattern(bucket: Bucket): string {
  return bucket === 'month' ? 'LLLL yyyy' : 'PP';
}
