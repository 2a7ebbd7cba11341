import type { Ctx } from './context.js';

/** The ORDER BY term of a sort key with nulls last in both directions (text keys in code-point order). */
export function orderTerm(expr: string, descending: boolean, text = false): string {
  return `${expr}${text ? ' COLLATE "C"' : ''} ${descending ? 'DESC' : 'ASC'} NULLS LAST`;
}

/** LIMIT/OFFSET of a page (no LIMIT when `limit` is undefined). */
export function page(ctx: Ctx, limit: number | undefined, offset: number): string {
  return `${limit === undefined ? '' : `LIMIT ${ctx.b.int(limit)} `}OFFSET ${ctx.b.int(offset)}`;
}

/**
 * One statement giving a page of `body`'s rows and the total: one row per page row, each carrying `total` (a single
 * row with only the total when the page is empty). `order` names output columns of `body`.
 */
export function pagedStatement(ctes: string, body: string, order: string, pageClause: string, extra = ''): string {
  return `WITH ${ctes ? `${ctes},\n` : ''}body AS MATERIALIZED (${body})
SELECT t.total${extra}, p.* FROM (SELECT count(*) AS total FROM body) t
LEFT JOIN (SELECT * FROM body ORDER BY ${order} ${pageClause}) p ON true
ORDER BY ${order}`;
}

/** The field of a sort value: "-avgScore" → "avgScore". */
export type SortField<S extends string> = S extends `-${infer F}` ? F : S;
