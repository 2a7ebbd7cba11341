import { columnsInOneBuffer, emptyAttempts, emptyEvents, emptySessions, timeOrder, typedColumns, type NumericColumn } from './columns.js';
import type { AttemptColumns, EventColumns, MasteryColumns, OrgRange, SessionColumns } from './dataset.types.js';
import { NumberedIds, numberedId } from './rowIds.js';

// Turns the generated fact rows (org after org, each org in generation order)
// into the dataset's tables: sorted by time within each org, with ids given in
// final order and raw row references turned into final row indexes. Orgs keep
// their ranges, since rows never move between orgs. Only attempt ids are held
// (queries read them); event, session and mastery ids are made from the row
// position when read (rowIds.ts), the same text.

/** The four fact tables. */
export interface FactTables {
  attempts: AttemptColumns;
  sessions: SessionColumns;
  events: EventColumns;
  mastery: MasteryColumns;
}

/** Each org's rows in each fact table. */
export type FactRanges = Record<keyof FactTables, OrgRange[]>;

type Table = { length: number; org: Uint16Array };

// order[i] = the raw row that becomes row i: each org's slice sorted by time.
function orderOf(length: number, times: Float64Array, ranges: OrgRange[]): Int32Array {
  const order = new Int32Array(length);
  ranges.forEach(({ start, end }) => {
    const local = timeOrder(times.subarray(start, end), end - start);
    for (let k = 0; k < local.length; k++) order[start + k] = start + local[k]!;
  });
  return order;
}

function ranksOf(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
}

// `column`'s rows in `order` into `out`: each column copied by itself keeps the loop monomorphic.
function permute(column: NumericColumn, order: Int32Array, out: NumericColumn): void {
  for (let i = 0; i < order.length; i++) out[i] = column[order[i]!]!;
}

// The table's typed columns in `order`, its org column from the ranges; ids are left to the caller.
function sorted<T extends Table>(raw: T, order: Int32Array, ranges: OrgRange[]): T {
  const table = { ...raw, length: order.length };
  const record = table as Record<string, unknown>;
  const columns = columnsInOneBuffer(typedColumns(raw), order.length);
  for (const key of Object.keys(columns)) {
    if (key !== 'org') permute(record[key] as NumericColumn, order, columns[key]!);
    record[key] = columns[key];
  }
  ranges.forEach(({ start, end }, org) => table.org.fill(org, start, end));
  return table;
}

// Ids held as strings, for attempts: queries read them by position.
function heldIds(length: number, prefix: string, width: number): string[] {
  const ids = new Array<string>(length);
  for (let i = 0; i < length; i++) ids[i] = numberedId(prefix, width, i);
  return ids;
}

/**
 * Sorts generated fact tables by org then time (typed columns may hold spare capacity past `length`).
 * Tables are dropped from `raw` once copied, so that fewer of them exist twice at a time.
 */
export function sortFacts(raw: FactTables, ranges: FactRanges): FactTables {
  const attemptOrder = orderOf(raw.attempts.length, raw.attempts.startedAt, ranges.attempts);
  const attempts = sorted(raw.attempts, attemptOrder, ranges.attempts);
  attempts.id = heldIds(attempts.length, 'att-', 7);
  const attemptRank = ranksOf(attemptOrder);
  raw.attempts = emptyAttempts();
  const sessionOrder = orderOf(raw.sessions.length, raw.sessions.start, ranges.sessions);
  const sessions = sorted(raw.sessions, sessionOrder, ranges.sessions);
  sessions.id = new NumberedIds('ses-', 7, sessions.length);
  const sessionRank = ranksOf(sessionOrder);
  raw.sessions = emptySessions();

  const eventOrder = orderOf(raw.events.length, raw.events.occurredAt, ranges.events);
  const events = sorted(raw.events, eventOrder, ranges.events);
  events.id = new NumberedIds('evt-', 8, events.length);
  for (let i = 0; i < eventOrder.length; i++) {
    events.session[i] = sessionRank[events.session[i]!]!;
    if (events.attempt[i]! >= 0) events.attempt[i] = attemptRank[events.attempt[i]!]!;
  }
  raw.events = emptyEvents();

  const masteryOrder = orderOf(raw.mastery.length, raw.mastery.occurredAt, ranges.mastery);
  const mastery = sorted(raw.mastery, masteryOrder, ranges.mastery);
  mastery.id = new NumberedIds('md-', 7, mastery.length);
  for (let i = 0; i < mastery.length; i++) mastery.session[i] = sessionRank[mastery.session[i]!]!;
  return { attempts, sessions, events, mastery };
}
