// Rows an adapter hands over as typed columns (an `exportRows` answer when the export asks for it, `RunHints.columnar`),
// and their check. A backend that keeps its data in columns (the mock engine) would otherwise build an object per row
// with two ISO texts in it, which the export then takes apart into columns again and whose texts it parses back into
// epoch ms: a third of an export's work (profile of the bench's 1M-row export, 2026-12-07). As columns, strings are
// ids into the adapter's tables (checked once per distinct id and page, not once per value), and numbers and times
// are Float64Arrays checked in one loop each. Whatever the form, the check is the row schema's: a page passes here
// only when its rows (`columnarToRows`) pass zod, and when anything is doubtful the rows are made and zod judges,
// so errors are the very ones a page of rows gets.
import type { CheckedColumn, CheckedPage, FieldPlan } from './columnCheck.js';
import { planRow } from './columnCheck.js';

/** One column of a columnar answer. */
export type ColumnarColumn =
  /**
   * Strings: value r is `table[ids[r]]`, or null when `ids[r]` is -1. A frozen table (`Object.freeze`) is checked and
   * encoded once per entry, however many pages refer to it; any other table is read again on every page.
   */
  | { kind: 'coded'; ids: Int32Array; table: readonly string[] }
  /** Numbers; NaN is null. */
  | { kind: 'number'; values: Float64Array }
  /** ISO datetimes as epoch milliseconds (whole); NaN is null. */
  | { kind: 'timestamp'; values: Float64Array };

/** `length` rows as columns, keyed by the row schema's field names. */
export interface ColumnarRows {
  length: number;
  columns: Record<string, ColumnarColumn>;
}

// Epoch ms whose ISO text has a four-digit year from 0100 on: the range the canonical-text check vouches for.
const MIN_MS = Date.UTC(100, 0, 1);
const MAX_MS = Date.UTC(10_000, 0, 1);

// Which entries of a frozen table are known to be strings (a frozen array's entries never change).
const checkedEntries = new WeakMap<readonly string[], Uint8Array>();

/** A check of columnar pages against a zod object schema: the checked page, or null when anything is doubtful. */
export type ColumnarCheck = (rows: ColumnarRows) => CheckedPage | null;

/** Compiles the check of columnar pages against `schema` (a zod object schema), once. */
export function compileColumnarCheck(schema: unknown): ColumnarCheck {
  const plans = planRow(schema);
  return (rows) => {
    const n = rows?.length;
    const columns = rows?.columns;
    if (!(Number.isSafeInteger(n) && n >= 0 && typeof columns === 'object' && columns !== null)) return null;
    const checked: CheckedColumn[] = [];
    for (const plan of plans) {
      const column = Object.hasOwn(columns, plan.name) ? checkColumnar(plan, columns[plan.name], n) : null;
      if (column === null) return null;
      checked.push(column);
    }
    return { length: n, columns: checked };
  };
}

function checkColumnar(plan: FieldPlan, column: ColumnarColumn | undefined, n: number): CheckedColumn | null {
  const { name, nullable } = plan;
  if (typeof column !== 'object' || column === null) return null;
  switch (plan.kind) {
    case 'string':
    case 'enum': {
      if (column.kind !== 'coded' || !(column.ids instanceof Int32Array) || column.ids.length < n || !Array.isArray(column.table)) return null;
      const { table } = column;
      const ids = column.ids.length === n ? column.ids : column.ids.subarray(0, n);
      const members = plan.members;
      const size = table.length;
      // A frozen table cannot change: each entry is checked once, whatever the page (the marks are kept with it).
      const frozen = members === undefined && Object.isFrozen(table);
      if (frozen) {
        let marks = checkedEntries.get(table);
        if (marks === undefined || marks.length !== size) checkedEntries.set(table, (marks = new Uint8Array(size)));
        for (let r = 0; r < n; r++) {
          const id = ids[r]!;
          if (id >= 0 && id < size) {
            if (marks[id] === 0) {
              if (typeof table[id] !== 'string') return null;
              marks[id] = 1;
            }
          } else if (!(id === -1 && nullable)) return null;
        }
      } else if (members === undefined && size > 16 * n) {
        // A table much larger than the page (one that holds every attempt): a type check per value, cheaper than a
        // mark per entry of the table on every page.
        for (let r = 0; r < n; r++) {
          const id = ids[r]!;
          if (id >= 0 && id < size) {
            if (typeof table[id] !== 'string') return null;
          } else if (!(id === -1 && nullable)) return null;
        }
      } else {
        // Each distinct id's string checked once per page: its id's mark is read from a small array, where the string
        // itself lies anywhere in memory (a type check per value cost a cache miss per value on the bench's users).
        const seen = new Uint8Array(size);
        for (let r = 0; r < n; r++) {
          const id = ids[r]!;
          if (id >= 0 && id < size) {
            if (seen[id] === 0) {
              const value: unknown = table[id];
              if (typeof value !== 'string' || (members !== undefined && !members.has(value))) return null;
              seen[id] = 1;
            }
          } else if (!(id === -1 && nullable)) return null;
        }
      }
      return { name, kind: 'coded', ids, table };
    }
    case 'number':
    case 'int':
    case 'timestamp': {
      if (column.kind !== (plan.kind === 'timestamp' ? 'timestamp' : 'number')) return null;
      if (!(column.values instanceof Float64Array) || column.values.length < n) return null;
      const values = column.values.length === n ? column.values : column.values.subarray(0, n);
      let present: Uint8Array | null = null;
      for (let r = 0; r < n; r++) {
        const v = values[r]!;
        if (v !== v) {
          if (!nullable) return null;
          (present ??= new Uint8Array(n).fill(1, 0, r))[r] = 0;
          continue;
        }
        if (plan.kind === 'number' ? v - v !== 0 : plan.kind === 'int' ? !Number.isSafeInteger(v) : !(Number.isInteger(v) && v >= MIN_MS && v < MAX_MS)) {
          return null;
        }
        if (present !== null) present[r] = 1;
      }
      if (plan.kind === 'timestamp') return { name, kind: 'timestamp', values, text: null, present };
      return { name, kind: 'number', values, present };
    }
    default:
      // Booleans and other values come as rows only.
      return null;
  }
}

/**
 * The rows a columnar answer stands for (timestamps as ISO text), for zod to judge; null when `rows` is not shaped as
 * columns at all. A value no row could hold as such (an id outside its table, a time no ISO text has) stays what it
 * is, so zod refuses it where it is.
 */
export function columnarToRows(schema: unknown, rows: ColumnarRows): Record<string, unknown>[] | null {
  const n = rows?.length;
  const columns = rows?.columns;
  if (!(Number.isSafeInteger(n) && n >= 0 && n <= 10_000_000 && typeof columns === 'object' && columns !== null)) return null;
  const out: Record<string, unknown>[] = [];
  for (let r = 0; r < n; r++) out.push({});
  for (const { name } of planRow(schema)) {
    const column = Object.hasOwn(columns, name) ? columns[name] : undefined;
    if (typeof column !== 'object' || column === null) continue;
    for (let r = 0; r < n; r++) {
      let value: unknown;
      if (column.kind === 'coded') {
        const id = column.ids?.[r];
        value = id === -1 ? null : id === undefined ? undefined : column.table?.[id];
      } else {
        const v = column.values?.[r];
        if (v !== v) value = null;
        else if (column.kind === 'timestamp' && typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 8.64e15) value = new Date(v).toISOString();
        else value = v;
      }
      out[r]![name] = value;
    }
  }
  return out;
}
