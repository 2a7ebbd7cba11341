import { describe, expect, it } from 'vitest';
import { CODED_MIN, ColumnPacker, ColumnUnpacker } from './packedColumns.js';
import { ParquetStreamWriter, type ColumnValues, type ExportColumn } from './parquetWriter.js';

const columns: ExportColumn[] = [
  { name: 'id', type: 'string' },
  { name: 'team', type: 'string' },
  { name: 'score', type: 'double' },
  { name: 'at', type: 'timestamp' },
  { name: 'ok', type: 'boolean' },
];

// Page p of n rows: ids (unique, or when `ids` is given the next n of that many, round and round),
// teams that repeat (with nulls and empty text), every kind of string character.
function page(p: number, n: number, teams: number, ids?: number): ColumnValues[] {
  const present = new Uint8Array(n).map((_, r) => ((p + r) % 6 === 0 ? 0 : 1));
  return [
    { kind: 'string', values: Array.from({ length: n }, (_, r) => `att-${ids === undefined ? `${p}-${r}` : (p * n + r) % ids}${r % 9 === 0 ? ' zoë 山 😀' : ''}`) },
    { kind: 'string', values: Array.from({ length: n }, (_, r) => (r % 7 === 0 ? null : r % 11 === 0 ? '' : `team-${(p * 31 + r) % teams}-ğ`)) },
    { kind: 'number', values: Float64Array.from({ length: n }, (_, r) => r / 3), present },
    { kind: 'timestamp', values: Float64Array.from({ length: n }, (_, r) => Date.UTC(2026, 0, 1) + p * 1e6 + r * 1000), present: null },
    { kind: 'boolean', values: Uint8Array.from({ length: n }, (_, r) => r % 2), present },
  ];
}

function copyOf(values: ColumnValues[]): ColumnValues[] {
  return values.map((c) => (c.kind === 'string' || c.kind === 'coded' || c.kind === 'text' ? c : { ...c, values: c.values.slice() as never, present: c.present?.slice() ?? null }));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// Where two files first differ (-1: nowhere; their lengths differing counts as a difference at the shorter's end).
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

// The file written from the pages as they are, and from the pages packed and unpacked (what the worker receives).
function bothWays(pages: ColumnValues[][], rowGroupRows: number): { direct: Uint8Array; packed: Uint8Array; kinds: string[][] } {
  const direct = new ParquetStreamWriter(columns, { rowGroupRows });
  const viaPacking = new ParquetStreamWriter(columns, { rowGroupRows });
  const packer = new ColumnPacker();
  const unpacker = new ColumnUnpacker();
  const a: Uint8Array[] = [];
  const b: Uint8Array[] = [];
  const kinds: string[][] = [];
  for (const values of pages) {
    const n = values[2]!.kind === 'number' ? values[2]!.values.length : 0;
    a.push(...direct.writeColumns(n, copyOf(values)));
    const packed = packer.pack(n, copyOf(values));
    kinds.push(packed.columns.map((c) => c.kind));
    // What postMessage does to the page: a structured clone, the transferred buffers moved.
    const crossed = structuredClone(packed.columns, { transfer: packed.transfer });
    b.push(...viaPacking.writeColumns(n, unpacker.unpack(crossed)));
  }
  a.push(...direct.finish());
  b.push(...viaPacking.finish());
  return { direct: concat(a), packed: concat(b), kinds };
}

describe('ColumnPacker and ColumnUnpacker', () => {
  it('should give the writer the same values, so the file has the same bytes, nulls and empty strings included', () => {
    const pages = [page(0, 700, 40), page(1, 700, 40), page(2, 301, 40)];
    const { direct, packed, kinds } = bothWays(pages, 1_000);
    expect(firstDifference(packed, direct)).toBe(-1);
    // Repeating strings cross as ids into a table; numbers as they are.
    expect(kinds[0]).toEqual(['coded', 'coded', 'number', 'timestamp', 'boolean']);
  });

  it('should write the same bytes when a coded column outgrows its row group dictionary (PLAIN from then on)', () => {
    // 600 teams against a dictionary of at most 256 entries per row group of 2,000 rows.
    const { direct, packed } = bothWays([page(0, 1_500, 600), page(1, 1_500, 600)], 2_000);
    expect(firstDifference(packed, direct)).toBe(-1);
  });

  it('should turn a column whose values mostly differ into text for good, mid row group, with the same bytes', () => {
    // Row groups of 200,000 rows keep a dictionary of up to 25,000 entries: the ids turn to text while theirs lives,
    // and the text page holds the ids of the first page again, which the coded pages added to it.
    const pages = Array.from({ length: 6 }, (_, p) => page(p, 4_000, 9_000, 20_000));
    const { direct, packed, kinds } = bothWays(pages, 200_000);
    expect(firstDifference(packed, direct)).toBe(-1);
    // Every id is new on every page, and after the fifth there are more than CODED_MIN; the teams repeat.
    expect(CODED_MIN).toBeGreaterThan(4 * 4_000);
    expect(CODED_MIN).toBeLessThan(5 * 4_000);
    expect(kinds.map((k) => k[0])).toEqual(['coded', 'coded', 'coded', 'coded', 'coded', 'text']);
    expect(kinds.map((k) => k[1])).toEqual(Array(6).fill('coded'));
  });

  it('should write PLAIN bytes straight from a text column once its dictionary is gone, the same bytes', () => {
    // Unique ids: their dictionary goes in the first row group of 2,000 rows, and after 16,384 ids they cross as text.
    const pages = Array.from({ length: 6 }, (_, p) => page(p, 4_000, 40));
    const { direct, packed, kinds } = bothWays(pages, 2_000);
    expect(firstDifference(packed, direct)).toBe(-1);
    expect(kinds.map((k) => k[0])).toEqual(['coded', 'coded', 'coded', 'coded', 'coded', 'text']);
  });

  it('should send ids into a frozen table with the table once, and decode any other table, for the same bytes', () => {
    // Two columns share one frozen table's ids (as a user's id and name do), one table is not frozen (it may change).
    const names = Object.freeze(Array.from({ length: 300 }, (_, u) => (u % 5 === 0 ? `Zoë ${u}` : `user ${u}`)));
    const teams = Object.freeze(['north', 'south', 'east 山']);
    const open = Array.from({ length: 50_000 }, (_, k) => `att-${k}`);
    const stringColumns: ExportColumn[] = [
      { name: 'user', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'team', type: 'string' },
      { name: 'attempt', type: 'string' },
    ];
    const pageOf = (p: number): ColumnValues[] => {
      const users = Int32Array.from({ length: 1_000 }, (_, r) => (p * 1_000 + r * 7) % 300);
      return [
        { kind: 'coded', ids: users, table: names },
        { kind: 'coded', ids: users, table: names },
        { kind: 'coded', ids: Int32Array.from({ length: 1_000 }, (_, r) => (r % 10 === 0 ? -1 : r % 3)), table: teams },
        { kind: 'coded', ids: Int32Array.from({ length: 1_000 }, (_, r) => p * 1_000 + r), table: open },
      ];
    };
    const direct = new ParquetStreamWriter(stringColumns, { rowGroupRows: 1_500 });
    const viaPacking = new ParquetStreamWriter(stringColumns, { rowGroupRows: 1_500 });
    const packer = new ColumnPacker();
    const unpacker = new ColumnUnpacker();
    const a: Uint8Array[] = [];
    const b: Uint8Array[] = [];
    for (let p = 0; p < 5; p++) {
      a.push(...direct.writeColumns(1_000, pageOf(p)));
      const packed = packer.pack(1_000, pageOf(p));
      expect(packed.columns.map((c) => c.kind)).toEqual(['table', 'table', 'table', 'coded']);
      // The tables cross with the first page only.
      expect(packed.columns.slice(0, 3).map((c) => (c as { table: unknown }).table !== null)).toEqual([p === 0, p === 0, p === 0]);
      expect(new Set(packed.transfer).size).toBe(packed.transfer.length);
      b.push(...viaPacking.writeColumns(1_000, unpacker.unpack(structuredClone(packed.columns, { transfer: packed.transfer }))));
    }
    a.push(...direct.finish());
    b.push(...viaPacking.finish());
    expect(firstDifference(concat(b), concat(a))).toBe(-1);
  });

  it('should transfer the typed arrays it is given (they are detached afterwards) and none twice', () => {
    const values = page(0, 10, 3);
    const packed = new ColumnPacker().pack(10, values);
    expect(new Set(packed.transfer).size).toBe(packed.transfer.length);
    structuredClone(packed.columns, { transfer: packed.transfer });
    expect((values[2] as { values: Float64Array }).values.length).toBe(0);
  });
});
