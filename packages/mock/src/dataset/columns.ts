import type { AttemptColumns, EventColumns, MasteryColumns, SessionColumns } from './dataset.types.js';

// Typed columns that grow while rows are appended, then are cut to their exact
// length. Only the typed arrays of an object are touched; string columns are
// plain arrays that grow by push.

/** A typed column of a fact table. */
export type NumericColumn = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;
type ColumnType = new (buffer: ArrayBuffer, byteOffset: number, length: number) => NumericColumn;

/**
 * New typed columns of `length` rows, one per `columns` entry (same types), all views of one ArrayBuffer. V8 runs a
 * full collection about every 64 MiB of new buffers; at a million attempts a table's columns are hundreds of MiB,
 * and with 50,000 users' objects on the heap each collection takes a few hundred ms: one allocation per table, not
 * one per column, spares most of them.
 */
export function columnsInOneBuffer<T extends Record<string, NumericColumn>>(columns: T, length: number): T {
  const keys = Object.keys(columns);
  let bytes = 0;
  for (const key of keys) bytes += Math.ceil((columns[key]!.BYTES_PER_ELEMENT * length) / 8) * 8;
  const buffer = new ArrayBuffer(bytes);
  const out: Record<string, NumericColumn> = {};
  let offset = 0;
  for (const key of keys) {
    const column = columns[key]!;
    out[key] = new (column.constructor as ColumnType)(buffer, offset, length);
    offset += Math.ceil((column.BYTES_PER_ELEMENT * length) / 8) * 8;
  }
  return out as T;
}

/** The typed columns of a table object, by key. */
export function typedColumns(table: object): Record<string, NumericColumn> {
  const out: Record<string, NumericColumn> = {};
  for (const [key, v] of Object.entries(table)) if (ArrayBuffer.isView(v)) out[key] = v as NumericColumn;
  return out;
}

// Every typed column copied to a new length (truncated or zero-padded).
function resizeAll(table: object, length: number): void {
  const old = typedColumns(table);
  const next = columnsInOneBuffer(old, length);
  const t = table as Record<string, unknown>;
  for (const key of Object.keys(old)) {
    const column = old[key]!;
    (next[key] as Float64Array).set((column.length > length ? column.subarray(0, length) : column) as Float64Array);
    t[key] = next[key];
  }
}

function capacityOf(table: object): number {
  for (const v of Object.values(table)) if (ArrayBuffer.isView(v)) return (v as NumericColumn).length;
  return 0;
}

/** Makes room for `rows` rows in every typed column of `table` (growing by at least half). */
export function reserve(table: object, rows: number): void {
  const capacity = capacityOf(table);
  if (rows > capacity) resizeAll(table, Math.max(rows, Math.ceil(capacity * 1.5), 256));
}

/** Empty attempt columns. */
export function emptyAttempts(): AttemptColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    user: new Int32Array(0),
    activity: new Int32Array(0),
    score: new Float64Array(0),
    duration: new Float64Array(0),
    talkMs: new Float64Array(0),
    listenMs: new Float64Array(0),
    startedAt: new Float64Array(0),
    endedAt: new Float64Array(0),
    goalBand: new Float64Array(0),
    task1Band: new Float64Array(0),
    task2Band: new Float64Array(0),
  };
}

/** Empty session columns. */
export function emptySessions(): SessionColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    user: new Int32Array(0),
    start: new Float64Array(0),
    end: new Float64Array(0),
    duration: new Float64Array(0),
    totalEvents: new Int32Array(0),
  };
}

/** Empty event columns. */
export function emptyEvents(): EventColumns {
  return {
    length: 0,
    // Ids are given once the table is sorted (sortFacts), by row position.
    id: [],
    org: new Uint16Array(0),
    user: new Int32Array(0),
    session: new Int32Array(0),
    attempt: new Int32Array(0),
    activity: new Int32Array(0),
    type: new Uint8Array(0),
    occurredAt: new Float64Array(0),
    payload: new Uint16Array(0),
    payloadTexts: [],
  };
}

/** Empty mastery-delta columns. */
export function emptyMastery(): MasteryColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    user: new Int32Array(0),
    content: new Int32Array(0),
    previous: new Float64Array(0),
    current: new Float64Array(0),
    delta: new Float64Array(0),
    confidence: new Float64Array(0),
    evidence: new Int32Array(0),
    session: new Int32Array(0),
    occurredAt: new Float64Array(0),
  };
}

/**
 * The row indexes [0, n) ordered by `times`, ties kept in index order. A counting sort into about n time
 * buckets, then an insertion sort inside each (they hold a few rows each), is linear in practice.
 */
export function timeOrder(times: Float64Array, n: number): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const buckets = n;
  const width = (max - min) / buckets + 1;
  const bucket = new Int32Array(n);
  const next = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.floor((times[i]! - min) / width);
    bucket[i] = b;
    next[b + 1]!++;
  }
  for (let b = 0; b < buckets; b++) next[b + 1]! += next[b]!;
  for (let i = 0; i < n; i++) out[next[bucket[i]!]!++] = i;
  // Now next[b] is where bucket b ends (and b + 1 starts).
  let start = 0;
  for (let b = 0; b < buckets; b++) {
    const end = next[b]!;
    if (end - start > 48) {
      out.subarray(start, end).sort((x, y) => times[x]! - times[y]! || x - y);
    } else {
      for (let i = start + 1; i < end; i++) {
        const row = out[i]!;
        const t = times[row]!;
        let j = i - 1;
        while (j >= start && times[out[j]!]! > t) {
          out[j + 1] = out[j]!;
          j--;
        }
        out[j + 1] = row;
      }
    }
    start = end;
  }
  return out;
}
