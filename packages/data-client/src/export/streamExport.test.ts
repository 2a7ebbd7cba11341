import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../catalog/exportRows.js';
import { createClient } from '../client.js';
import { AuditWriteError, ResultValidationError } from '../errors.js';
import { createFakeAdapter } from '../test-fixtures/fakeAdapter.js';
import type { Viewer } from '../viewer.js';
import { parseCsv, toCsv } from './csv.js';
import { exportColumns } from './exportColumns.js';
import { streamExport } from './streamExport.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'A' };
const t0 = Date.UTC(2026, 0, 1);

function row(id: string, second: number): ExportRow {
  const at = new Date(t0 + second * 1000).toISOString();
  return {
    attempt_id: id,
    user_id: 'l1',
    org_ids: 'A',
    plan: 'pro',
    submitted_at: at,
    goal_band: null,
    average_band: null,
    task1_band: null,
    task2_band: null,
    org_id: 'A',
    team_id: 't1',
    display_name: 'Ann',
    activity_id: 'act-1',
    activity_name: 'Cold call',
    score: second % 4 === 0 ? null : second,
    duration_seconds: 60 + second,
    talk_ms: null,
    listen_ms: 1000,
    started_at: at,
    ended_at: null,
  };
}

interface PageParams {
  limit: number;
  afterStartedAt?: string;
  afterAttemptId?: string;
}

// A backend whose table can change between pages; answers in (started_at, attempt_id) order after the cursor.
function liveBackend(initial: ExportRow[], failAudit = false) {
  const table = [...initial];
  const pages: PageParams[] = [];
  const fake = createFakeAdapter({
    failAudit,
    answers: {
      exportRows: (request) => {
        const p = request.params as PageParams;
        pages.push(p);
        const sorted = [...table].sort((x, y) => x.started_at.localeCompare(y.started_at) || (x.attempt_id < y.attempt_id ? -1 : 1));
        const after = p.afterStartedAt === undefined
          ? sorted
          : sorted.filter((r) => r.started_at > p.afterStartedAt! || (r.started_at === p.afterStartedAt && r.attempt_id > p.afterAttemptId!));
        return { total: after.length, rows: after.slice(0, p.limit) };
      },
    },
  });
  return { fake, table, pages };
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('streamExport', () => {
  it('should neither duplicate nor skip rows when rows are inserted between pages', async () => {
    // Ten rows, two sharing one started_at, so the cursor must break a tie by attempt_id.
    const initial = Array.from({ length: 10 }, (_, i) => row(`att-${String(i).padStart(2, '0')}`, i === 5 ? 4 : i));
    const { fake, table } = liveBackend(initial);
    const client = createClient({ adapter: fake.adapter });
    const stream = await streamExport(client, { format: 'csv', params: {}, viewer: admin, pageSize: 3 });
    let inserted = false;
    const parts: Uint8Array[] = [];
    for await (const chunk of stream.chunks) {
      parts.push(chunk);
      if (!inserted) {
        // Behind the cursor (before every row read so far) and in the middle of what is still to come.
        table.push(row('att-early', -5), row('att-04b', 4));
        inserted = true;
      }
    }
    const records = parseCsv(new TextDecoder().decode(await collect(parts.values() as never)));
    const ids = records.slice(1).map((r) => r[0]);
    for (const r of initial) expect(ids.filter((id) => id === r.attempt_id)).toHaveLength(1);
    expect(ids).not.toContain('att-early');
    expect(new Set(ids).size).toBe(ids.length);
    expect(stream.audit.row_count).toBe(10);
  });

  it('should record the parameters really used in the audit entry: filters, time zone, now; no page size or cursor', async () => {
    const { fake, pages } = liveBackend(Array.from({ length: 7 }, (_, i) => row(`a${i}`, i)));
    const client = createClient({ adapter: fake.adapter });
    const now = '2026-02-01T00:00:00.000Z';
    const stream = await streamExport(client, {
      format: 'csv',
      params: { from: '2026-01-01', timezone: 'Europe/Berlin', now, activityIds: ['act-1'] },
      viewer: admin,
      pageSize: 2,
    });
    await collect(stream.chunks);
    expect(stream.audit.params).toEqual({ from: '2026-01-01', timezone: 'Europe/Berlin', now, activityIds: ['act-1'] });
    expect(pages.length).toBe(4);
    expect(pages.every((p) => p.limit === 2)).toBe(true);
    expect(pages.slice(1).every((p) => p.afterAttemptId !== undefined)).toBe(true);
  });

  it('should write the audit entry before the first byte and produce no bytes when it fails', async () => {
    const { fake } = liveBackend([row('a', 1)]);
    const client = createClient({ adapter: fake.adapter });
    const stream = await streamExport(client, { format: 'parquet', params: {}, viewer: admin });
    expect(fake.audits).toEqual([stream.audit]);
    const failing = liveBackend([row('a', 1)], true);
    await expect(streamExport(createClient({ adapter: failing.fake.adapter }), { format: 'parquet', params: {}, viewer: admin })).rejects.toBeInstanceOf(
      AuditWriteError,
    );
  });

  it('should stream Parquet in row groups that read back as the same rows', async () => {
    const initial = Array.from({ length: 2_500 }, (_, i) => row(`att-${String(i).padStart(5, '0')}`, i));
    const { fake } = liveBackend(initial);
    const client = createClient({ adapter: fake.adapter });
    const stream = await streamExport(client, { format: 'parquet', params: {}, viewer: admin, pageSize: 700, rowGroupRows: 1_000 });
    const chunks: Uint8Array[] = [];
    for await (const c of stream.chunks) chunks.push(c);
    // Magic, three row groups, footer: each row group leaves as soon as it is complete.
    expect(chunks.length).toBe(5);
    const bytes = await collect(chunks.values() as never);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(parquetMetadata(file).row_groups.map((g) => Number(g.num_rows))).toEqual([1_000, 1_000, 500]);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows).toHaveLength(2_500);
    expect(Object.keys(rows[0]!)).toEqual(exportColumns.map((c) => c.name));
    expect(rows[1]).toMatchObject({ attempt_id: 'att-00001', score: 1, talk_ms: null, duration_seconds: 61n, ended_at: null });
    expect((rows[1]!.started_at as Date).toISOString()).toBe(initial[1]!.started_at);
    expect(rows[0]!.score).toBeNull();
  });

  it('should write the same Parquet bytes with its row groups encoded on a worker thread as in this thread', async () => {
    const initial = Array.from({ length: 3_000 }, (_, i) => ({
      ...row(`att-${String(i).padStart(5, '0')}`, i),
      user_id: `l${i % 37}`,
      display_name: i % 3 === 0 ? `Zoë 山 ${i % 37}` : `Ann ${i % 37}`,
      team_id: i % 4 === 0 ? null : `t${i % 5}`,
    }));
    const bytes = async (parquetWorker: boolean) => {
      const stream = await streamExport(createClient({ adapter: liveBackend(initial).fake.adapter }), {
        format: 'parquet', params: {}, viewer: admin, pageSize: 400, rowGroupRows: 1_000, parquetWorker,
      });
      return collect(stream.chunks);
    };
    const inWorker = await bytes(true);
    const here = await bytes(false);
    expect(inWorker.length).toBe(here.length);
    expect(Buffer.compare(inWorker, here)).toBe(0);
    const rows = (await parquetReadObjects({ file: inWorker.buffer.slice(inWorker.byteOffset, inWorker.byteOffset + inWorker.byteLength) as ArrayBuffer })) as Record<string, unknown>[];
    expect(rows.map((r) => r.attempt_id)).toEqual(initial.map((r) => r.attempt_id));
    expect(rows[3]).toMatchObject({ display_name: 'Zoë 山 3', team_id: 't3' });
  });

  it('should stream CSV that equals the whole-file encoding, header first', async () => {
    const initial = Array.from({ length: 25 }, (_, i) => row(`att-${String(i).padStart(2, '0')}`, i));
    const { fake } = liveBackend(initial);
    const stream = await streamExport(createClient({ adapter: fake.adapter }), { format: 'csv', params: {}, viewer: admin, pageSize: 10 });
    const text = new TextDecoder().decode(await collect(stream.chunks));
    expect(text).toBe(toCsv(exportColumns.map((c) => c.name), initial));
  });

  it('should give a header-only CSV and an empty Parquet file for no rows', async () => {
    const csv = await streamExport(createClient({ adapter: liveBackend([]).fake.adapter }), { format: 'csv', params: {}, viewer: admin });
    expect(new TextDecoder().decode(await collect(csv.chunks))).toBe(`${exportColumns.map((c) => c.name).join(',')}\r\n`);
    const parquet = await streamExport(createClient({ adapter: liveBackend([]).fake.adapter }), { format: 'parquet', params: {}, viewer: admin });
    const bytes = await collect(parquet.chunks);
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(rows).toEqual([]);
  });
});

describe('streamExport validation of every page', () => {
  // 25 rows in pages of 10: row 15 of the table is row 5 of the second page.
  const table = () => Array.from({ length: 25 }, (_, i) => row(`att-${String(i).padStart(2, '0')}`, i));

  for (const format of ['parquet', 'csv'] as const) {
    for (const [field, value] of [['score', 'high'], ['ended_at', '2026-02-30T00:00:00.000Z'], ['display_name', null]] as const) {
      it(`should refuse a ${format} export whose adapter answers ${field} = ${String(value)} mid-page, naming the row and field`, async () => {
        const rows = table();
        (rows[15] as Record<string, unknown>)[field] = value;
        const { fake } = liveBackend(rows);
        const stream = await streamExport(createClient({ adapter: fake.adapter }), { format, params: {}, viewer: admin, pageSize: 10 });
        const error = await collect(stream.chunks).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ResultValidationError);
        expect(error).toMatchObject({ code: 'INVALID_RESULT', query: 'exportRows', adapter: 'fake' });
        const issues = (error as ResultValidationError).issues;
        expect(issues[0]!.path).toBe(`rows.5.${field}`);
        expect((error as Error).message).toContain(`rows.5.${field}`);
      });
    }
  }

  it('should refuse a malformed first page before writing the audit entry', async () => {
    const rows = table();
    (rows[3] as Record<string, unknown>).duration_seconds = '60';
    const { fake } = liveBackend(rows);
    const error = await streamExport(createClient({ adapter: fake.adapter }), { format: 'parquet', params: {}, viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultValidationError);
    expect((error as ResultValidationError).issues[0]!.path).toBe('rows.3.duration_seconds');
    expect(fake.audits).toEqual([]);
  });

  it('should drop keys an adapter adds beyond the schema', async () => {
    const rows = table().map((r) => ({ ...r, password_hash: 'x' }));
    const { fake } = liveBackend(rows as never);
    const csv = await streamExport(createClient({ adapter: fake.adapter }), { format: 'csv', params: {}, viewer: admin, pageSize: 10 });
    expect(new TextDecoder().decode(await collect(csv.chunks))).toBe(toCsv(exportColumns.map((c) => c.name), table()));
    const parquet = await streamExport(createClient({ adapter: fake.adapter }), { format: 'parquet', params: {}, viewer: admin, pageSize: 10 });
    const bytes = await collect(parquet.chunks);
    const back = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })) as Record<string, unknown>[];
    expect(Object.keys(back[0]!)).toEqual(exportColumns.map((c) => c.name));
  });
});

describe('streamExport with an adapter that ignores the keyset cursor', () => {
  it('should fall back to offset paging instead of repeating the first page', async () => {
    const table = Array.from({ length: 8 }, (_, i) => row(`att-${i}`, i));
    const fake = createFakeAdapter({
      answers: {
        exportRows: (request) => {
          const p = request.params as { limit: number; offset: number };
          return { total: table.length, rows: table.slice(p.offset, p.offset + p.limit) };
        },
      },
    });
    const stream = await streamExport(createClient({ adapter: fake.adapter }), { format: 'csv', params: {}, viewer: admin, pageSize: 3 });
    const ids = parseCsv(new TextDecoder().decode(await collect(stream.chunks))).slice(1).map((r) => r[0]);
    expect(ids).toEqual(table.map((r) => r.attempt_id));
  });
});
