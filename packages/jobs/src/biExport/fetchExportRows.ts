import type { ExportRow, LearnlensClient, QueryParamsInput, Viewer } from '@learnlens/data-client';

/** Rows fetched so far and the total the first page announced. */
export type FetchProgress = (rowsDone: number, rowsTotal: number) => void;

/**
 * Every row of the export dataset (`exportRows`) for `params`, page by page, through the client, so the viewer's
 * scope and the result schema are checked as for any export. `onTotal` runs after the first page and may throw to
 * refuse the export (the CSV cap) before the rest is fetched.
 */
export async function fetchExportRows(
  client: LearnlensClient,
  viewer: Viewer,
  params: Omit<QueryParamsInput<'exportRows'>, 'limit' | 'offset'>,
  options: { pageSize?: number; signal?: AbortSignal; onTotal?: (total: number) => void; onProgress?: FetchProgress } = {},
): Promise<ExportRow[]> {
  const pageSize = options.pageSize ?? 5_000;
  const call = options.signal ? { viewer, signal: options.signal } : { viewer };
  const first = await client.query('exportRows', { ...params, limit: pageSize, offset: 0 }, call);
  options.onTotal?.(first.total);
  const rows: ExportRow[] = [...first.rows];
  options.onProgress?.(rows.length, first.total);
  while (rows.length < first.total) {
    const page = await client.query('exportRows', { ...params, limit: pageSize, offset: rows.length }, call);
    if (page.rows.length === 0) break;
    rows.push(...page.rows);
    options.onProgress?.(rows.length, first.total);
  }
  return rows;
}
