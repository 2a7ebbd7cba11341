// Calendar arithmetic in an IANA time zone without a time-zone database of our own: offsets come from Intl, and a
// ZoneClock keeps each UTC year's offset changes (found once, by sampling and bisection) so that a lookup is a binary
// search over a handful of entries. Work grows with the years a request touches, never with the days it spans, and
// every cache here has a fixed bound.
import { canonicalTimeZone } from './zoneName.js';

const DAY_MS = 86_400_000;
// Offsets are sampled this far apart and each change is bisected to the second. No zone of the tz database changes
// offset twice within 7 days from 1900 to 2200 (Intl scanned day by day; America/Boa_Vista 2000 comes closest).
const SAMPLE_MS = 3 * DAY_MS;
// Years of offsets kept per zone: the supported range (1900–2200) and a margin on each side.
const MAX_YEARS_PER_ZONE = 320;
// Zones with a shared clock; the least recently used one is dropped past this.
const MAX_CLOCKS = 64;

/** An offset change: from `atMs` on, the zone is `offsetMs` ahead of UTC. */
export interface OffsetChange {
  atMs: number;
  offsetMs: number;
}

/** The offsets of a zone over a span of instants: `initial` at its start, then each change within it. */
export interface ZoneOffsets {
  initial: number;
  changes: OffsetChange[];
}

// One UTC year [start, end): offsets[0] from `start`, offsets[i + 1] from changeAt[i].
interface YearTable {
  start: number;
  end: number;
  changeAt: number[];
  offsets: number[];
}

const OFFSET_PATTERN = /GMT(?:([+-])(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Reads a zone's offset from Intl, one formatting call per lookup (what a ZoneClock exists to keep few). */
class IntlOffsets {
  readonly timeZone: string;
  private readonly short: Intl.DateTimeFormat;
  private parts: Intl.DateTimeFormat | undefined;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
    this.short = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  }

  // "…, GMT+05:45" is several times cheaper to get than the parts of a full date; the parts are the fallback for a
  // runtime whose offset names read otherwise.
  at(utcMs: number): number {
    const match = OFFSET_PATTERN.exec(this.short.format(utcMs));
    if (match) {
      if (match[1] === undefined) return 0;
      const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
      return (match[1] === '-' ? -seconds : seconds) * 1000;
    }
    this.parts ??= new Intl.DateTimeFormat('en-US', {
      timeZone: this.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    const parts = this.parts.formatToParts(new Date(utcMs));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const bc = parts.find((p) => p.type === 'era')?.value.startsWith('B') ?? false;
    const local = new Date(0);
    local.setUTCFullYear(bc ? 1 - get('year') : get('year'), get('month') - 1, get('day'));
    local.setUTCHours(get('hour'), get('minute'), get('second'), 0);
    return local.getTime() - (utcMs - (((utcMs % 1000) + 1000) % 1000));
  }
}

const direct = new Map<string, IntlOffsets>();

/**
 * The zone's offset from UTC at `utcMs`, in milliseconds (positive east of Greenwich), straight from Intl. For many
 * lookups use a ZoneClock, which caches the changes. Throws a RangeError for a zone the runtime does not know.
 */
export function offsetAt(utcMs: number, timeZone: string): number {
  const zone = canonicalOrThrow(timeZone);
  if (zone === 'UTC') return 0;
  let reader = direct.get(zone);
  if (!reader) {
    if (direct.size >= MAX_CLOCKS) direct.delete(direct.keys().next().value!);
    reader = new IntlOffsets(zone);
    direct.set(zone, reader);
  }
  return reader.at(utcMs);
}

function canonicalOrThrow(timeZone: string): string {
  const zone = canonicalTimeZone(timeZone);
  if (zone === null) throw new RangeError(`Unknown time zone "${timeZone}"`);
  return zone;
}

const utcYearOf = (utcMs: number) => new Date(utcMs).getUTCFullYear();
const yearStart = (year: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
};

/**
 * Offsets of one time zone, kept per UTC year as a sorted list of changes. Each lookup is a binary search over a
 * handful of entries; a year costs about 150 Intl lookups the first time any instant in it is asked about.
 */
export class ZoneClock {
  /** The canonical zone name (see `canonicalTimeZone`). */
  readonly timeZone: string;
  private readonly intl: IntlOffsets | null;
  private readonly years = new Map<number, YearTable>();
  private last: YearTable | undefined;

  /** Throws a RangeError for a zone the runtime does not know. */
  constructor(timeZone: string) {
    this.timeZone = canonicalOrThrow(timeZone);
    this.intl = this.timeZone === 'UTC' ? null : new IntlOffsets(this.timeZone);
  }

  /** Years of offsets this clock holds (never more than a fixed bound). */
  get cachedYears(): number {
    return this.years.size;
  }

  /** Offset in ms at `utcMs`. */
  offset(utcMs: number): number {
    if (this.intl === null) return 0;
    const table = this.tableAt(utcMs);
    return table.offsets[changeIndex(table.changeAt, utcMs)]!;
  }

  /** The offset at `utcMs` and the span [from, to) around it over which it holds (within one UTC year at most). */
  offsetSpan(utcMs: number): { offset: number; from: number; to: number } {
    if (this.intl === null) return { offset: 0, from: -Infinity, to: Infinity };
    const table = this.tableAt(utcMs);
    const i = changeIndex(table.changeAt, utcMs);
    return {
      offset: table.offsets[i]!,
      from: i === 0 ? table.start : table.changeAt[i - 1]!,
      to: i < table.changeAt.length ? table.changeAt[i]! : table.end,
    };
  }

  /** The offset at `fromMs` and every change in (fromMs, toMs]. */
  offsets(fromMs: number, toMs: number): ZoneOffsets {
    const initial = this.offset(fromMs);
    const out: ZoneOffsets = { initial, changes: [] };
    if (this.intl === null) return out;
    let current = initial;
    for (let year = utcYearOf(fromMs); year <= utcYearOf(toMs); year++) {
      const table = this.table(year);
      for (let i = -1; i < table.changeAt.length; i++) {
        const at = i < 0 ? table.start : table.changeAt[i]!;
        const offset = table.offsets[i + 1]!;
        if (at <= fromMs || at > toMs || offset === current) continue;
        out.changes.push({ atMs: at, offsetMs: offset });
        current = offset;
      }
    }
    return out;
  }

  /** Local calendar day number (days since 1970-01-01) of an instant. */
  localDay(utcMs: number): number {
    return Math.floor((utcMs + this.offset(utcMs)) / DAY_MS);
  }

  /**
   * The instant of local wall-clock time `localMs` (epoch ms read as local), as PostgreSQL reads
   * `timestamp AT TIME ZONE zone`: a time that happens twice (clocks went back) is the later one; a time that never
   * happens (clocks went forward) is read with the offset from before the change, which lands after the gap.
   */
  localToUtc(localMs: number): number {
    return this.resolveLocal(localMs).postgres;
  }

  /**
   * The instant local day `dayNumber` begins as PostgreSQL reads `date::timestamp AT TIME ZONE zone`: the bound of
   * a [from, to) range or a period. When midnight happens twice (America/Havana 2026-11-01) that is the second.
   */
  dayStartUtc(dayNumber: number): number {
    return this.localToUtc(dayNumber * DAY_MS);
  }

  /**
   * The first instant whose local time is `dayNumber`'s midnight or the first after it: the end of a DST gap over
   * midnight, the first of two midnights.
   */
  firstInstantOfDay(dayNumber: number): number {
    return this.resolveLocal(dayNumber * DAY_MS).first;
  }

  /**
   * The instant `days` calendar days before `utcMs` at the same local wall-clock time, as PostgreSQL computes
   * `ts - interval 'N days'` with this session time zone: across a DST change the distance is 23 or 25 hours a day,
   * and a wall-clock time that falls in a gap or an overlap is read as `localToUtc` reads it.
   */
  minusDays(utcMs: number, days: number): number {
    return this.localToUtc(utcMs + this.offset(utcMs) - days * DAY_MS);
  }

  // Every instant t with t + offset(t) = localMs lies within a day and a bit of it (offsets stay under 26 hours), so
  // the offsets of the two days around it decide: each stretch of one offset gives at most one candidate.
  private resolveLocal(localMs: number): { postgres: number; first: number } {
    if (this.intl === null) return { postgres: localMs, first: localMs };
    const { initial, changes } = this.offsets(localMs - 2 * DAY_MS, localMs + 2 * DAY_MS);
    let earliest = NaN;
    let latest = NaN;
    let gapRead = NaN;
    let gapEnd = NaN;
    let start = -Infinity;
    let offset = initial;
    for (let i = 0; i <= changes.length; i++) {
      const end = i < changes.length ? changes[i]!.atMs : Infinity;
      const t = localMs - offset;
      if (t >= start && t < end) {
        if (Number.isNaN(earliest)) earliest = t;
        latest = t;
      } else if (t >= end) {
        // localMs is later than this stretch's wall clock reaches: if no stretch has it, it is in the gap after this.
        gapRead = t;
        gapEnd = end;
      }
      start = end;
      if (i < changes.length) offset = changes[i]!.offsetMs;
    }
    return Number.isNaN(latest) ? { postgres: gapRead, first: gapEnd } : { postgres: latest, first: earliest };
  }

  private tableAt(utcMs: number): YearTable {
    const last = this.last;
    if (last !== undefined && utcMs >= last.start && utcMs < last.end) return last;
    const table = this.table(utcYearOf(utcMs));
    this.last = table;
    return table;
  }

  private table(year: number): YearTable {
    let table = this.years.get(year);
    if (table === undefined) {
      if (this.years.size >= MAX_YEARS_PER_ZONE) this.years.delete(this.years.keys().next().value!);
      table = this.computeYear(year);
      this.years.set(year, table);
    }
    return table;
  }

  // Samples the year every SAMPLE_MS and bisects each change down to the second.
  private computeYear(year: number): YearTable {
    const start = yearStart(year);
    const end = yearStart(year + 1);
    const intl = this.intl!;
    const at = (ms: number) => intl.at(ms);
    const table: YearTable = { start, end, changeAt: [], offsets: [at(start)] };
    let previous = table.offsets[0]!;
    let t = start;
    while (t < end) {
      const next = Math.min(t + SAMPLE_MS, end);
      if (at(next) === previous) {
        t = next;
        continue;
      }
      let a = t / 1000;
      let b = next / 1000;
      while (b - a > 1) {
        const mid = Math.floor((a + b) / 2);
        if (at(mid * 1000) === previous) a = mid;
        else b = mid;
      }
      // A change at the year's last instant boundary belongs to the next year's initial offset.
      if (b * 1000 >= end) break;
      previous = at(b * 1000);
      table.changeAt.push(b * 1000);
      table.offsets.push(previous);
      t = b * 1000;
    }
    return table;
  }
}

function changeIndex(changeAt: readonly number[], utcMs: number): number {
  let lo = 0;
  let hi = changeAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changeAt[mid]! <= utcMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const clocks = new Map<string, ZoneClock>();

/** A shared ZoneClock per zone (any spelling of it), so each zone's offsets are found once per process. */
export function zoneClock(timeZone: string): ZoneClock {
  const zone = canonicalOrThrow(timeZone);
  let clock = clocks.get(zone);
  if (clock) {
    // Most recently used last, so the bound drops the zone unused longest.
    clocks.delete(zone);
  } else {
    if (clocks.size >= MAX_CLOCKS) clocks.delete(clocks.keys().next().value!);
    clock = new ZoneClock(zone);
  }
  clocks.set(zone, clock);
  return clock;
}

/** How many zones have a shared clock (for tests of the bound). */
export function sharedClocks(): number {
  return clocks.size;
}
