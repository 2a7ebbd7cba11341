import { bucketStartDay, dayNumberOf, isoDateOf, nextBucketStartDay, type Bucket } from '@learnlens/data-client';

/** Buckets from finest to coarsest. */
export const bucketsFineToCoarse: readonly Bucket[] = ['day', 'week', 'month'];

/** Fewest pixels a trend point gets by default, so neighbouring points stay apart and hoverable. */
export const DEFAULT_MIN_PX_PER_POINT = 6;

/** How many buckets of `bucket` the range [from, to) touches (partial buckets at either end count). */
export function bucketCount(from: string, to: string, bucket: Bucket): number {
  const end = dayNumberOf(to);
  let count = 0;
  for (let day = bucketStartDay(dayNumberOf(from), bucket); day < end; day = nextBucketStartDay(day, bucket)) count++;
  return count;
}

/** The number of points a chart `widthPx` wide can show with at least `minPxPerPoint` pixels each (never below 2). */
export function pointBudget(widthPx: number, minPxPerPoint = DEFAULT_MIN_PX_PER_POINT): number {
  return Math.max(2, Math.floor(widthPx / Math.max(1, minPxPerPoint)));
}

/**
 * The finest bucket whose point count over [from, to) fits a chart `widthPx` wide; "month" when none does
 * (then `mergeBuckets` keeps the point count within the pixels).
 */
export function chooseBucket(from: string, to: string, widthPx: number, minPxPerPoint = DEFAULT_MIN_PX_PER_POINT): Bucket {
  const budget = pointBudget(widthPx, minPxPerPoint);
  return bucketsFineToCoarse.find((b) => bucketCount(from, to, b) <= budget) ?? 'month';
}

/**
 * Merges runs of adjacent items so at most `maxItems` remain: each run of `size` consecutive items becomes one,
 * combined by `combine` (e.g. a weighted average). Returns the input itself when it already fits.
 */
export function mergeBuckets<T>(items: readonly T[], maxItems: number, combine: (run: readonly T[]) => T): readonly T[] {
  const limit = Math.max(1, Math.floor(maxItems));
  if (items.length <= limit) return items;
  const size = Math.ceil(items.length / limit);
  const merged: T[] = [];
  for (let i = 0; i < items.length; i += size) merged.push(combine(items.slice(i, i + size)));
  return merged;
}

/** The ISO date `days` days after `isoDate` (negative goes back). */
export function addDaysIso(isoDate: string, days: number): string {
  return isoDateOf(dayNumberOf(isoDate) + days);
}

/** Today's ISO date in `timeZone` at instant `nowMs`. */
export function todayIn(timeZone: string, nowMs: number): string {
  // Intl directly: data-client's ZoneClock would add its offset cache to every chart widget's bundle.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(nowMs),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The range shortened at its start to the last `maxBuckets` buckets, when it holds more; buckets are the
 * coarsest a query offers, so a very long range is cut rather than sent as more points than pixels.
 */
export function clampRange(from: string, to: string, bucket: Bucket, maxBuckets: number): { from: string; to: string } {
  if (bucketCount(from, to, bucket) <= maxBuckets) return { from, to };
  const starts: number[] = [];
  const end = dayNumberOf(to);
  for (let day = bucketStartDay(dayNumberOf(from), bucket); day < end; day = nextBucketStartDay(day, bucket)) starts.push(day);
  return { from: isoDateOf(starts[starts.length - Math.max(1, maxBuckets)]!), to };
}
