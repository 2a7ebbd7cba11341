import { dayNumberOf, isoDateOf, zoneClock, type AdapterRequest, type Bucket, type TableName, type ZoneClock } from '@learnlens/data-client';
import type { Sql, SqlDb } from '@learnlens/sql';
import { Binds } from './binds.js';
import type { Exec } from './exec.js';
import { epochMs, isoOf } from './time.js';
import { zoneOffsets, type TimeSpan } from './zone.js';

/** The DATE of a day-number expression. */
function dayDate(dayExpr: string): string {
  return `(DATE '1970-01-01' + CAST(${dayExpr} AS INTEGER))`;
}

/**
 * DuckDB's side of the shared query definitions: `$pN` parameters, the loaded tables by name, and local time as
 * day numbers computed from the zone's offsets (from the same tz database and ZoneClock the mock engine uses).
 */
export class DuckDbSql implements Sql {
  /** The statement's bound values. */
  readonly b = new Binds();
  readonly org: string;
  private readonly clock: ZoneClock;
  // The zone's offset changes as placeholders, bound on first use (DuckDB rejects unused parameters).
  private offsets: { initial: string; changes: Array<{ at: string; offset: string }> } | undefined;

  constructor(
    private readonly request: Pick<AdapterRequest, 'scope' | 'params'>,
    private readonly span: TimeSpan,
  ) {
    this.org = this.b.text(request.scope.orgId);
    this.clock = zoneClock(request.params.timezone);
  }

  // Local time is epoch ms plus the zone's offset, picked by a CASE over the zone's (few) offset changes. ICU's
  // timezone() gives the same days but costs about four times the rest of a scan, once per row.
  private localMs(expr: string): string {
    if (!this.offsets) {
      const zone = zoneOffsets(this.request.params.timezone, this.span);
      this.offsets = {
        initial: this.b.int(zone.initial),
        changes: zone.changes.map((c) => ({ at: this.b.int(c.atMs), offset: this.b.int(c.offsetMs) })),
      };
    }
    const ms = `epoch_ms(${expr})`;
    const { initial, changes } = this.offsets;
    if (changes.length === 0) return `(${ms} + ${initial})`;
    const whens = [...changes].reverse().map((c) => `WHEN ${ms} >= ${c.at} THEN ${c.offset}`);
    return `(${ms} + CASE ${whens.join(' ')} ELSE ${initial} END)`;
  }

  text(value: string): string {
    return this.b.text(value);
  }
  int(value: number): string {
    return this.b.int(value);
  }
  instant(iso: string): string {
    return this.b.instant(Date.parse(iso));
  }
  inList(expr: string, values: readonly string[]): string {
    return `${expr} IN (SELECT unnest(${this.b.texts(values)}))`;
  }
  rel(table: TableName, alias: string): string {
    return `${table} ${alias}`;
  }
  dayBound(expr: string, op: '>=' | '<', isoDate: string): string {
    return `${expr} ${op} ${this.b.instant(this.clock.dayStartUtc(dayNumberOf(isoDate)))}`;
  }
  // DuckDB compares text by code point unless told otherwise.
  textKey(expr: string): string {
    return expr;
  }
  localDay(expr: string): string {
    return `(${this.localMs(expr)} // 86400000)`;
  }
  today(iso: string): string {
    return this.b.int(this.clock.localDay(Date.parse(iso)));
  }
  bucketStart(bucket: Bucket, expr: string, weekStart = 1): string {
    const day = this.localDay(expr);
    if (bucket === 'day') return day;
    // 1970-01-01 was a Thursday (getDay 4): (day + 4 − weekStart) mod 7 days since the week's first day.
    if (bucket === 'week') return `(${day} - (${day} + ${(11 - Math.trunc(weekStart)) % 7}) % 7)`;
    return `(CAST(date_trunc('month', ${dayDate(day)}) AS DATE) - DATE '1970-01-01')`;
  }
  isoWeekday(expr: string): string {
    return `((${this.localDay(expr)} + 3) % 7 + 1)`;
  }
  localHour(expr: string): string {
    return `((${this.localMs(expr)} % 86400000) // 3600000)`;
  }
  daysBefore(iso: string, days: number): string {
    return this.b.instant(this.clock.minusDays(Date.parse(iso), days));
  }
  dayOut(dayExpr: string): string {
    return dayExpr;
  }
  readDate(value: unknown): string {
    return isoDateOf(Number(value));
  }
  instantOut(expr: string): string {
    return epochMs(expr);
  }
  readInstant(value: unknown): string | null {
    return isoOf(value);
  }
  median(expr: string): string {
    return `quantile_cont(${expr}, 0.5)`;
  }
  // round() of a DOUBLE rounds its binary value (6.335 is just below it and gave 6.33); the hundredths rounded to six
  // decimals first give 6.34, as PostgreSQL's round(numeric, 2).
  rankKey(expr: string): string {
    return `round(${expr}, 9)`;
  }

  round2(expr: string): string {
    return `(sign(${expr}) * floor(round(abs(${expr}) * 100, 6) + 0.5) / 100)`;
  }
  // json_type names the JSON value's type; a number is one of the integer or double types, never VARCHAR or NULL.
  jsonNumber(expr: string, key: string): string {
    const path = `'$.${key}'`;
    return `CASE WHEN json_type(${expr}, ${path}) IN ('UBIGINT', 'BIGINT', 'HUGEINT', 'DOUBLE') THEN CAST(json_extract(${expr}, ${path}) AS DOUBLE) END`;
  }
  collect(fields: Readonly<Record<string, string>>, orderBy: string): string {
    const pairs = Object.entries(fields).map(([k, v]) => `'${k}': ${v}`);
    return `list({${pairs.join(', ')}} ORDER BY ${orderBy})`;
  }
}

/** The shared queries' database for one connection: statements over the loaded tables, run with `exec`. */
export function duckDbDb(exec: Exec, span: TimeSpan): SqlDb<DuckDbSql> {
  return {
    begin: (request) => new DuckDbSql(request, span),
    exec: (text, statement) => exec(text, statement.b),
  };
}
