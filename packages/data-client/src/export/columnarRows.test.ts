import { describe, expect, it } from 'vitest';
import { exportRowSchema, type ExportRow } from '../catalog/exportRows.js';
import { ResultValidationError } from '../errors.js';
import { compileColumnCheck, timestampText, type CheckedColumn } from './columnCheck.js';
import { columnarToRows, compileColumnarCheck, type ColumnarColumn, type ColumnarRows } from './columnarRows.js';
import { checkExportPage } from './streamExport.js';
import { sampleExportRow } from '../test-fixtures/sampleExportRow.js';

const TIMES = new Set(['submitted_at', 'started_at', 'ended_at']);
const NUMBERS = new Set(['goal_band', 'average_band', 'task1_band', 'task2_band', 'score', 'duration_seconds', 'talk_ms', 'listen_ms']);

const row = sampleExportRow;

// Rows as columns, as an adapter would send them: strings coded into a table of their distinct values.
function columnarOf(rows: readonly ExportRow[]): ColumnarRows {
  const columns: Record<string, ColumnarColumn> = {};
  for (const name of Object.keys(rows[0]!) as (keyof ExportRow)[]) {
    if (TIMES.has(name) || NUMBERS.has(name)) {
      const values = Float64Array.from(rows, (r) => {
        const v = r[name] as string | number | null;
        return v === null ? Number.NaN : typeof v === 'string' ? Date.parse(v) : v;
      });
      columns[name] = { kind: TIMES.has(name) ? 'timestamp' : 'number', values };
    } else {
      const table: string[] = [];
      const ids = Int32Array.from(rows, (r) => {
        const v = r[name] as string | null;
        if (v === null) return -1;
        if (!table.includes(v)) table.push(v);
        return table.indexOf(v);
      });
      columns[name] = { kind: 'coded', ids, table };
    }
  }
  return { length: rows.length, columns };
}

// A checked column's values as its rows held them.
function valuesOf(column: CheckedColumn): unknown[] {
  if (column.kind === 'string' || column.kind === 'value') return [...column.values];
  if (column.kind === 'coded') return Array.from(column.ids, (id) => (id < 0 ? null : column.table[id]));
  if (column.kind === 'timestamp') return Array.from(column.values, (_, r) => timestampText(column, r));
  const { present } = column;
  return Array.from(column.values, (v, r) => (present !== null && present[r] === 0 ? null : column.kind === 'boolean' ? v === 1 : v));
}

const rows = Array.from({ length: 40 }, (_, k) => row(k));
const checkColumnar = compileColumnarCheck(exportRowSchema);
const checkRows = compileColumnCheck(exportRowSchema);

// What checkExportPage does with an answer: its page, or the error it throws.
function outcome(answer: unknown): unknown {
  try {
    const { total, page } = checkExportPage(answer, 'test');
    return { total, columns: page.columns.map((c) => [c.name, valuesOf(c)]) };
  } catch (error) {
    expect(error).toBeInstanceOf(ResultValidationError);
    return { code: (error as ResultValidationError).code, issues: (error as ResultValidationError).issues };
  }
}

describe('compileColumnarCheck', () => {
  it('should give the columns the row check gives for the same rows', () => {
    const page = checkColumnar(columnarOf(rows))!;
    const fromRows = checkRows(rows)!;
    expect(page.length).toBe(40);
    expect(page.columns.map((c) => c.name)).toEqual(fromRows.columns.map((c) => c.name));
    expect(page.columns.map(valuesOf)).toEqual(fromRows.columns.map(valuesOf));
    expect(columnarToRows(exportRowSchema, columnarOf(rows))).toEqual(rows);
  });

  it('should pass nothing zod would refuse, and fail with the error the rows get', () => {
    const changes: [string, (c: ColumnarRows) => void, boolean][] = [
      ['an id past its table', (c) => ((c.columns.plan as { ids: Int32Array }).ids[5] = 9), false],
      ['a table entry that is no string', (c) => ((c.columns.user_id as unknown as { table: unknown[] }).table[2] = 7), false],
      ['a frozen table with an entry that is no string', (c) => {
        const column = c.columns.user_id as unknown as { table: readonly unknown[] };
        column.table = Object.freeze(column.table.map((v, k) => (k === 2 ? 7 : v)));
      }, false],
      ['a null where none may be', (c) => ((c.columns.display_name as { ids: Int32Array }).ids[3] = -1), false],
      ['an id below -1', (c) => ((c.columns.team_id as { ids: Int32Array }).ids[3] = -2), false],
      ['a NaN time where none may be null', (c) => ((c.columns.started_at as { values: Float64Array }).values[7] = Number.NaN), false],
      ['an infinite number', (c) => ((c.columns.score as { values: Float64Array }).values[7] = Number.POSITIVE_INFINITY), false],
      ['a time before year 0', (c) => ((c.columns.ended_at as { values: Float64Array }).values[1] = Date.UTC(-5, 0, 1)), false],
      ['a time no Date holds', (c) => ((c.columns.ended_at as { values: Float64Array }).values[1] = 9e15), false],
      ['a missing column', (c) => delete c.columns.activity_name, false],
      ['a column of the wrong kind', (c) => (c.columns.org_id = { kind: 'number', values: new Float64Array(40) }), false],
      // Doubtful for the typed check, fine for zod: the rows' texts are taken, as a row-wise page would be.
      ['a time with a fraction of a millisecond', (c) => ((c.columns.ended_at as { values: Float64Array }).values[1]! += 0.25), true],
      ['a time in year 50', (c) => ((c.columns.ended_at as { values: Float64Array }).values[1] = new Date('0050-01-01T00:00:00.000Z').getTime()), true],
      ['ids as a plain array', (c) => ((c.columns.org_id as { ids: unknown }).ids = Array(40).fill(0)), true],
    ];
    for (const [what, change, zodAccepts] of changes) {
      const columnar = columnarOf(rows);
      change(columnar);
      expect(checkColumnar(columnar), what).toBeNull();
      const asRows = columnarToRows(exportRowSchema, columnar) ?? columnar;
      const got = outcome({ total: 40, columnar });
      expect(got, what).toEqual(outcome({ total: 40, rows: asRows }));
      expect('issues' in (got as object), what).toBe(!zodAccepts);
    }
  });

  it('should check a frozen table once per entry, and still every id against it', () => {
    const columnar = columnarOf(rows);
    const users = columnar.columns.user_id as { kind: 'coded'; ids: Int32Array; table: readonly string[] };
    users.table = Object.freeze([...users.table]);
    expect(checkColumnar(columnar)).not.toBeNull();
    // The same frozen table on a later page: its entries are known, its ids are not.
    const later = columnarOf(rows.slice(0, 10));
    (later.columns.user_id as typeof users).table = users.table;
    (later.columns.user_id as typeof users).ids = users.ids.slice(0, 10);
    expect(checkExportPage({ total: 10, columnar: later }, 'test').page.columns[1]).toMatchObject({ kind: 'coded', table: users.table });
    (later.columns.user_id as typeof users).ids[4] = users.table.length;
    expect(checkColumnar(later)).toBeNull();
    expect(outcome({ total: 10, columnar: later })).toMatchObject({ code: 'INVALID_RESULT', issues: [expect.objectContaining({ path: 'rows.4.user_id' })] });
  });

  it('should give a checked time the text toISOString gives, within a day and across days', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const base = Date.UTC(2026, 2, 28, 23, 59, 59, 990);
    const values = Float64Array.from({ length: 5_000 }, (_, k) =>
      k % 97 === 0 ? Math.floor(Date.UTC(101, 0, 1) + random() * 2.5e14) : base + Math.floor(k * 37 + random() * 90_000_000),
    );
    const column = { name: 't', kind: 'timestamp', values, text: null, present: null } as const;
    values.forEach((ms, r) => expect(timestampText(column, r), String(ms)).toBe(new Date(ms).toISOString()));
  });

  it('should check the envelope too, and take a page of none', () => {
    expect(outcome({ total: -1, columnar: columnarOf(rows) })).toMatchObject({ code: 'INVALID_RESULT', issues: [expect.objectContaining({ path: 'total' })] });
    expect(outcome({ total: 3, columnar: { length: 0, columns: columnarOf(rows).columns } })).toEqual({ total: 3, columns: exportRowColumns().map((n) => [n, []]) });
    expect(outcome({ total: 3, columnar: 'rows' })).toMatchObject({ code: 'INVALID_RESULT', issues: [expect.objectContaining({ path: 'rows' })] });
  });
});

function exportRowColumns(): string[] {
  return Object.keys(exportRowSchema.shape);
}
