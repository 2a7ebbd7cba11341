import type { AdapterRequest, Bucket, TableName } from '@learnlens/data-client';
import type { Sql, SqlDb } from '@learnlens/sql';
import type { Mapping } from '../mapping/defineMapping.js';
import { Binds } from './binds.js';
import type { Exec } from './exec.js';

const TRUNC: Record<Bucket, string> = { day: 'day', week: 'week', month: 'month' };

/**
 * PostgreSQL's side of the shared query definitions: `$n` placeholders, the host's mapped relations, and local time
 * from PostgreSQL's own tz database (`AT TIME ZONE`), so it stays an independent oracle for the other backends.
 */
export class PostgresSql implements Sql {
  /** The statement's bound values. */
  readonly b = new Binds();
  readonly org: string;
  private zone: string | undefined;

  constructor(
    private readonly request: Pick<AdapterRequest, 'scope' | 'params'>,
    private readonly mapping: Mapping,
  ) {
    this.org = this.b.text(request.scope.orgId);
  }

  // Bound on first use: PostgreSQL rejects an untyped parameter no expression uses.
  private get tz(): string {
    this.zone ??= this.b.text(this.request.params.timezone);
    return this.zone;
  }

  private local(expr: string): string {
    return `(${expr} AT TIME ZONE ${this.tz})`;
  }

  // A midnight inside a DST gap reads with the offset before the gap: the first instant of that day.
  private midnight(dateExpr: string): string {
    return `((${dateExpr})::timestamp AT TIME ZONE ${this.tz})`;
  }

  text(value: string): string {
    return this.b.text(value);
  }
  int(value: number): string {
    return this.b.int(value);
  }
  instant(iso: string): string {
    return this.b.instant(iso);
  }
  inList(expr: string, values: readonly string[]): string {
    return `${expr} = ANY(${this.b.texts(values)})`;
  }
  rel(table: TableName, alias: string): string {
    return `${this.mapping.relation(table)} ${alias}`;
  }
  dayBound(expr: string, op: '>=' | '<', isoDate: string): string {
    return `${expr} ${op} ${this.midnight(this.b.date(isoDate))}`;
  }
  textKey(expr: string): string {
    return `${expr} COLLATE "C"`;
  }
  localDay(expr: string): string {
    return `CAST(${this.local(expr)} AS date)`;
  }
  today(iso: string): string {
    return this.localDay(this.b.instant(iso));
  }
  bucketStart(bucket: Bucket, expr: string, weekStart = 1): string {
    // date_trunc's weeks start on Monday; other first days step back from the local date by its distance to them.
    if (bucket === 'week' && weekStart !== 1) {
      return `(${this.localDay(expr)} - CAST((extract(dow FROM ${this.local(expr)}) - ${Math.trunc(weekStart)} + 7) AS int) % 7)`;
    }
    return `CAST(date_trunc('${TRUNC[bucket]}', ${this.local(expr)}) AS date)`;
  }
  isoWeekday(expr: string): string {
    return `CAST(extract(isodow FROM ${this.local(expr)}) AS int)`;
  }
  localHour(expr: string): string {
    return `CAST(extract(hour FROM ${this.local(expr)}) AS int)`;
  }
  daysBefore(iso: string, days: number): string {
    return `((${this.local(this.b.instant(iso))} - make_interval(days => ${Math.trunc(days)})) AT TIME ZONE ${this.tz})`;
  }
  // Text independent of the session's DateStyle.
  dayOut(dayExpr: string): string {
    return `to_char(${dayExpr}, 'YYYY-MM-DD')`;
  }
  readDate(value: unknown): string {
    return value as string;
  }
  // Epoch milliseconds: sortable, and independent of the session's time zone and DateStyle.
  instantOut(expr: string): string {
    return `(extract(epoch FROM ${expr}) * 1000)`;
  }
  readInstant(value: unknown): string | null {
    return value === null || value === undefined ? null : new Date(Number(value)).toISOString();
  }
  median(expr: string): string {
    return `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr})`;
  }
  rankKey(expr: string): string {
    return `round(CAST(${expr} AS numeric), 9)`;
  }

  round2(expr: string): string {
    return `round(CAST(${expr} AS numeric), 2)`;
  }
  jsonNumber(expr: string, key: string): string {
    const value = `(CAST(${expr} AS jsonb) -> '${key}')`;
    return `CASE WHEN jsonb_typeof(${value}) = 'number' THEN CAST(${value} #>> '{}' AS float8) END`;
  }
  collect(fields: Readonly<Record<string, string>>, orderBy: string): string {
    const pairs = Object.entries(fields).map(([k, v]) => `'${k}', ${v}`);
    return `json_agg(json_build_object(${pairs.join(', ')}) ORDER BY ${orderBy})`;
  }
}

/** The shared queries' database for one transaction: statements built on the mapping, run with `exec`. */
export function postgresDb(exec: Exec, mapping: Mapping): SqlDb<PostgresSql> {
  return {
    begin: (request) => new PostgresSql(request, mapping),
    exec: (text, statement) => exec(text, statement.b.values),
  };
}
