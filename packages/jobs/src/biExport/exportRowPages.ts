import { ExportLimitError, type ExportRow, type LearnlensClient, type QueryParamsInput, type Viewer } from '@learnlens/data-client';

/** The export filters without paging. */
export type ExportFilters = Omit<QueryParamsInput<'exportRows'>, 'limit' | 'offset' | 'afterStartedAt' | 'afterAttemptId'>;

// True when row a comes after row b in the export order (started_at, then attempt_id in binary order).
function sortsAfter(a: ExportRow, b: ExportRow): boolean {
  const ta = Date.parse(a.started_at);
  const tb = Date.parse(b.started_at);
  return ta > tb || (ta === tb && a.attempt_id > b.attempt_id);
}

/**
 * The export dataset (`exportRows`) page by page through the client, so the viewer's scope and the result schema are
 * checked as for any export. Pages follow the export's own keyset (after the last row's started_at and attempt_id),
 * as `streamExport` reads them, falling back to offsets for an adapter that ignores the cursor. With `csvCap`, a
 * total above it throws ExportLimitError after the first page, before anything is encoded.
 */
export async function* exportRowPages(
  client: LearnlensClient,
  viewer: Viewer,
  filters: ExportFilters,
  options: { pageSize?: number; signal?: AbortSignal; csvCap?: number; onPage?: (rowsDone: number, rowsTotal: number) => void } = {},
): AsyncGenerator<ExportRow[]> {
  const pageSize = options.pageSize ?? 10_000;
  const call = options.signal ? { viewer, signal: options.signal } : { viewer };
  let page = await client.query('exportRows', { ...filters, limit: pageSize }, call);
  const total = page.total;
  if (options.csvCap !== undefined && total > options.csvCap) throw new ExportLimitError('csv', total, options.csvCap);
  let done = 0;
  let keyset = true;
  for (;;) {
    done += page.rows.length;
    if (options.csvCap !== undefined && done > options.csvCap) throw new ExportLimitError('csv', done, options.csvCap);
    options.onPage?.(done, Math.max(total, done));
    yield page.rows;
    if (page.rows.length < pageSize) return;
    const last = page.rows[page.rows.length - 1]!;
    if (keyset) {
      page = await client.query('exportRows', { ...filters, afterStartedAt: last.started_at, afterAttemptId: last.attempt_id, limit: pageSize }, call);
      const next = page.rows[0];
      if (next === undefined || sortsAfter(next, last)) continue;
      keyset = false;
    }
    page = await client.query('exportRows', { ...filters, offset: done, limit: pageSize }, call);
  }
}
