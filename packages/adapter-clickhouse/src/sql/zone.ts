import { zoneClock } from '@learnlens/data-client';
import { int } from '../literal.js';

const DAY_MS = 86_400_000;
const FIRST_YEAR = 1970;
// DateTime (UInt32 seconds) ends in February 2106.
const LAST_YEAR = 2106;
const NEVER = 4_294_967_295;

/** One UTC year of a zone: its offset at the year's first instant and each change within the year (seconds). */
interface YearOffsets {
  initial: number;
  changes: Array<{ at: number; offset: number }>;
}

// From the data client's ZoneClock, which keeps each year's changes: the same instants the other adapters use.
function yearOffsets(timeZone: string, year: number): YearOffsets {
  const start = Date.UTC(year, 0, 1);
  const zone = zoneClock(timeZone).offsets(start, Date.UTC(year + 1, 0, 1) - 1);
  return {
    initial: zone.initial / 1000,
    changes: zone.changes.map((c) => ({ at: c.atMs / 1000, offset: c.offsetMs / 1000 })),
  };
}

const yearOf = (ms: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, new Date(ms).getUTCFullYear()));

const REL_BITS = 25n;
// Seconds into a UTC year stay below 2^25 (31 622 400 in a leap year); this marks "no such change".
const NO_CHANGE = (1n << REL_BITS) - 1n;
const MASK = String(NO_CHANGE);

// Array elements are written bare: a parenthesised negative would turn the literal array into an array() call.
const list = (values: ReadonlyArray<number | bigint>) => `[${values.map(String).join(', ')}]`;

/**
 * The year table packed into one UInt64 per year (two changes at most, eight distinct offsets at most): the changes'
 * seconds into the year (25 bits each) and three 3-bit indexes into the zone's offsets. One hash lookup per row and a
 * few bit operations, and a statement a third the size: 18.16's analyser spends most of its time on literal arrays.
 */
function packedSql(expr: string, years: number[], table: YearOffsets[]): string | null {
  const palette = [...new Set(table.flatMap((t) => [t.initial, ...t.changes.map((c) => c.offset)]))];
  if (palette.length > 8 || table.some((t) => t.changes.length > 2)) return null;
  const index = (offset: number) => BigInt(palette.indexOf(offset));
  const packed = table.map((t, i) => {
    const start = Date.UTC(years[i]!, 0, 1) / 1000;
    const rel = (k: number) => (t.changes[k] ? BigInt(t.changes[k].at - start) : NO_CHANGE);
    const offsets = [t.initial, t.changes[0]?.offset ?? t.initial, t.changes[1]?.offset ?? t.initial].map(index);
    return rel(0) | (rel(1) << REL_BITS) | (offsets[0]! << 50n) | (offsets[1]! << 53n) | (offsets[2]! << 56n);
  });
  // Aliases keep each part written once; the suffix keeps two zone expressions of one SELECT apart.
  const tag = expr.replace(/\W+/g, '_');
  const p = `(transform(toYear(${expr}, 'UTC'), ${list(years)}, ${list(packed)}, toUInt64(0)) AS zone_p_${tag})`;
  const rel = `(toUInt32(${expr}) - toUInt16(toStartOfYear(${expr}, 'UTC')) * 86400 AS zone_rel_${tag})`;
  const field = (shift: number, mask: string) => `bitAnd(bitShiftRight(zone_p_${tag}, ${shift}), ${mask})`;
  const which = `multiIf(${rel} >= ${field(25, MASK)}, ${field(56, '7')}, zone_rel_${tag} >= bitAnd(${p}, ${MASK}), ${field(53, '7')}, ${field(50, '7')})`;
  return `transform(${which}, ${list(palette.map((_, i) => i))}, ${list(palette)}, 0)`;
}

/**
 * The UTC offset in seconds of the DateTime expression `expr` in `timeZone`, for instants in [fromMs, toMs]
 * (all of DateTime's range when a bound is missing).
 *
 * ClickHouse 18.16's own zone functions misplace hours on days whose midnight is skipped by DST (America/Santiago,
 * America/Havana) and half-hour DST (Australia/Lord_Howe), so offsets come from the runtime's tz database instead:
 * per UTC year, the offset at the year's start and at each change, looked up with transform().
 */
export function offsetSql(timeZone: string, expr: string, fromMs: number | undefined, toMs: number | undefined): string {
  const first = fromMs === undefined ? FIRST_YEAR : yearOf(fromMs - DAY_MS);
  const last = toMs === undefined ? LAST_YEAR : yearOf(toMs + DAY_MS);
  const years: number[] = [];
  const table: YearOffsets[] = [];
  for (let y = first; y <= last; y++) {
    years.push(y);
    table.push(yearOffsets(timeZone, y));
  }
  const maxChanges = Math.max(...table.map((t) => t.changes.length));
  const initials = table.map((t) => t.initial);
  if (maxChanges === 0 && initials.every((o) => o === initials[0])) return int(initials[0]!);
  const packed = packedSql(expr, years, table);
  if (packed !== null) return packed;

  const year = `toYear(${expr}, 'UTC')`;
  const lookup = (values: number[], fallback: number) => `transform(${year}, ${list(years)}, ${list(values)}, ${int(fallback)})`;
  const branches: string[] = [];
  for (let k = maxChanges - 1; k >= 0; k--) {
    const at = table.map((t) => t.changes[k]?.at ?? NEVER);
    const offset = table.map((t) => t.changes[k]?.offset ?? 0);
    branches.push(`toUInt32(${expr}) >= ${lookup(at, NEVER)}, ${lookup(offset, 0)}`);
  }
  const initial = lookup(initials, 0);
  return branches.length === 0 ? initial : `multiIf(${branches.join(', ')}, ${initial})`;
}
