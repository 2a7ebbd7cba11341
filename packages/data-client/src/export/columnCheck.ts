// A page of rows checked as columns: one check per field, generated once from the row's zod object schema, run in a
// tight loop down each column, producing typed columns (Float64Array, epoch ms) instead of a validated copy of every
// row. The zod schema stays the one definition of the row and the judge of doubtful values: the fast checks only
// accept what zod accepts (anything they cannot vouch for goes to the field's own schema), so a page passes here
// exactly when it passes `schema.parse`. Keys the schema does not name are never read, as zod's object drops them.

import { isoString } from '../isoString.js';

/** One checked column, in the order of the schema's fields. `present[i] === 0` marks a null (no array: none null). */
export type CheckedColumn =
  | { name: string; kind: 'string'; values: (string | null)[] }
  /** Strings as ids into `table` (-1: null), from an adapter's columnar answer (columnarRows.ts). */
  | { name: string; kind: 'coded'; ids: Int32Array; table: readonly string[] }
  | { name: string; kind: 'number'; values: Float64Array; present: Uint8Array | null }
  /** `text`: each value as the row held it; null for a columnar answer's column, which held epoch ms (`timestampText`). */
  | { name: string; kind: 'timestamp'; values: Float64Array; text: (string | null)[] | null; present: Uint8Array | null }
  | { name: string; kind: 'boolean'; values: Uint8Array; present: Uint8Array | null }
  | { name: string; kind: 'value'; values: unknown[] };

/** Rows as columns, each `length` long. */
export interface CheckedPage {
  length: number;
  columns: CheckedColumn[];
}

/** Checks rows against the schema: their columns when every value is valid, `null` when any is not. */
export type ColumnCheck = (rows: readonly unknown[]) => CheckedPage | null;

// The part of a zod (classic or mini) schema read here: every zod 4 schema carries its definition in `_zod.def`.
interface ZodLike {
  _zod: { def: ZodDef };
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
}
interface ZodDef {
  type: string;
  shape?: Record<string, ZodLike>;
  innerType?: ZodLike;
  checks?: readonly { _zod: { def: { check: string; format?: string } } }[];
  format?: string;
  local?: boolean;
  offset?: boolean;
  precision?: number | null;
  entries?: Record<string, string | number>;
  coerce?: boolean;
}

export type FieldKind = 'string' | 'enum' | 'number' | 'int' | 'timestamp' | 'boolean' | 'value';

export interface FieldPlan {
  name: string;
  kind: FieldKind;
  nullable: boolean;
  /** The field's own schema: the judge of values the fast check cannot vouch for, and of every 'value' field. */
  schema: ZodLike;
  /** An enum's members. */
  members?: ReadonlySet<unknown>;
}

const checksOf = (def: ZodDef) => (def.checks ?? []).map((c) => c._zod.def);

// What a field's schema asks, when it is one of the shapes checked natively; 'value' otherwise.
function planField(name: string, field: ZodLike): FieldPlan {
  let schema = field;
  let nullable = false;
  if (schema._zod.def.type === 'nullable' && schema._zod.def.innerType) {
    nullable = true;
    schema = schema._zod.def.innerType;
  }
  const def = schema._zod.def;
  const checks = checksOf(def);
  let kind: FieldKind = 'value';
  if (def.coerce) kind = 'value';
  else if (def.type === 'string' && def.format === undefined && checks.length === 0) kind = 'string';
  else if (def.type === 'string' && def.format === 'datetime' && !def.local && !def.offset && checks.length === 0) kind = 'timestamp';
  else if (def.type === 'number' && checks.length === 0) kind = 'number';
  else if (def.type === 'number' && checks.length === 1 && checks[0]!.check === 'number_format' && checks[0]!.format === 'safeint') kind = 'int';
  else if (def.type === 'boolean' && checks.length === 0) kind = 'boolean';
  else if (def.type === 'enum' && checks.length === 0 && def.entries) kind = 'enum';
  const plan: FieldPlan = { name, kind, nullable, schema: field };
  if (kind === 'enum') plan.members = new Set(Object.values(def.entries!));
  return plan;
}

/** The fields of a zod object schema, each with the check it gets. */
export function planRow(schema: unknown): FieldPlan[] {
  const def = (schema as Partial<ZodLike> | null)?._zod?.def;
  if (!def || def.type !== 'object' || !def.shape) throw new TypeError('compileColumnCheck needs a zod object schema');
  return Object.entries(def.shape).map(([name, field]) => planField(name, field));
}

/** The column kind each field of `schema` becomes (e.g. to pick a file format's type for it). */
export function columnKinds(schema: unknown): Record<string, Exclude<CheckedColumn['kind'], 'coded'>> {
  const kinds: Record<string, Exclude<CheckedColumn['kind'], 'coded'>> = {};
  for (const plan of planRow(schema)) kinds[plan.name] = columnKindOf(plan.kind);
  return kinds;
}

function columnKindOf(kind: FieldKind): Exclude<CheckedColumn['kind'], 'coded'> {
  if (kind === 'enum') return 'string';
  if (kind === 'int') return 'number';
  return kind;
}

const isRow = (row: unknown): row is Record<string, unknown> => typeof row === 'object' && row !== null && !Array.isArray(row);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Two decimal digits at i as a number, or -1 when either is not a digit.
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return (a | b | (9 - a) | (9 - b)) < 0 ? -1 : a * 10 + b;
}

// Epoch ms of "YYYY-MM-DDTHH:MM:SS.sssZ" (the form every adapter writes) when it is a valid ISO datetime as zod's
// pattern reads it (month 01–12, the month's days with Gregorian leap years, hours 00–23, minutes and seconds 00–59);
// NaN for anything else, which then goes to zod. Years before 100 go to zod too. No Date.UTC: plain arithmetic on the
// digits is several times faster, and this runs three times per exported row.
export function canonicalTimestamp(text: string): number {
  if (
    text.length !== 24 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90
  ) {
    return Number.NaN;
  }
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const centis = twoDigits(text, 20);
  const lastMs = text.charCodeAt(22) - 48;
  if (
    (yy | centis | lastMs | (9 - lastMs)) < 0 || century < 1 || month < 1 || month > 12 || day < 1 ||
    hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
  ) {
    return Number.NaN;
  }
  const leap = yy === 0 ? century % 4 === 0 : yy % 4 === 0;
  if (day > 28 && day > (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!)) return Number.NaN;
  // Days since 1970-01-01 in the proleptic Gregorian calendar, counting years from March (eras of 400 years).
  const year = century * 100 + yy - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + centis * 10 + lastMs;
}

/**
 * A check of pages of rows against a zod object schema, generated once. Strings, numbers (and safe integers),
 * booleans, enums and ISO datetimes (`z.iso.datetime()`), each optionally `.nullable()`, are checked natively column by
 * column; any other field is checked value by value with its own schema (slower, never wrong).
 */
export function compileColumnCheck(schema: unknown): ColumnCheck {
  const plans = planRow(schema);
  return (rows) => {
    const n = rows.length;
    for (let r = 0; r < n; r++) if (!isRow(rows[r])) return null;
    const objects = rows as readonly Record<string, unknown>[];
    const columns: CheckedColumn[] = [];
    const timestamps: TimestampColumn[] = [];
    for (const plan of plans) {
      const column = checkColumn(plan, objects, n, timestamps);
      if (column === null) return null;
      columns.push(column);
      if (column.kind === 'timestamp') timestamps.push(column as TimestampColumn);
    }
    return { length: n, columns };
  };
}

type TimestampColumn = Extract<CheckedColumn, { kind: 'timestamp' }> & { text: (string | null)[] };

/** Row r's value of a checked timestamp column as text: what the row held, or the ISO text of its epoch ms; null for null. */
export function timestampText(column: Extract<CheckedColumn, { kind: 'timestamp' }>, r: number): string | null {
  if (column.text !== null) return column.text[r] ?? null;
  if (column.present !== null && column.present[r] === 0) return null;
  return isoText(column.values[r]!);
}

// Whole milliseconds through `isoString` (no Date per value: a Date and its ISO text per value were a fifth of a CSV
// export's work); anything else through Date, which drops a fraction of a millisecond.
function isoText(ms: number): string {
  return Number.isInteger(ms) ? isoString(ms) : new Date(ms).toISOString();
}

// One field down every row; null at the first value the schema refuses. `timestamps` are the row's timestamp columns
// checked before this one: a row often holds one text in two fields (an export's submitted_at is its ended_at, or its
// started_at), and a value equal to one already checked has that one's time, without reading its digits again.
function checkColumn(
  plan: FieldPlan,
  rows: readonly Record<string, unknown>[],
  n: number,
  timestamps: readonly TimestampColumn[],
): CheckedColumn | null {
  const { name, nullable } = plan;
  switch (plan.kind) {
    case 'string':
    case 'enum': {
      const values: (string | null)[] = new Array(n);
      const members = plan.members;
      for (let r = 0; r < n; r++) {
        const v = rows[r]![name];
        if (typeof v === 'string' && (members === undefined || members.has(v))) values[r] = v;
        else if (v === null && nullable) values[r] = null;
        else return null;
      }
      return { name, kind: 'string', values };
    }
    case 'number':
    case 'int': {
      const values = new Float64Array(n);
      let present: Uint8Array | null = null;
      const int = plan.kind === 'int';
      for (let r = 0; r < n; r++) {
        const v = rows[r]![name];
        if (typeof v === 'number' && (int ? Number.isSafeInteger(v) : v - v === 0)) values[r] = v;
        else if (v === null && nullable) (present ??= new Uint8Array(n).fill(1, 0, r))[r] = 0;
        else return null;
        if (present !== null && v !== null) present[r] = 1;
      }
      return { name, kind: 'number', values, present };
    }
    case 'timestamp': {
      const values = new Float64Array(n);
      const text: (string | null)[] = new Array(n);
      let present: Uint8Array | null = null;
      for (let r = 0; r < n; r++) {
        const v = rows[r]![name];
        if (typeof v === 'string') {
          let ms = Number.NaN;
          for (let t = 0; t < timestamps.length; t++) {
            if (timestamps[t]!.text[r] === v) {
              ms = timestamps[t]!.values[r]!;
              break;
            }
          }
          if (ms !== ms) ms = canonicalTimestamp(v);
          if (ms !== ms) {
            if (!plan.schema.safeParse(v).success) return null;
            ms = Date.parse(v);
          }
          values[r] = ms;
          text[r] = v;
          if (present !== null) present[r] = 1;
        } else if (v === null && nullable) {
          (present ??= new Uint8Array(n).fill(1, 0, r))[r] = 0;
          text[r] = null;
        } else return null;
      }
      return { name, kind: 'timestamp', values, text, present };
    }
    case 'boolean': {
      const values = new Uint8Array(n);
      let present: Uint8Array | null = null;
      for (let r = 0; r < n; r++) {
        const v = rows[r]![name];
        if (typeof v === 'boolean') {
          values[r] = v ? 1 : 0;
          if (present !== null) present[r] = 1;
        } else if (v === null && nullable) (present ??= new Uint8Array(n).fill(1, 0, r))[r] = 0;
        else return null;
      }
      return { name, kind: 'boolean', values, present };
    }
    default: {
      const values: unknown[] = new Array(n);
      for (let r = 0; r < n; r++) {
        const checked = plan.schema.safeParse(rows[r]![name]);
        if (!checked.success) return null;
        values[r] = checked.data;
      }
      return { name, kind: 'value', values };
    }
  }
}
