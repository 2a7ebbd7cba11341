import { zoneClock } from '@learnlens/data-client';

const DAY_MS = 86_400_000;

/** The instants a dataset's local-time conversions can touch, in epoch ms. */
export interface TimeSpan {
  fromMs: number;
  toMs: number;
}

/** A zone's UTC offsets over a span: `initial` before the first change, then each change and the offset from then on. */
export interface ZoneOffsets {
  initial: number;
  changes: Array<{ atMs: number; offsetMs: number }>;
}

const cache = new Map<string, ZoneOffsets>();

/**
 * The offset changes of `timeZone` over `span` (with a day's margin), from the same tz database and ZoneClock the
 * mock engine and @learnlens/data-client use, so both backends draw calendar days at the same instants.
 */
export function zoneOffsets(timeZone: string, span: TimeSpan): ZoneOffsets {
  const key = `${timeZone}|${span.fromMs}|${span.toMs}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const clock = zoneClock(timeZone);
  const from = span.fromMs - DAY_MS;
  const to = span.toMs + DAY_MS;
  const result: ZoneOffsets = { initial: clock.offset(from), changes: [] };
  let previous = result.initial;
  let lo = from;
  // Zones change offset at most a few times a year and never twice a day: sample daily, then bisect to the ms.
  for (let t = from + DAY_MS; lo < to; t = Math.min(t + DAY_MS, to)) {
    const offset = clock.offset(t);
    if (offset !== previous) {
      let a = lo;
      let b = t;
      while (b - a > 1) {
        const mid = Math.floor((a + b) / 2);
        if (clock.offset(mid) === previous) a = mid;
        else b = mid;
      }
      result.changes.push({ atMs: b, offsetMs: offset });
      previous = offset;
    }
    lo = t;
  }
  cache.set(key, result);
  return result;
}
