import type { BackendAdapter } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnlensServer } from './standalone.js';
import { hsToken, mockAdapter, NOW, post, startTestServer } from './test-fixtures/harness.js';

// A large Parquet export must not hold the request thread: its row groups are encoded on a worker thread, so between
// two pages the event loop serves other requests. Measured by order, not by the clock: how many export pages the
// backend is asked for between two turns of the event loop (encoded here, a whole row group of about seven pages went
// by without one), and that a query asked meanwhile is answered before the export is done.
describe('POST /export while other requests arrive', () => {
  // 130,000 attempts of one org: 13 pages of 10,000 rows, two full row groups of 65,536 and a part of one.
  const big = createMockDataset({ endDate: '2026-11-01', seed: 11, orgs: 1, learnersPerOrg: 400, days: 200, targetAttempts: 130_000, withEvents: false });
  const admin = big.users.find((u) => u.role === 'admin')!;
  const viewer = { userId: admin.user_id, role: 'admin' as const, orgId: admin.org_id };
  let server: LearnlensServer;
  let exportPages = 0;
  beforeAll(async () => {
    const inner = mockAdapter({ dataset: big });
    const adapter: BackendAdapter = {
      name: inner.name,
      supportedQueries: inner.supportedQueries,
      run(request, signal) {
        if (request.name === 'exportRows') exportPages++;
        return inner.run(request, signal);
      },
      writeAudit: (entry, signal) => inner.writeAudit(entry, signal),
    };
    server = await startTestServer({ adapter });
  });
  afterAll(() => server.close());

  it('should answer a query within a few export pages while a large Parquet export streams', async () => {
    const token = await hsToken(viewer);
    // Once per turn of the event loop: the most export pages fetched since the previous turn.
    let mostPagesInOneTurn = 0;
    let pagesAtLastTurn = 0;
    let turning = true;
    const turn = () => {
      mostPagesInOneTurn = Math.max(mostPagesInOneTurn, exportPages - pagesAtLastTurn);
      pagesAtLastTurn = exportPages;
      if (turning) setImmediate(turn);
    };
    setImmediate(turn);
    const response = await post(`${server.url}/export`, { format: 'parquet', params: { now: NOW } }, token);
    expect(response.status).toBe(200);
    const rowCount = Number(JSON.parse(decodeURIComponent(response.headers.get('learnlens-audit')!)).row_count);
    const totalPages = Math.ceil(rowCount / 10_000);
    expect(totalPages).toBeGreaterThanOrEqual(12);
    const reader = response.body!.getReader();
    let bytes = 0;
    // The export is under way (its first bytes are here): now a small query.
    const first = await reader.read();
    bytes += first.value!.length;
    const pagesAtAsk = exportPages;
    let pagesAtAnswer = -1;
    const query = post(`${server.url}/query`, { name: 'orgOverview', params: { now: NOW } }, token).then(async (r) => {
      pagesAtAnswer = exportPages;
      return { status: r.status, body: (await r.json()) as { result: { activeUsers: number } } };
    });
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      bytes += next.value.length;
    }
    const answered = await query;
    turning = false;
    expect(answered.status).toBe(200);
    expect(answered.body.result.activeUsers).toBeGreaterThan(0);
    expect(exportPages).toBe(totalPages);
    expect(bytes).toBeGreaterThan(1_000_000);
    // The event loop turned after every page or two (the encoder holds two pages in flight), not once per row group
    // (encoded on this thread, seven pages went by between two turns).
    expect(mostPagesInOneTurn).toBeGreaterThan(0);
    expect(mostPagesInOneTurn).toBeLessThanOrEqual(3);
    // The query, asked once the first bytes were here, was answered before the export had fetched its last page.
    expect(pagesAtAsk).toBeLessThan(totalPages);
    expect(pagesAtAnswer).toBeLessThan(totalPages);
  });
});
