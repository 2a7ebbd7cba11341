import type { Bucket } from '@learnlens/data-client';
import type { MessageKey } from '../../i18n/messages.js';

/** The catalog key of the trend's first column heading for a bucket size. */
export function bucketLabel(bucket: Bucket): MessageKey {
  return bucket === 'day' ? 'stats.col.day' : bucket === 'week' ? 'stats.col.weekOf' : 'stats.col.month';
}

/** The date-fns pattern a bucket start is shown with. */
export function bucketPattern(bucket: Bucket): string {
  return bucket === 'month' ? 'LLLL yyyy' : 'PP';
}
