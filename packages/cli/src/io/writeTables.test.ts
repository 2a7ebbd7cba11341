import { describe, expect, it } from 'vitest';
import { toCsv } from '@learnlens/data-client';
import { csvChunks, jsonChunks, parquetColumns } from './writeTables.js';
import { tableColumns } from './tableColumns.js';

const columns = [
  { name: 'id', type: 'string', nullable: false },
  { name: 'n', type: 'double', nullable: true },
] as const;

function drain(gen: Generator<string, number>): { text: string; chunks: number; rows: number } {
  let text = '';
  let chunks = 0;
  for (;;) {
    const next = gen.next();
    if (next.done) return { text, chunks, rows: next.value };
    text += next.value;
    chunks++;
  }
}

describe('csvChunks', () => {
  it('should produce the same text as toCsv', () => {
    const rows = [{ id: 'a', n: 1.5 }, { id: '=cmd', n: null }, { id: 'x,"y"', n: -2 }];
    const { text, rows: count } = drain(csvChunks(columns, rows));
    expect(text).toBe(toCsv(['id', 'n'], rows));
    expect(count).toBe(3);
  });

  it('should split a large table into chunks instead of one string', () => {
    function* many() {
      for (let i = 0; i < 200_000; i++) yield { id: `row-${i}`, n: i };
    }
    const { chunks, rows } = drain(csvChunks(columns, many()));
    expect(rows).toBe(200_000);
    expect(chunks).toBeGreaterThan(1);
  });
});

describe('jsonChunks', () => {
  it('should write a JSON array of objects with keys in column order and null for missing values', () => {
    const { text, rows } = drain(jsonChunks(columns, [{ n: 2, id: 'a' }, { id: 'b' }]));
    expect(rows).toBe(2);
    expect(text).toBe('[\n{"id":"a","n":2},\n{"id":"b","n":null}\n]\n');
    expect(JSON.parse(text)).toEqual([{ id: 'a', n: 2 }, { id: 'b', n: null }]);
  });

  it('should write an empty array for an empty table', () => {
    expect(JSON.parse(drain(jsonChunks(columns, [])).text)).toEqual([]);
  });
});

describe('parquetColumns', () => {
  it('should store booleans as strings and keep the other types', () => {
    const types = Object.fromEntries(parquetColumns(tableColumns('assignments')).map((c) => [c.name, c.type]));
    expect(types.required).toBe('string');
    expect(types.due_at).toBe('timestamp');
  });
});

describe('jsonChunks across chunks', () => {
  it('should stay one valid JSON array when the table spans many chunks', () => {
    function* many() {
      for (let i = 0; i < 50_000; i++) yield { id: `row-${i}`, n: i };
    }
    const { text, chunks, rows } = drain(jsonChunks(columns, many()));
    expect(chunks).toBeGreaterThan(1);
    expect(rows).toBe(50_000);
    const parsed = JSON.parse(text) as { id: string }[];
    expect(parsed).toHaveLength(50_000);
    expect(parsed[49_999]).toEqual({ id: 'row-49999', n: 49_999 });
  });
});
