import { dayNumberOf, zoneClock, type AdapterRequest, type Bucket } from '@learnlens/data-client';
import { Binds } from './binds.js';
import type { Db } from './exec.js';
import { zoneOffsets, type TimeSpan } from './zone.js';

/** A table alias: a(ttempts), e(vents), m(astery_deltas), s (assignments), aa (assignees), ss (sessions). */
export type Alias = 'a' | 'e' | 'm' | 's' | 'aa' | 'ss';
/** A timestamp column of a fact table. */
export type TimeColumn = 'started_at' | 'ended_at' | 'occurred_at' | 'session_start' | 'due_at';

/** The parameters every statement of one request shares: the binds, the viewer's org and local-time helpers. */
export interface Ctx {
  b: Binds;
  /** Placeholder of the viewer's org id. */
  org: string;
  /** The request's IANA time zone. */
  timeZone: string;
  /** The instants the data spans, which local-time conversions must cover. */
  span: TimeSpan;
  /** Placeholders of the zone's offset changes, bound on first use (DuckDB rejects unused parameters). */
  offsets?: { initial: string; changes: Array<{ at: string; offset: string }> };
}

/** Starts the binds of one request's statement. */
export function context(request: Pick<AdapterRequest, 'scope' | 'params'>, db: Db): Ctx {
  const b = new Binds();
  return { b, org: b.text(request.scope.orgId), timeZone: request.params.timezone, span: db.span };
}

/**
 * Conditions restricting `alias.user_id` to the viewer's scope (their peers when `peers`), the team filter
 * (the team's learners, from the backend's users table) and the userIds filter.
 */
export function userConditions(ctx: Ctx, request: AdapterRequest, alias: Alias, peers = false): string[] {
  const { scope, params } = request;
  const out: string[] = [];
  const allowed = peers ? scope.peerUserIds : scope.userIds;
  if (allowed !== null) out.push(`${alias}.user_id IN (SELECT unnest(${ctx.b.texts(allowed)}))`);
  if (params.teamId !== undefined) {
    out.push(
      `${alias}.user_id IN (SELECT user_id FROM users WHERE org_id = ${ctx.org} AND team_id = ${ctx.b.text(params.teamId)} AND role = 'learner')`,
    );
  }
  if (params.userIds !== undefined) out.push(`${alias}.user_id IN (SELECT unnest(${ctx.b.texts(params.userIds)}))`);
  return out;
}

/** The activityIds filter on `alias.column`, when given. */
export function activityConditions(
  ctx: Ctx,
  request: AdapterRequest,
  alias: Alias,
  column: 'activity_id' | 'content_id',
): string[] {
  const ids = request.params.activityIds;
  return ids === undefined ? [] : [`${alias}.${column} IN (SELECT unnest(${ctx.b.texts(ids)}))`];
}

/** The instant local calendar day `isoDate` starts in the request's zone (the first instant after a DST gap). */
export function localMidnight(ctx: Ctx, isoDate: string): string {
  return ctx.b.instant(zoneClock(ctx.timeZone).dayStartUtc(dayNumberOf(isoDate)));
}

/** Conditions keeping `expr` (a TIMESTAMPTZ) in the local calendar days [from, to). */
export function rangeConditions(ctx: Ctx, expr: string, from: string | undefined, to: string | undefined): string[] {
  const out: string[] = [];
  if (from !== undefined) out.push(`${expr} >= ${localMidnight(ctx, from)}`);
  if (to !== undefined) out.push(`${expr} < ${localMidnight(ctx, to)}`);
  return out;
}

/** Org, scope, team, user, activity and [from, to) conditions of a fact table in one list. */
export function factConditions(
  ctx: Ctx,
  request: AdapterRequest,
  alias: Alias,
  options: {
    time: TimeColumn;
    activity: 'activity_id' | 'content_id' | null;
    peers?: boolean;
    /** Local days [from, to) instead of the request's own `from`/`to`. */
    range?: { from?: string | undefined; to?: string | undefined };
  },
): string[] {
  const range = options.range ?? request.params;
  return [
    `${alias}.org_id = ${ctx.org}`,
    ...userConditions(ctx, request, alias, options.peers),
    ...(options.activity ? activityConditions(ctx, request, alias, options.activity) : []),
    ...rangeConditions(ctx, `${alias}.${options.time}`, range.from, range.to),
  ];
}

// Local time is epoch ms plus the zone's offset, picked by a CASE over the zone's (few) offset changes. ICU's
// timezone() gives the same days but costs about four times the rest of a scan, once per row.
function localMs(ctx: Ctx, expr: string): string {
  if (!ctx.offsets) {
    const zone = zoneOffsets(ctx.timeZone, ctx.span);
    ctx.offsets = {
      initial: ctx.b.int(zone.initial),
      changes: zone.changes.map((c) => ({ at: ctx.b.int(c.atMs), offset: ctx.b.int(c.offsetMs) })),
    };
  }
  const ms = `epoch_ms(${expr})`;
  const { initial, changes } = ctx.offsets;
  if (changes.length === 0) return `(${ms} + ${initial})`;
  const whens = [...changes].reverse().map((c) => `WHEN ${ms} >= ${c.at} THEN ${c.offset}`);
  return `(${ms} + CASE ${whens.join(' ')} ELSE ${initial} END)`;
}

/** The local day number (days since 1970-01-01) of a TIMESTAMPTZ expression in the request's zone. */
export function localDay(ctx: Ctx, expr: string): string {
  return `(${localMs(ctx, expr)} // 86400000)`;
}

/** The local hour (0–23) of a TIMESTAMPTZ expression in the request's zone. */
export function localHour(ctx: Ctx, expr: string): string {
  return `((${localMs(ctx, expr)} % 86400000) // 3600000)`;
}

/** The DATE of a day-number expression. */
export function dayDate(dayExpr: string): string {
  return `(DATE '1970-01-01' + CAST(${dayExpr} AS INTEGER))`;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day-number expression; 1970-01-01 was a Thursday. */
export function isoWeekday(dayExpr: string): string {
  return `((${dayExpr} + 3) % 7 + 1)`;
}

/** The local date (DATE) starting the bucket that holds `expr`; weeks start on Monday. */
export function bucketStart(ctx: Ctx, bucket: Bucket, expr: string): string {
  const day = localDay(ctx, expr);
  if (bucket === 'day') return dayDate(day);
  if (bucket === 'week') return dayDate(`${day} - (${day} + 3) % 7`);
  return `CAST(date_trunc('month', ${dayDate(day)}) AS DATE)`;
}

/** Joins conditions into a WHERE clause body. */
export function and(conditions: readonly string[]): string {
  return conditions.length === 0 ? 'true' : conditions.join('\n    AND ');
}

/** Epoch milliseconds (DOUBLE) of a TIMESTAMPTZ expression, for turning into ISO strings in JS. */
export function epochMs(expr: string): string {
  return `CAST(epoch_ms(${expr}) AS DOUBLE)`;
}

/** ISO 8601 string of epoch milliseconds, or null. */
export function isoOf(ms: unknown): string | null {
  return ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();
}

/** The ORDER BY term of a sort field with nulls last in both directions. */
export function orderTerm(expr: string, descending: boolean): string {
  return `${expr} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
}

/** The LIMIT/OFFSET clause of a page (no LIMIT when `limit` is undefined). */
export function page(ctx: Ctx, limit: number | undefined, offset: number): string {
  return `${limit === undefined ? '' : `LIMIT ${ctx.b.int(limit)} `}OFFSET ${ctx.b.int(offset)}`;
}

/**
 * A page of `body`'s rows plus the total, in one statement: one row per page row, each carrying `total`
 * (one all-null row with the total when the page is empty). `order` names output columns of `body`.
 */
export function pagedStatement(ctes: string, body: string, order: string, pageClause: string): string {
  return `WITH ${ctes ? `${ctes},\n` : ''}body AS MATERIALIZED (${body})
SELECT t.total, p.* FROM (SELECT count(*) AS total FROM body) t
LEFT JOIN (SELECT * FROM body ORDER BY ${order} ${pageClause}) p ON true
ORDER BY ${order}`;
}

/** The field of a sort value: "-avgScore" → "avgScore". */
export type SortField<S extends string> = S extends `-${infer F}` ? F : S;
