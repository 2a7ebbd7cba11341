import { dayNumberOf, zoneClock, type AdapterRequest, type TableName } from '@learnlens/data-client';
import type { FilterSql, ResultReader } from '@learnlens/sql';
import type { Row } from '../connection.js';
import { compareTime, inList, str } from '../literal.js';
import type { TableRefs } from '../tables.js';
import { dateOf, dayOf, isoOf, localSeconds, weekdayOf } from './time.js';

/** What a query implementation runs against: quoted table names and a statement runner. */
export interface Db {
  tables: TableRefs;
  select(sql: string): Promise<Row[]>;
}

/**
 * What every statement of one request shares: the shared filters' vocabulary (values as escaped literals, tables
 * without aliases), the request's calendar, and how day numbers and epoch seconds read back.
 */
export interface Ctx extends FilterSql, ResultReader {
  t: TableRefs;
  /** The request's IANA time zone. */
  timeZone: string;
  /** Local midnight of `from` / `to` in the zone, as epoch ms (undefined when not given): the years offsets cover. */
  fromMs: number | undefined;
  toMs: number | undefined;
}

/** The instant local calendar day `isoDate` starts in `timeZone` (the first instant after a DST gap). */
export function localMidnight(timeZone: string, isoDate: string): number {
  return zoneClock(timeZone).dayStartUtc(dayNumberOf(isoDate));
}

/** The context of one request; `range` replaces the request's own [from, to) (the leaderboard's periods). */
export function context(
  request: Pick<AdapterRequest, 'scope' | 'params'>,
  db: Db,
  range: { from?: string | undefined; to?: string | undefined } = request.params,
): Ctx {
  const timeZone = request.params.timezone;
  const ctx: Ctx = {
    t: db.tables,
    org: str(request.scope.orgId),
    timeZone,
    fromMs: range.from === undefined ? undefined : localMidnight(timeZone, range.from),
    toMs: range.to === undefined ? undefined : localMidnight(timeZone, range.to),
    text: str,
    inList,
    // Statements read one table per level, by its unqualified columns.
    rel: (table: TableName) => db.tables[table],
    dayBound: (expr, op, isoDate) => compareTime(expr, op, localMidnight(timeZone, isoDate)),
    readDate: dateOf,
    readInstant: isoOf,
    isoWeekday: (expr) => weekdayOf(dayOf(localSeconds(ctx, expr))),
  };
  return ctx;
}
