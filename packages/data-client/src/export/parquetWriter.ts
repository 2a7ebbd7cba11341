import { ByteSink } from './byteSink.js';
import { CompactWriter, T } from './thrift.js';

// A streaming Parquet writer: columns of values (typed arrays for numbers, or rows of objects turned into them) go
// straight into each column's PLAIN-encoded bytes (numbers copied or set through a DataView, strings char by char,
// no Date or BigInt per value), and every `rowGroupRows` rows become one row
// group handed back as bytes, so memory holds at most one row group. The file is uncompressed, one data page (v1) per
// column chunk, every column OPTIONAL, and the types are the ones the earlier writer produced (BYTE_ARRAY + UTF8,
// DOUBLE, INT64, INT64 + TIMESTAMP_MILLIS), so readers see the same schema.

/** The logical type of an exported column. */
export type ColumnType = 'string' | 'double' | 'int' | 'timestamp' | 'boolean';

/** A column of an export: its name and logical type. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
}

const MAGIC = 0x31524150; // "PAR1"
const PHYSICAL = { string: 6, double: 5, int: 2, timestamp: 2, boolean: 0 } as const; // BYTE_ARRAY, DOUBLE, INT64, INT64, BOOLEAN
const CONVERTED: Partial<Record<ColumnType, number>> = { string: 0, timestamp: 9 }; // UTF8, TIMESTAMP_MILLIS
const OPTIONAL = 1;
const PLAIN = 0;
const RLE = 3;
const RLE_DICTIONARY = 8;
const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;
const UNCOMPRESSED = 0;

/** Rows per row group unless told otherwise: about 2–20 MB of buffered column bytes for the export's columns. */
export const DEFAULT_ROW_GROUP_ROWS = 65_536;

const utf8 = new TextEncoder();

/** The rows per row group `options` ask for (the default when none), or a RangeError when that is not a positive integer. */
export function rowGroupRowsOf(options: { rowGroupRows?: number }): number {
  const rows = options.rowGroupRows ?? DEFAULT_ROW_GROUP_ROWS;
  if (!(Number.isInteger(rows) && rows > 0)) throw new RangeError('rowGroupRows must be a positive integer');
  return rows;
}

/**
 * One column's values for `writeColumns`, as `compileColumnCheck` produces them: strings (null for null), numbers
 * (doubles, integers, or epoch milliseconds for a timestamp column) or booleans as 0/1, where `present[i] === 0` marks
 * a null (no `present`: none is null).
 */
export type ColumnValues =
  | { kind: 'string'; values: readonly (string | null)[] }
  /**
   * Strings as ids into `table` (-1 for null): how the Parquet worker receives a column whose values repeat
   * (packedColumns.ts). Written exactly as the same strings given as `values`, without hashing each one again.
   */
  | { kind: 'coded'; ids: Int32Array; table: readonly string[] }
  /**
   * Strings as ranges of one text: value r is `text` from `starts[r]`, `lengths[r]` long (-1 for null). How the
   * Parquet worker receives a column whose values mostly differ: written as PLAIN bytes straight from the text.
   */
  | { kind: 'text'; text: string; starts: Int32Array; lengths: Int32Array }
  | { kind: 'number' | 'timestamp'; values: Float64Array; present: Uint8Array | null }
  | { kind: 'boolean'; values: Uint8Array; present: Uint8Array | null };

/** Entries a 'coded' column's table may have for its encoded bytes to be kept (bounds the memory they take). */
const ENCODED_LIMIT = 1 << 18;

interface EncodedTable {
  table: readonly string[];
  /** The value each entry was encoded from. */
  from: (string | undefined)[];
  /** Where each entry's bytes start in `bytes`, plus one (0: not encoded yet). */
  at: Int32Array;
  bytes: ByteSink;
}

// Whether a Float64Array's bytes are already Parquet's (little-endian) doubles, so a column without nulls is one copy.
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

// One column's values of the row group being filled.
class ColumnBuffer {
  readonly values = new ByteSink(1 << 16);
  /** Bit r set when row r of the group has a value. */
  readonly valid: Uint8Array;
  nonNull = 0;
  /**
   * A string column's dictionary for the row group (value → index), or null once the column writes PLAIN strings.
   * Most export strings repeat (org, plan, team, activity): a dictionary index per value is a Map lookup and a few
   * bits instead of the string's bytes, and the file is several times smaller. A column whose values mostly differ
   * (ids) outgrows its dictionary in the first row group and stays PLAIN from then on.
   */
  dictionary: Map<string, number> | null;
  /** The dictionary's values, by index. */
  readonly entries: string[] = [];
  /** The dictionary index of each non-null value, in row order. */
  readonly indices: Int32Array;
  private readonly maxEntries: number;
  /** For 'coded' input: table id → dictionary index + 1 (0: not in this row group's dictionary yet), and the ids set. */
  private slots = new Int32Array(0);
  private readonly slotIds: number[] = [];
  private slotTable: readonly string[] | null = null;
  /** For 'coded' input written PLAIN: each table entry's length-prefixed UTF-8 bytes, made the first time it is written. */
  private encoded: EncodedTable | null = null;

  constructor(
    readonly column: ExportColumn,
    rowGroupRows: number,
  ) {
    this.valid = new Uint8Array(Math.ceil(rowGroupRows / 8));
    this.dictionary = column.type === 'string' ? new Map() : null;
    this.indices = new Int32Array(column.type === 'string' ? rowGroupRows : 0);
    this.maxEntries = Math.max(256, rowGroupRows >> 3);
  }

  /** Whether the row group's values are written as dictionary indices. */
  get dictionaryEncoded(): boolean {
    return this.dictionary !== null;
  }

  // The dictionary got too big: this row group's strings so far become PLAIN bytes, and so do all later ones.
  private dropDictionary(): void {
    const { entries, indices } = this;
    for (let i = 0; i < this.nonNull; i++) writeString(this.values, entries[indices[i]!]!);
    this.dictionary = null;
    this.entries.length = 0;
    this.clearSlots();
  }

  private clearSlots(): void {
    const { slots, slotIds } = this;
    for (let i = 0; i < slotIds.length; i++) slots[slotIds[i]!] = 0;
    slotIds.length = 0;
  }

  // A 'coded' column: the same entries, indices and bytes as its strings would give, with a table id's dictionary
  // index looked up in an array instead of hashing the string.
  private appendCoded(input: Extract<ColumnValues, { kind: 'coded' }>, from: number, to: number, firstRow: number): void {
    const { ids, table } = input;
    const valid = this.valid;
    const dictionary = this.dictionary;
    if (dictionary === null) {
      if (table.length <= ENCODED_LIMIT) {
        this.appendEncoded(input, from, to, firstRow);
        return;
      }
      let nonNull = 0;
      for (let r = from, row = firstRow; r < to; r++, row++) {
        const id = ids[r]!;
        if (id < 0) continue;
        writeString(this.values, table[id]!);
        valid[row >> 3]! |= 1 << (row & 7);
        nonNull++;
      }
      this.nonNull += nonNull;
      return;
    }
    if (this.slotTable !== table) {
      this.clearSlots();
      this.slotTable = table;
    }
    if (this.slots.length < table.length) {
      const grown = new Int32Array(Math.max(table.length, this.slots.length * 2));
      grown.set(this.slots);
      this.slots = grown;
    }
    const { slots, slotIds, entries, indices } = this;
    let at = this.nonNull;
    for (let r = from, row = firstRow; r < to; r++, row++) {
      const id = ids[r]!;
      if (id < 0) continue;
      let index = slots[id]! - 1;
      if (index < 0) {
        // First time this id is seen in the row group; its string may already be an entry (given as a string).
        const value = table[id]!;
        const known = dictionary.get(value);
        if (known === undefined) {
          index = entries.length;
          dictionary.set(value, index);
          entries.push(value);
        } else index = known;
        slots[id] = index + 1;
        slotIds.push(id);
      }
      indices[at++] = index;
      valid[row >> 3]! |= 1 << (row & 7);
    }
    this.nonNull = at;
    if (entries.length > this.maxEntries) this.dropDictionary();
  }

  // A 'coded' column written PLAIN whose ids repeat (a user's id and name in every attempt of theirs): each entry is
  // encoded once per export and its bytes copied from then on. Reading a string costs more than copying its bytes:
  // strings lie anywhere in memory (a cache miss each), a concatenated one is read through an indirection per
  // character, and one that is not ASCII takes a TextEncoder call. An entry whose table holds another value since is
  // encoded again (a frozen table cannot change, and is not read again). Tables holding every attempt are not kept
  // (ENCODED_LIMIT): their ids hardly repeat.
  private appendEncoded(input: Extract<ColumnValues, { kind: 'coded' }>, from: number, to: number, firstRow: number): void {
    const { ids, table } = input;
    let cache = this.encoded;
    if (cache === null || cache.table !== table) {
      cache = this.encoded = { table, from: new Array(table.length), at: new Int32Array(table.length), bytes: new ByteSink(1 << 16) };
    } else if (cache.at.length < table.length) {
      const at = new Int32Array(Math.max(table.length, cache.at.length * 2));
      at.set(cache.at);
      cache.at = at;
    }
    const { from: encodedFrom, at: encodedAt, bytes: pool } = cache;
    // A frozen table cannot change: its entries' bytes are reused without reading the entry again.
    const frozen = Object.isFrozen(table);
    const out = this.values;
    const valid = this.valid;
    let nonNull = 0;
    for (let r = from, row = firstRow; r < to; r++, row++) {
      const id = ids[r]!;
      if (id < 0) continue;
      let start = encodedAt[id]! - 1;
      if (start < 0 || (!frozen && encodedFrom[id] !== table[id])) {
        const value = table[id]!;
        start = pool.length;
        writeString(pool, value);
        encodedAt[id] = start + 1;
        encodedFrom[id] = value;
      }
      const source = pool.bytes;
      const size = 4 + (source[start]! | (source[start + 1]! << 8) | (source[start + 2]! << 16) | (source[start + 3]! << 24));
      out.reserve(size);
      const target = out.bytes;
      const at = out.length;
      for (let k = 0; k < size; k++) target[at + k] = source[start + k]!;
      out.length = at + size;
      valid[row >> 3]! |= 1 << (row & 7);
      nonNull++;
    }
    this.nonNull += nonNull;
  }

  /** Appends values [from, to) of one column as group rows firstRow onwards; one loop per kind of value. */
  append(input: ColumnValues, from: number, to: number, firstRow: number): void {
    const { name, type } = this.column;
    const out = this.values;
    const valid = this.valid;
    let nonNull = 0;
    if (input.kind === 'coded') {
      if (type !== 'string') throw new TypeError(`Parquet export: "${name}" is a ${type} column and was given strings`);
      this.appendCoded(input, from, to, firstRow);
      return;
    }
    if (input.kind === 'text') {
      if (type !== 'string') throw new TypeError(`Parquet export: "${name}" is a ${type} column and was given strings`);
      const { text, starts, lengths } = input;
      if (this.dictionary !== null) {
        // Still building a dictionary (the first row group of such a column, usually): the values as strings.
        const values: (string | null)[] = new Array(to);
        for (let r = from; r < to; r++) values[r] = lengths[r]! < 0 ? null : text.slice(starts[r]!, starts[r]! + lengths[r]!);
        this.append({ kind: 'string', values }, from, to, firstRow);
        return;
      }
      for (let r = from, row = firstRow; r < to; r++, row++) {
        const length = lengths[r]!;
        if (length < 0) continue;
        writeRange(out, text, starts[r]!, length);
        valid[row >> 3]! |= 1 << (row & 7);
        nonNull++;
      }
      this.nonNull += nonNull;
      return;
    }
    if (input.kind === 'string') {
      if (type !== 'string') throw new TypeError(`Parquet export: "${name}" is a ${type} column and was given strings`);
      const values = input.values;
      const dictionary = this.dictionary;
      if (dictionary !== null) {
        const { entries, indices } = this;
        let at = this.nonNull;
        for (let r = from, row = firstRow; r < to; r++, row++) {
          const value = values[r];
          if (value === null || value === undefined) continue;
          let index = dictionary.get(value);
          if (index === undefined) {
            index = entries.length;
            dictionary.set(value, index);
            entries.push(value);
          }
          indices[at++] = index;
          valid[row >> 3]! |= 1 << (row & 7);
        }
        this.nonNull = at;
        if (entries.length > this.maxEntries) this.dropDictionary();
        return;
      }
      for (let r = from, row = firstRow; r < to; r++, row++) {
        const value = values[r];
        if (value === null || value === undefined) continue;
        writeString(out, value);
        valid[row >> 3]! |= 1 << (row & 7);
        nonNull++;
      }
    } else if (input.kind === 'boolean') {
      if (type !== 'boolean') throw new TypeError(`Parquet export: "${name}" is a ${type} column and was given booleans`);
      const { values, present } = input;
      for (let r = from, row = firstRow; r < to; r++, row++) {
        if (present !== null && present[r] === 0) continue;
        // PLAIN booleans are bit-packed, least significant bit first.
        const bit = (this.nonNull + nonNull) & 7;
        if (bit === 0) out.byte(0);
        if (values[r] === 1) out.bytes[out.length - 1]! |= 1 << bit;
        valid[row >> 3]! |= 1 << (row & 7);
        nonNull++;
      }
    } else {
      if (type === 'string' || type === 'boolean') throw new TypeError(`Parquet export: "${name}" is a ${type} column and was given numbers`);
      const { values, present } = input;
      out.reserve((to - from) * 8);
      const bytes = out.bytes;
      const view = out.view;
      let at = out.length;
      if (type === 'double' && present === null && LITTLE_ENDIAN) {
        bytes.set(new Uint8Array(values.buffer, values.byteOffset + from * 8, (to - from) * 8), at);
        at += (to - from) * 8;
        nonNull = to - from;
        setBits(valid, firstRow, firstRow + nonNull);
      } else {
        for (let r = from, row = firstRow; r < to; r++, row++) {
          if (present !== null && present[r] === 0) continue;
          let value = values[r]!;
          if (type === 'double') view.setFloat64(at, value, true);
          else {
            if (type === 'int') value = Math.trunc(value);
            if (!Number.isSafeInteger(value)) {
              throw new RangeError(`Parquet export: "${name}" value ${String(value)} is not ${type === 'int' ? 'an integer' : 'a timestamp'}`);
            }
            // INT64 as two 32-bit halves: no BigInt per value.
            const high = Math.floor(value / 4294967296);
            view.setUint32(at, value - high * 4294967296, true);
            view.setInt32(at + 4, high, true);
          }
          at += 8;
          valid[row >> 3]! |= 1 << (row & 7);
          nonNull++;
        }
      }
      out.length = at;
    }
    this.nonNull += nonNull;
  }

  reset(): void {
    this.values.clear();
    this.valid.fill(0);
    this.nonNull = 0;
    this.dictionary?.clear();
    this.entries.length = 0;
    this.clearSlots();
  }
}

// Sets bits [from, to) of a bitmap.
function setBits(bits: Uint8Array, from: number, to: number): void {
  let r = from;
  for (; r < to && (r & 7) !== 0; r++) bits[r >> 3]! |= 1 << (r & 7);
  for (; r + 8 <= to; r += 8) bits[r >> 3] = 0xff;
  for (; r < to; r++) bits[r >> 3]! |= 1 << (r & 7);
}

// What `write` makes of rows of objects (keyed by column name; null or undefined is null): each column's values, with
// the conversions the row API has always made (numbers from numeric text, epoch ms from Dates and ISO text, "true").
function columnOfRows(column: ExportColumn, rows: ReadonlyArray<Readonly<Record<string, unknown>>>): ColumnValues {
  const { name, type } = column;
  const n = rows.length;
  if (type === 'string') return { kind: 'string', values: rows.map((row) => { const v = row[name]; return v === null || v === undefined ? null : typeof v === 'string' ? v : String(v); }) };
  const present = new Uint8Array(n);
  if (type === 'boolean') {
    const values = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      const v = rows[r]![name];
      if (v === null || v === undefined) continue;
      present[r] = 1;
      values[r] = v === true || v === 'true' ? 1 : 0;
    }
    return { kind: 'boolean', values, present };
  }
  const values = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const v = rows[r]![name];
    if (v === null || v === undefined) continue;
    present[r] = 1;
    const number = typeof v === 'number' ? v : type === 'timestamp' ? (v instanceof Date ? v.getTime() : parseTimestamp(String(v))) : Number(v);
    values[r] = number;
    if (type !== 'double' && !Number.isSafeInteger(type === 'int' ? Math.trunc(number) : number)) {
      throw new RangeError(`Parquet export: "${name}" value ${String(v)} is not ${type === 'int' ? 'an integer' : 'a timestamp'}`);
    }
  }
  return { kind: 'number', values, present };
}

// A length-prefixed UTF-8 string. Most export strings are short ASCII ids and names: copied char by char, which is
// several times faster than a TextEncoder call (and the subarray it needs) per value.
function writeString(out: ByteSink, text: string): void {
  writeRange(out, text, 0, text.length);
}

// The same for the n chars of `text` from `start`.
function writeRange(out: ByteSink, text: string, start: number, n: number): void {
  out.reserve(4 + n * 3);
  const bytes = out.bytes;
  const at = out.length + 4;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(start + i);
    if (c >= 0x80) break;
    bytes[at + i] = c;
  }
  let written = i;
  if (i < n) written = i + utf8.encodeInto(text.slice(start + i, start + n), bytes.subarray(at + i)).written;
  out.view.setUint32(out.length, written, true);
  out.length = at + written;
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const two = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);

// Epoch ms of an ISO timestamp. The exact shape every adapter returns ("2026-01-02T03:04:05.678Z") is read digit by
// digit, since Date.parse per value is a large part of encoding; anything else goes through Date.parse.
export function parseTimestamp(text: string): number {
  if (text.length === 24 && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(23) === 90 /* Z */ && text.charCodeAt(19) === 46) {
    const ms = Date.UTC(two(text, 0) * 100 + two(text, 2), two(text, 5) - 1, two(text, 8), two(text, 11), two(text, 14), two(text, 17)) +
      digit(text, 20) * 100 + two(text, 21);
    if (ms === ms) return ms;
  }
  return Date.parse(text);
}

interface ChunkInfo {
  offset: number;
  size: number;
  /** Where its data page starts (after the dictionary page, if any). */
  dataOffset: number;
  dictionary: boolean;
}

interface RowGroupInfo {
  rows: number;
  chunks: ChunkInfo[];
}

/**
 * Writes a Parquet file in pieces: `write(rows)` returns the bytes of the row groups it completed (the file's
 * magic number first), `finish()` the last row group and the footer. Concatenated in order, they are the file.
 */
export class ParquetStreamWriter {
  private readonly buffers: ColumnBuffer[];
  private readonly rowGroupRows: number;
  private readonly groups: RowGroupInfo[] = [];
  private rows = 0;
  private offset = 0;
  private finished = false;

  constructor(
    readonly columns: readonly ExportColumn[],
    options: { rowGroupRows?: number } = {},
  ) {
    this.rowGroupRows = rowGroupRowsOf(options);
    this.buffers = columns.map((c) => new ColumnBuffer(c, this.rowGroupRows));
  }

  /** Rows written so far. */
  get rowCount(): number {
    return this.groups.reduce((sum, g) => sum + g.rows, 0) + this.rows;
  }

  /** Adds rows (objects keyed by column name; null or undefined is null); returns the bytes now complete. */
  write(rows: ReadonlyArray<Readonly<Record<string, unknown>>>): Uint8Array[] {
    if (this.finished) throw new Error('ParquetStreamWriter: write after finish');
    return this.writeColumns(rows.length, this.columns.map((column) => columnOfRows(column, rows)));
  }

  /**
   * Adds `length` rows given as columns, one per writer column and in the same order (see `ColumnValues`); returns
   * the bytes now complete. The fast way in: no object per row, numbers copied straight into the column's bytes.
   */
  writeColumns(length: number, columns: readonly ColumnValues[]): Uint8Array[] {
    if (this.finished) throw new Error('ParquetStreamWriter: write after finish');
    if (columns.length !== this.buffers.length) throw new TypeError(`ParquetStreamWriter: ${columns.length} columns given for ${this.buffers.length}`);
    const out: Uint8Array[] = [];
    if (this.offset === 0) out.push(this.magic());
    for (let from = 0; from < length; ) {
      const to = Math.min(length, from + this.rowGroupRows - this.rows);
      for (let c = 0; c < columns.length; c++) this.buffers[c]!.append(columns[c]!, from, to, this.rows);
      this.rows += to - from;
      from = to;
      if (this.rows === this.rowGroupRows) out.push(this.flushGroup());
    }
    return out;
  }

  /** The last row group and the footer (and the magic number when nothing was written before). */
  finish(): Uint8Array[] {
    if (this.finished) throw new Error('ParquetStreamWriter: finish called twice');
    const out: Uint8Array[] = [];
    if (this.offset === 0) out.push(this.magic());
    if (this.rows > 0) out.push(this.flushGroup());
    out.push(this.footer());
    this.finished = true;
    return out;
  }

  private magic(): Uint8Array {
    const sink = new ByteSink(4);
    sink.uint32(MAGIC);
    this.offset += 4;
    return sink.take();
  }

  private flushGroup(): Uint8Array {
    const n = this.rows;
    // Each column's pages, then the group's bytes in one buffer sized up front (a page header is well under 64 bytes).
    const pages = this.buffers.map((buffer) => {
      if (!buffer.dictionaryEncoded) return { dictionary: null, data: buffer.values.bytes.subarray(0, buffer.values.length), encoding: PLAIN };
      const dictionary = new ByteSink(1024);
      for (const entry of buffer.entries) writeString(dictionary, entry);
      return { dictionary: { bytes: dictionary.bytes.subarray(0, dictionary.length), count: buffer.entries.length }, data: dictionaryIndices(buffer), encoding: RLE_DICTIONARY };
    });
    const size = pages.reduce((sum, p) => sum + 128 + 4 + 16 + Math.ceil(n / 8) + p.data.length + (p.dictionary?.bytes.length ?? 0), 0);
    const sink = new ByteSink(size);
    const chunks: ChunkInfo[] = [];
    this.buffers.forEach((buffer, c) => {
      const page = pages[c]!;
      const start = sink.length;
      if (page.dictionary !== null) {
        const header = new CompactWriter(sink);
        const bytes = page.dictionary.bytes.length;
        header.i32(1, DICTIONARY_PAGE).i32(2, bytes).i32(3, bytes);
        header.begin(7).i32(1, page.dictionary.count).i32(2, PLAIN).end();
        header.end();
        sink.append(page.dictionary.bytes);
      }
      const dataOffset = sink.length;
      const levels = definitionLevels(buffer, n);
      const pageSize = 4 + levels.length + page.data.length;
      const header = new CompactWriter(sink);
      header.i32(1, DATA_PAGE).i32(2, pageSize).i32(3, pageSize);
      header.begin(5).i32(1, n).i32(2, page.encoding).i32(3, RLE).i32(4, RLE).end();
      header.end();
      sink.uint32(levels.length);
      sink.append(levels);
      sink.append(page.data);
      chunks.push({ offset: this.offset + start, size: sink.length - start, dataOffset: this.offset + dataOffset, dictionary: page.dictionary !== null });
      buffer.reset();
    });
    this.groups.push({ rows: n, chunks });
    this.rows = 0;
    this.offset += sink.length;
    return sink.bytes.subarray(0, sink.length);
  }

  private footer(): Uint8Array {
    const sink = new ByteSink(4096);
    const w = new CompactWriter(sink);
    w.i32(1, 1);
    w.list(2, T.struct, this.columns.length + 1);
    w.beginElement().string(4, 'schema').i32(5, this.columns.length).end();
    for (const column of this.columns) {
      w.beginElement().i32(1, PHYSICAL[column.type]).i32(3, OPTIONAL).string(4, column.name);
      const converted = CONVERTED[column.type];
      if (converted !== undefined) w.i32(6, converted);
      w.end();
    }
    w.i64(3, this.groups.reduce((sum, g) => sum + g.rows, 0));
    w.list(4, T.struct, this.groups.length);
    for (const group of this.groups) {
      w.beginElement().list(1, T.struct, group.chunks.length);
      group.chunks.forEach((chunk, c) => {
        const column = this.columns[c]!;
        w.beginElement().i64(2, chunk.offset);
        w.begin(3).i32(1, PHYSICAL[column.type]);
        if (chunk.dictionary) w.list(2, T.i32, 3).elementI32(PLAIN).elementI32(RLE).elementI32(RLE_DICTIONARY);
        else w.list(2, T.i32, 2).elementI32(PLAIN).elementI32(RLE);
        w.list(3, T.binary, 1).elementString(column.name);
        w.i32(4, UNCOMPRESSED).i64(5, group.rows).i64(6, chunk.size).i64(7, chunk.size).i64(9, chunk.dataOffset);
        if (chunk.dictionary) w.i64(11, chunk.offset);
        w.end();
        w.end();
      });
      const bytes = group.chunks.reduce((sum, c) => sum + c.size, 0);
      w.i64(2, bytes).i64(3, group.rows).end();
    }
    w.string(6, 'learnlens');
    w.end();
    const metadataLength = sink.length;
    sink.uint32(metadataLength);
    sink.uint32(MAGIC);
    return sink.take();
  }
}

// A dictionary-encoded data page's values: the index bit width, then every index as one bit-packed run of the RLE /
// bit-packed hybrid (least significant bit first, padded to a multiple of eight values).
function dictionaryIndices(buffer: ColumnBuffer): Uint8Array {
  const count = buffer.nonNull;
  const width = Math.max(1, Math.ceil(Math.log2(Math.max(2, buffer.entries.length))));
  const groups = Math.ceil(count / 8);
  const sink = new ByteSink(16 + groups * width);
  sink.byte(width);
  if (count === 0) return sink.take();
  sink.varint(groups * 2 + 1);
  const bytes = sink.bytes;
  let at = sink.length;
  const indices = buffer.indices;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < groups * 8; i++) {
    acc |= (i < count ? indices[i]! : 0) << bits;
    bits += width;
    while (bits >= 8) {
      bytes[at++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  }
  sink.length = at;
  return sink.bytes.subarray(0, at);
}

// Definition levels of an OPTIONAL flat column (bit width 1) in the RLE / bit-packed hybrid: one run when every value
// is present (or every one null), else the validity bitmap as one bit-packed run.
function definitionLevels(buffer: ColumnBuffer, n: number): Uint8Array {
  const sink = new ByteSink(16);
  if (buffer.nonNull === n || buffer.nonNull === 0) {
    sink.varint(n * 2);
    sink.byte(buffer.nonNull === 0 ? 0 : 1);
    return sink.take();
  }
  const groups = Math.ceil(n / 8);
  sink.varint(groups * 2 + 1);
  sink.append(buffer.valid.subarray(0, groups));
  return sink.take();
}
