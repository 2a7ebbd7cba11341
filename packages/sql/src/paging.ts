import type { Row, Sql } from './dialect.js';

/** The field of a sort value: "-avgScore" → "avgScore". */
export type SortField<S extends string> = S extends `-${infer F}` ? F : S;

/** The ORDER BY term of a sort key, NULLs last in both directions (as the catalog and the mock engine sort). */
export function orderTerm(expr: string, descending: boolean): string {
  return `${expr} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
}

/** LIMIT/OFFSET of a page, with integer placeholders (no LIMIT when `limit` is undefined). */
export function page(int: (value: number) => string, limit: number | undefined, offset: number): string {
  return `${limit === undefined ? '' : `LIMIT ${int(limit)} `}OFFSET ${int(offset)}`;
}

/**
 * One statement giving a page of `body`'s rows and their total: one row per page row, each carrying `total` and
 * `_hit` = 1 (a single row with only the total when the page is empty). `order` names output columns of `body`;
 * `extra` adds output expressions over the page row `p`.
 */
export function pagedStatement(ctes: string, body: string, order: string, pageClause: string, extra = ''): string {
  return `WITH ${ctes ? `${ctes},\n` : ''}body AS MATERIALIZED (${body})
SELECT t.total${extra}, p.* FROM (SELECT count(*) AS total FROM body) t
LEFT JOIN (SELECT 1 AS _hit, * FROM body ORDER BY ${order} ${pageClause}) p ON true
ORDER BY ${order}`;
}

/**
 * A page of the attempt rows `m` selects (sorted by `order`, given the alias to sort) and their total, with the
 * user `u` and activity `act` joined onto the page's rows only; `select` lists the output over `p`, `u` and `act`.
 */
export function attemptPageStatement(s: Sql, m: string, order: (alias: string) => string, pageClause: string, select: string): string {
  return `WITH m AS NOT MATERIALIZED (${m}),
     p AS (SELECT 1 AS _hit, * FROM m ORDER BY ${order('m')} ${pageClause})
     SELECT t.total, p._hit, ${select}
     FROM (SELECT count(*) AS total FROM m) t
     LEFT JOIN p ON true
     LEFT JOIN ${s.rel('users', 'u')} ON u.user_id = p.user_id AND u.org_id = ${s.org}
     LEFT JOIN ${s.rel('activities', 'act')} ON act.activity_id = p.activity_id AND act.org_id = ${s.org}
     ORDER BY ${order('p')}`;
}

/** The total and the page rows of a paged result (rows with `_hit` = 1; every dialect's paged statements mark them). */
export function pageOf<T>(rows: readonly Row[], read: (row: Row) => T): { total: number; rows: T[] } {
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.filter((r) => Number(r._hit) === 1).map(read),
  };
}
