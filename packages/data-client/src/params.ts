import * as z from 'zod/mini';
import { canonicalTimeZone, FIRST_SUPPORTED_YEAR, isValidTimeZone, LAST_SUPPORTED_YEAR } from './time.js';

// Building blocks shared by every catalog entry's parameter schema. Parameters
// are flat so that they serialise into a URL, a CLI flag or a cache key as is.
// Written with zod/mini (same checks, same messages, same inferred types): a widget's bundle carries these and its
// own query's schemas, and mini leaves out the classic API's methods and JSON-schema code. Catalog entries written
// with classic `zod` take these fields as they are. What each parameter means is written in catalog/queryDocs.ts
// (`paramDocs`), not here, so no browser bundle carries the prose.

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** An ISO calendar date, "YYYY-MM-DD". */
export const isoDateSchema = z.iso.date();

/** An ISO 8601 timestamp with a zone designator. */
// Pure: a bundle that does not use it (a widget's) drops it; zod's builders are not known to be free of side effects.
export const isoTimestampSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/** An IANA time zone such as "Europe/Berlin"; calendar days and buckets are counted in it. */
export const timeZoneSchema = z.string().check(
  z.maxLength(64),
  z.refine(isValidTimeZone, { message: 'must be an IANA time zone such as "UTC" or "Europe/Berlin"' }),
  // One name per zone ("eUrOpE/bErLiN" → "Europe/Berlin"), so no cache downstream is keyed by a spelling.
  z.overwrite((zone) => canonicalTimeZone(zone) ?? zone),
);

const SUPPORTED_YEARS = `must lie in the years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`;
const inSupportedYears = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
};

/** A query's calendar date parameter: an ISO date in the supported years (1900–2200). */
export const paramDateSchema = z.iso.date().check(z.refine(inSupportedYears, { message: SUPPORTED_YEARS }));

/** A query's instant parameter: an ISO timestamp in the supported years (1900–2200, read in UTC). */
export const paramTimestampSchema = z.iso.datetime({ offset: true }).check(
  z.refine(
    (iso) => {
      const ms = Date.parse(iso);
      // A malformed timestamp is the format check's to report.
      return Number.isNaN(ms) || inSupportedYears(new Date(ms).toISOString());
    },
    { message: SUPPORTED_YEARS },
  ),
);

/** The time bucket of a trend. */
export const bucketSchema = z.enum(['day', 'week', 'month']);
export type Bucket = z.infer<typeof bucketSchema>;

/** Parameters every query accepts. */
export const commonParamsShape = {
  orgId: z.optional(id),
  from: z.optional(paramDateSchema),
  to: z.optional(paramDateSchema),
  timezone: z._default(timeZoneSchema, 'UTC'),
  now: z._default(paramTimestampSchema, () => new Date().toISOString()),
  teamId: z.optional(id),
  userIds: z.optional(z.array(id).check(z.maxLength(10_000))),
  activityIds: z.optional(z.array(id).check(z.maxLength(10_000))),
};

/** Paging for queries that return a list with a total. */
export const pagingShape = (defaultLimit: number | undefined, maxLimit: number) => {
  const limit = z.number().check(z.int(), z.gte(1), z.lte(maxLimit));
  return {
    limit: defaultLimit === undefined ? z.optional(limit) : z._default(limit, defaultLimit),
    offset: z._default(z.number().check(z.int(), z.gte(0), z.lte(100_000_000)), 0),
  };
};

/** A sort parameter: a field name, with a leading "-" for descending. */
export function sortSchema<const T extends readonly [string, ...string[]]>(fields: T, defaultSort: SortOf<T>) {
  const values = fields.flatMap((f) => [f, `-${f}`]) as unknown as [SortOf<T>, ...SortOf<T>[]];
  return z._default(z.enum(values), defaultSort as never);
}
export type SortOf<T extends readonly string[]> = T[number] | `-${T[number]}`;

/** Splits "-field" into the field and its direction. */
export function parseSort<F extends string>(sort: F | `-${F}`): { field: F; descending: boolean } {
  return sort.startsWith('-') ? { field: sort.slice(1) as F, descending: true } : { field: sort as F, descending: false };
}

/** Refinement shared by every schema: a date range must run forwards. */
export function checkRange(p: { from?: string | undefined; to?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  if (p.from && p.to && p.from >= p.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `must be after "from" (${p.from}); "to" is exclusive` });
  }
}

/** The `bucket` parameter of trend queries. */
export function bucketParam(defaultBucket: Bucket) {
  return z._default(bucketSchema, defaultBucket);
}

/** Which days of the week a time-bucketed query counts (seed 002's `dim_time.is_weekend`). */
export const daysSchema = z.enum(['all', 'weekdays', 'weekends']);
export type Days = z.infer<typeof daysSchema>;

/** The `days` parameter: the local weekday of each row's instant in `timezone` decides; Saturday and Sunday are the weekend. */
export const daysParam = z._default(daysSchema, 'all');

/** The first day of a weekly bucket: 0 = Sunday, 1 = Monday … 6 = Saturday (JavaScript's getDay, date-fns weekStartsOn). */
export const weekStartSchema = z.number().check(z.int(), z.gte(0), z.lte(6));

/** The `weekStart` parameter of queries with a week bucket; default Monday (ISO weeks). */
export const weekStartParam = z._default(weekStartSchema, 1);
