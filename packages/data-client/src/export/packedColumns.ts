import type { ColumnValues } from './parquetWriter.js';

// A page's columns as they cross to the Parquet worker thread. Typed arrays move by transfer (no copy). Strings cannot:
// posted as they are, each one is cloned, which costs the sending thread about as much as encoding it, and the
// point of the worker is to take that work off the sending thread. So a string column crosses in one of two forms:
// - coded: each value as an id into a table of the column's distinct values, of which only the new ones cross (a
//   few per page for an org, plan, team or activity); one Map lookup per value here, and the worker hands the
//   writer ids it maps without hashing a string again;
// - text: the values joined into one string (one copy) and each value's length, which the writer copies PLAIN
//   bytes from; for columns whose values mostly differ (ids, names), which it stores PLAIN anyway.
// Coded costs the sending thread a Map lookup per value, text a join: a few times dearer per value (measured on the
// bench's export). So a column starts coded and turns to text for good once nearly every value of a page is new to
// a table of at least `CODED_MIN` values (ids: every value new), or its table passes `CODED_LIMIT` values, which
// bounds the tables on both sides (a population's user ids and names stay coded). Either way the writer sees exactly
// the values of the page, so the bytes are the same.

/** One column of a page, ready to post: a length or an id of -1 marks a null string. */
export type PackedColumn =
  | { kind: 'text'; text: string; lengths: Int32Array }
  | { kind: 'coded'; ids: Int32Array; added: string[] }
  /**
   * Ids into an adapter's frozen table (a columnar page's column): the ids as they are, and the table itself only when
   * it is not the one this column sent last (once per export, as a rule).
   */
  | { kind: 'table'; ids: Int32Array; table: readonly string[] | null }
  | { kind: 'number' | 'timestamp'; values: Float64Array; present: Uint8Array | null }
  | { kind: 'boolean'; values: Uint8Array; present: Uint8Array | null };

/** Distinct values a coded column may have before it crosses as text. */
export const CODED_LIMIT = 131_072;
/** A coded column with this many distinct values crosses as text from the first page whose values are 90 % new. */
export const CODED_MIN = 16_384;

/** The sending side: one per export, since a coded column's table grows with the pages. */
export class ColumnPacker {
  // Per column: its table (value → id) while it is coded, null once it is text (or not a string column).
  private tables: (Map<string, number> | null)[] | undefined;
  // Per column: the frozen table it last sent (`table` columns).
  private readonly sent: (readonly string[] | undefined)[] = [];

  /**
   * Packs a page's columns for `postMessage`: the columns and the buffers to transfer. The typed arrays given are
   * transferred, so the caller must not read them afterwards (they are detached).
   */
  pack(length: number, columns: readonly ColumnValues[]): { columns: PackedColumn[]; transfer: ArrayBuffer[] } {
    const tables = (this.tables ??= columns.map((c) => (c.kind === 'string' || c.kind === 'coded' ? new Map<string, number>() : null)));
    const transfer = new Set<ArrayBuffer>();
    const packed = columns.map((given, c): PackedColumn => {
      // Ids into an adapter's own table (a columnar answer). A frozen one, of a bounded size, crosses once and its ids
      // with every page, so this thread does no work per value; any other may be huge (every attempt's id) or change,
      // so the page's strings are packed as any others.
      if (given.kind === 'coded' && Object.isFrozen(given.table) && given.table.length <= CODED_LIMIT && given.ids.length === length) {
        const table = this.sent[c] === given.table ? null : given.table;
        this.sent[c] = given.table;
        transfer.add(given.ids.buffer as ArrayBuffer);
        return { kind: 'table', ids: given.ids, table };
      }
      const column: ColumnValues = given.kind === 'coded' ? { kind: 'string', values: decodeIds(length, given.ids, given.table) } : given;
      if (column.kind === 'string') {
        const table = tables[c] ?? null;
        if (table === null) {
          const text = packText(length, column.values);
          transfer.add(text.lengths.buffer as ArrayBuffer);
          return text;
        }
        const coded = packCoded(length, column.values, table);
        if (table.size > CODED_LIMIT || (table.size >= CODED_MIN && coded.added.length >= 0.9 * length)) tables[c] = null;
        transfer.add(coded.ids.buffer as ArrayBuffer);
        return coded;
      }
      if (column.kind === 'text') throw new TypeError('ColumnPacker: coded and text columns are made here, not given');
      transfer.add(column.values.buffer as ArrayBuffer);
      if (column.present !== null) transfer.add(column.present.buffer as ArrayBuffer);
      if (column.kind === 'boolean') return { kind: 'boolean', values: column.values, present: column.present };
      return { kind: column.kind, values: column.values, present: column.present };
    });
    return { columns: packed, transfer: [...transfer] };
  }
}

function decodeIds(length: number, ids: Int32Array, table: readonly string[]): (string | null)[] {
  const values: (string | null)[] = new Array(length);
  for (let r = 0; r < length; r++) values[r] = ids[r]! < 0 ? null : table[ids[r]!]!;
  return values;
}

type Coded = Extract<PackedColumn, { kind: 'coded' }>;
type Text = Extract<PackedColumn, { kind: 'text' }>;

function packCoded(length: number, values: readonly (string | null)[], table: Map<string, number>): Coded {
  const ids = new Int32Array(length);
  const added: string[] = [];
  for (let r = 0; r < length; r++) {
    const value = values[r];
    if (value === null || value === undefined) {
      ids[r] = -1;
      continue;
    }
    let id = table.get(value);
    if (id === undefined) {
      id = table.size;
      table.set(value, id);
      added.push(value);
    }
    ids[r] = id;
  }
  return { kind: 'coded', ids, added };
}

function packText(length: number, values: readonly (string | null)[]): Text {
  const lengths = new Int32Array(length);
  for (let r = 0; r < length; r++) {
    const value = values[r];
    lengths[r] = value === null || value === undefined ? -1 : value.length;
  }
  // join writes null as "", which its length of -1 tells apart from an empty string.
  return { kind: 'text', text: (values.length === length ? values : values.slice(0, length)).join(''), lengths };
}

/** The receiving side: the writer's columns again, from what a `ColumnPacker` made of each page, in order. */
export class ColumnUnpacker {
  // Per column: the values its coded pages have added so far, by id.
  private readonly tables: string[][] = [];
  // Per column: the frozen table its `table` pages refer to.
  private readonly frozen: (readonly string[] | undefined)[] = [];

  unpack(columns: readonly PackedColumn[]): ColumnValues[] {
    return columns.map((column, c): ColumnValues => {
      if (column.kind === 'table') {
        // A copy of a frozen table, frozen again: the writer then encodes each entry once for the whole export.
        if (column.table !== null) this.frozen[c] = Object.isFrozen(column.table) ? column.table : Object.freeze(column.table);
        return { kind: 'coded', ids: column.ids, table: this.frozen[c]! };
      }
      if (column.kind === 'coded') {
        const table = (this.tables[c] ??= []);
        for (const value of column.added) table.push(value);
        return { kind: 'coded', ids: column.ids, table };
      }
      if (column.kind !== 'text') return column;
      // Where each value starts: the writer copies PLAIN bytes straight from the text, no string per value.
      const { text, lengths } = column;
      const starts = new Int32Array(lengths.length);
      let at = 0;
      for (let r = 0; r < lengths.length; r++) {
        starts[r] = at;
        if (lengths[r]! > 0) at += lengths[r]!;
      }
      return { kind: 'text', text, starts, lengths };
    });
  }
}
