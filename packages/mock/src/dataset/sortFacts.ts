import { emptyAttempts, emptyEvents, emptySessions, timeOrder } from './columns.js';
import type { AttemptColumns, EventColumns, MasteryColumns, OrgRange, SessionColumns } from './dataset.types.js';

// Turns the generated fact rows (org after org, each org in generation order)
// into the dataset's tables: sorted by time within each org, with ids given in
// final order and raw row references turned into final row indexes. Orgs keep
// their ranges, since rows never move between orgs.

/** The four fact tables. */
export interface FactTables {
  attempts: AttemptColumns;
  sessions: SessionColumns;
  events: EventColumns;
  mastery: MasteryColumns;
}

/** Each org's rows in each fact table. */
export type FactRanges = Record<keyof FactTables, OrgRange[]>;

type Table = { length: number; id: string[]; org: Uint16Array };
type NumericColumn = Float64Array | Int32Array | Uint16Array | Uint8Array;

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

// A copy of every typed column in `order`: each column copied by itself keeps the loop monomorphic.
function permute(column: NumericColumn, order: Int32Array): NumericColumn {
  const out = new (column.constructor as new (length: number) => NumericColumn)(order.length);
  for (let i = 0; i < order.length; i++) out[i] = column[order[i]!]!;
  return out;
}

function sorted<T extends Table>(raw: T, order: Int32Array, ranges: OrgRange[], prefix: string, width: number): T {
  const table = { ...raw, length: order.length, id: new Array<string>(order.length) };
  const record = table as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'org' && ArrayBuffer.isView(record[key])) record[key] = permute(record[key] as NumericColumn, order);
  }
  table.org = new Uint16Array(order.length);
  ranges.forEach(({ start, end }, org) => table.org.fill(org, start, end));
  for (let i = 0; i < order.length; i++) table.id[i] = prefix + String(i + 1).padStart(width, '0');
  return table;
}

/**
 * Sorts generated fact tables by org then time (typed columns may hold spare capacity past `length`).
 * Tables are dropped from `raw` once copied, so that fewer of them exist twice at a time.
 */
export function sortFacts(raw: FactTables, ranges: FactRanges): FactTables {
  const attemptOrder = orderOf(raw.attempts.length, raw.attempts.startedAt, ranges.attempts);
  const attempts = sorted(raw.attempts, attemptOrder, ranges.attempts, 'att-', 7);
  const attemptRank = ranksOf(attemptOrder);
  raw.attempts = emptyAttempts();
  const sessionOrder = orderOf(raw.sessions.length, raw.sessions.start, ranges.sessions);
  const sessions = sorted(raw.sessions, sessionOrder, ranges.sessions, 'ses-', 7);
  const sessionRank = ranksOf(sessionOrder);
  raw.sessions = emptySessions();

  const eventOrder = orderOf(raw.events.length, raw.events.occurredAt, ranges.events);
  const events = sorted(raw.events, eventOrder, ranges.events, 'evt-', 8);
  events.payload = new Array<string>(eventOrder.length);
  for (let i = 0; i < eventOrder.length; i++) {
    const src = eventOrder[i]!;
    events.payload[i] = raw.events.payload[src]!;
    events.session[i] = sessionRank[events.session[i]!]!;
    if (events.attempt[i]! >= 0) events.attempt[i] = attemptRank[events.attempt[i]!]!;
  }
  raw.events = emptyEvents();

  const masteryOrder = orderOf(raw.mastery.length, raw.mastery.occurredAt, ranges.mastery);
  const mastery = sorted(raw.mastery, masteryOrder, ranges.mastery, 'md-', 7);
  for (let i = 0; i < mastery.length; i++) mastery.session[i] = sessionRank[mastery.session[i]!]!;
  return { attempts, sessions, events, mastery };
}
