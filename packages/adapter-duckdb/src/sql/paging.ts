import type { Ctx } from './context.js';

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
