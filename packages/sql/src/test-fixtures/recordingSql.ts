import { isoDateOf, type AdapterRequest, type Bucket, type TableName } from '@learnlens/data-client';
import type { Sql } from '../dialect.js';

/** A dialect that binds every value as `:n` and records it, for checking statements without a database. */
export class RecordingSql implements Sql {
  readonly values: unknown[] = [];
  readonly org: string;

  constructor(request: Pick<AdapterRequest, 'scope'>) {
    this.org = this.bind(request.scope.orgId);
  }

  private bind(value: unknown): string {
    this.values.push(value);
    return `:${this.values.length}`;
  }

  text = (value: string) => this.bind(value);
  int = (value: number) => this.bind(value);
  instant = (iso: string) => this.bind(iso);
  inList = (expr: string, values: readonly string[]) => `${expr} IN ${this.bind(values)}`;
  rel = (table: TableName, alias: string) => `${table} ${alias}`;
  dayBound = (expr: string, op: '>=' | '<', isoDate: string) => `${expr} ${op} midnight(${this.bind(isoDate)})`;
  textKey = (expr: string) => expr;
  localDay = (expr: string) => `local_day(${expr})`;
  today = (iso: string) => `local_day(${this.bind(iso)})`;
  bucketStart = (bucket: Bucket, expr: string, weekStart = 1) => `bucket_${bucket}${bucket === 'week' && weekStart !== 1 ? weekStart : ''}(${expr})`;
  isoWeekday = (expr: string) => `weekday(${expr})`;
  localHour = (expr: string) => `hour(${expr})`;
  daysBefore = (iso: string, days: number) => `days_before(${this.bind(iso)}, ${this.bind(days)})`;
  dayOut = (dayExpr: string) => dayExpr;
  readDate = (value: unknown) => isoDateOf(Number(value));
  instantOut = (expr: string) => `epoch_ms(${expr})`;
  readInstant = (value: unknown) => (value === null || value === undefined ? null : new Date(Number(value)).toISOString());
  median = (expr: string) => `median(${expr})`;
  round2 = (expr: string) => `round2(${expr})`;
  rankKey = (expr: string) => `rankKey(${expr})`;
  jsonNumber = (expr: string, key: string) => `json_number(${expr}, '${key}')`;
  collect = (fields: Readonly<Record<string, string>>, orderBy: string) =>
    `collect(${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join(', ')} ORDER BY ${orderBy})`;
}
