'use client';
import type { Bucket } from '@learnlens/data-client';
import { chooseBucket, clampRange, pointBudget } from './buckets.js';
import { DEFAULT_RANGE_DAYS, resolveRange, viewerTimeZone, type DateRange } from './dateRange.js';
import { useElementWidth } from './useElementWidth.js';

/** What a trend widget asks its query for, and how it knows the width. */
export interface TrendRange {
  /** Callback ref of an element as wide as the chart. */
  measureRef: (element: HTMLDivElement | null) => void;
  /** The chart's width in pixels; 0 until measured (the query waits for it). */
  width: number;
  /** The time zone buckets are counted in. */
  timeZone: string;
  /** The range to query. */
  range: DateRange;
  /** The bucket to query. */
  bucket: Bucket;
}

/**
 * Measures the chart and picks the finest bucket whose points fit it (unless `bucket` is fixed). With
 * `clamp`, a range too long even for months is cut to the buckets that fit.
 */
export function useTrendRange(
  params: { from?: string | undefined; to?: string | undefined; timezone?: string | undefined; now?: string | undefined },
  options: { bucket: Bucket | undefined; minPxPerPoint: number; clamp: boolean },
): TrendRange {
  const [measureRef, width] = useElementWidth<HTMLDivElement>();
  const timeZone = params.timezone ?? viewerTimeZone();
  const wanted = resolveRange(params, timeZone, params.now, DEFAULT_RANGE_DAYS);
  const bucket = options.bucket ?? chooseBucket(wanted.from, wanted.to, width, options.minPxPerPoint);
  const range =
    options.clamp && width > 0 ? clampRange(wanted.from, wanted.to, bucket, pointBudget(width, options.minPxPerPoint)) : wanted;
  return { measureRef, width, timeZone, range, bucket };
}
