import { bucketStartDay, dayNumberOf, isoDateOf, nextBucketStartDay, zoneClock } from '@learnlens/data-client';

/** A leaderboard period and the one just before it, as local calendar days [from, to). */
export interface Period {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

/** The week (from Monday) or month holding `now` in `timezone`, or [from, to); the previous period has the same length. */
export function leaderboardPeriod(params: {
  period: 'week' | 'month' | 'range';
  from?: string | undefined;
  to?: string | undefined;
  now: string;
  timezone: string;
}): Period {
  if (params.period === 'range') {
    const from = dayNumberOf(params.from!);
    const to = dayNumberOf(params.to!);
    return { from: params.from!, to: params.to!, previousFrom: isoDateOf(from - (to - from)), previousTo: params.from! };
  }
  const start = bucketStartDay(zoneClock(params.timezone).localDay(Date.parse(params.now)), params.period);
  return {
    from: isoDateOf(start),
    to: isoDateOf(nextBucketStartDay(start, params.period)),
    previousFrom: isoDateOf(bucketStartDay(start - 1, params.period)),
    previousTo: isoDateOf(start),
  };
}
