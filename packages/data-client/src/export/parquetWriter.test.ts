import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { ParquetStreamWriter, parseTimestamp, type ExportColumn } from './parquetWriter.js';

function file(parts: Uint8Array[]): ArrayBuffer {
  const bytes = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes.buffer;
}

describe('ParquetStreamWriter', () => {
  const columns: ExportColumn[] = [
    { name: 's', type: 'string' },
    { name: 'd', type: 'double' },
    { name: 'i', type: 'int' },
    { name: 't', type: 'timestamp' },
    { name: 'b', type: 'boolean' },
  ];
  const rows = Array.from({ length: 37 }, (_, k) => ({
    s: k % 5 === 0 ? null : `zoë 山 ${k}`,
    d: k % 3 === 0 ? null : k / 4,
    i: k % 7 === 0 ? null : -k * 1e9,
    t: k % 2 === 0 ? null : new Date(Date.UTC(2026, 0, 1, 0, 0, k, k)).toISOString(),
    b: k % 4 === 0 ? null : k % 3 === 1,
  }));

  it('should write row groups that read back as the rows, nulls included, across several writes', async () => {
    const writer = new ParquetStreamWriter(columns, { rowGroupRows: 8 });
    const parts = [...writer.write(rows.slice(0, 11)), ...writer.write(rows.slice(11)), ...writer.finish()];
    const buffer = file(parts);
    expect(parquetMetadata(buffer).row_groups.map((g) => Number(g.num_rows))).toEqual([8, 8, 8, 8, 5]);
    const back = (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[];
    expect(back.map((r) => r.s)).toEqual(rows.map((r) => r.s));
    expect(back.map((r) => r.d)).toEqual(rows.map((r) => r.d));
    expect(back.map((r) => (r.i === null ? null : Number(r.i)))).toEqual(rows.map((r) => r.i));
    expect(back.map((r) => (r.t === null ? null : (r.t as Date).toISOString()))).toEqual(rows.map((r) => r.t));
    expect(back.map((r) => r.b)).toEqual(rows.map((r) => r.b));
    expect(writer.rowCount).toBe(37);
  });

  it('should dictionary-encode strings that repeat and fall back to PLAIN for a column whose values mostly differ', async () => {
    const n = 3_000;
    const many = Array.from({ length: n }, (_, k) => ({
      id: `attempt-${k}`,
      team: k % 11 === 0 ? null : `team ${k % 3}`,
      name: k % 2 === 0 ? 'Zoë' : '山田',
    }));
    const stringColumns: ExportColumn[] = [
      { name: 'id', type: 'string' },
      { name: 'team', type: 'string' },
      { name: 'name', type: 'string' },
    ];
    // 1,024 rows a group allow 256 dictionary entries: "id" outgrows them in the first group and stays PLAIN.
    const writer = new ParquetStreamWriter(stringColumns, { rowGroupRows: 1_024 });
    const buffer = file([...writer.write(many.slice(0, 700)), ...writer.write(many.slice(700)), ...writer.finish()]);
    const meta = parquetMetadata(buffer);
    const encodings = meta.row_groups.map((g) => g.columns.map((c) => c.meta_data!.encodings.includes('RLE_DICTIONARY')));
    expect(encodings).toEqual([[false, true, true], [false, true, true], [false, true, true]]);
    expect(meta.row_groups[0]!.columns[1]!.meta_data!.dictionary_page_offset).toBeDefined();
    const back = (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[];
    expect(back).toEqual(many);
    // The repeated strings take a few bits a value: far less than their PLAIN bytes.
    expect(Number(meta.row_groups[0]!.columns[2]!.meta_data!.total_uncompressed_size)).toBeLessThan(600);
  });

  it('should write ids into a table (coded) as the same bytes as their strings, its entries encoded once and again when changed', async () => {
    // 400 users of mixed scripts (some ropes, some not ASCII), 5,000 rows: the ids repeat, the dictionary is dropped in
    // the first group (more than 256 entries), and from then on each entry's bytes are reused from the writer's cache.
    const table = Array.from({ length: 400 }, (_, u) => (u % 3 === 0 ? `Zoë ${u} ` + 'x'.repeat(u % 17) : `user-${u}-${'0'.repeat(8)}`));
    const n = 5_000;
    const ids = Int32Array.from({ length: n }, (_, k) => (k % 13 === 0 ? -1 : (k * 7919) % 400));
    const columns: ExportColumn[] = [{ name: 'user', type: 'string' }];
    const coded = new ParquetStreamWriter(columns, { rowGroupRows: 1_024 });
    const strings = new ParquetStreamWriter(columns, { rowGroupRows: 1_024 });
    const parts: [Uint8Array[], Uint8Array[]] = [[], []];
    for (let from = 0; from < n; from += 1_000) {
      // Halfway, the table holds other values for some entries (an adapter's table that changed between pages).
      if (from === 3_000) for (let u = 0; u < 400; u += 5) table[u] = `renamed ${u} 山`;
      const page = ids.slice(from, from + 1_000);
      parts[0].push(...coded.writeColumns(page.length, [{ kind: 'coded', ids: page, table }]));
      parts[1].push(...strings.writeColumns(page.length, [{ kind: 'string', values: Array.from(page, (id) => (id < 0 ? null : table[id]!)) }]));
    }
    parts[0].push(...coded.finish());
    parts[1].push(...strings.finish());
    const [a, b] = [new Uint8Array(file(parts[0])), new Uint8Array(file(parts[1]))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = (await parquetReadObjects({ file: a.buffer })) as { user: string | null }[];
    expect(back.filter((r) => r.user !== null && r.user.startsWith('renamed')).length).toBeGreaterThan(100);
    expect(parquetMetadata(a.buffer).row_groups.map((g) => g.columns[0]!.meta_data!.encodings.includes('RLE_DICTIONARY'))).toEqual([false, false, false, false, false]);
  });

  it('should write ids into a frozen table as the same bytes as their strings', () => {
    const table = Object.freeze(Array.from({ length: 700 }, (_, u) => (u % 4 === 0 ? `Łukasz ${u}` : `u-${u}`)));
    const ids = Int32Array.from({ length: 6_000 }, (_, k) => (k % 9 === 0 ? -1 : (k * 31) % 700));
    const columns: ExportColumn[] = [{ name: 'user', type: 'string' }];
    const write = (values: (page: Int32Array) => Parameters<ParquetStreamWriter['writeColumns']>[1][number]) => {
      const writer = new ParquetStreamWriter(columns, { rowGroupRows: 2_048 });
      const parts: Uint8Array[] = [];
      for (let from = 0; from < ids.length; from += 1_500) parts.push(...writer.writeColumns(Math.min(1_500, ids.length - from), [values(ids.slice(from, from + 1_500))]));
      return Buffer.from(file([...parts, ...writer.finish()]));
    };
    const coded = write((page) => ({ kind: 'coded', ids: page, table }));
    expect(coded.equals(write((page) => ({ kind: 'string', values: Array.from(page, (id) => (id < 0 ? null : table[id]!)) })))).toBe(true);
  });

  it('should refuse a value that is not an integer or a timestamp, naming the column', () => {
    expect(() => new ParquetStreamWriter([{ name: 'n', type: 'int' }]).write([{ n: 'x' }])).toThrow(/"n".*not an integer/);
    expect(() => new ParquetStreamWriter([{ name: 'w', type: 'timestamp' }]).write([{ w: 'soon' }])).toThrow(/"w".*not a timestamp/);
  });

  it('should read ISO timestamps as Date.parse does', () => {
    for (const text of ['2026-03-01T12:34:56.789Z', '1999-12-31T23:59:59.000Z', '2026-03-01T12:34:56Z', '2026-03-01T12:34:56.789+02:00']) {
      expect(parseTimestamp(text)).toBe(Date.parse(text));
    }
  });
});
