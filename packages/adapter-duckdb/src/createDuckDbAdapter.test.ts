import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, isLearnlensError, type LearnlensClient, type Viewer } from '@learnlens/data-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuckDbAdapter, type DuckDbAdapter } from './createDuckDbAdapter.js';
import { openDatabase } from './database.js';
import { handBuilt } from './test-fixtures/handBuilt.js';
import { writeDataset } from './test-fixtures/writeDataset.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'o1' };
const manager: Viewer = { userId: 'm1', role: 'manager', orgId: 'o1' };
const learner: Viewer = { userId: 'l1', role: 'learner', orgId: 'o1' };
const otherAdmin: Viewer = { userId: 'a2', role: 'admin', orgId: 'o2' };
const base = { now: '2026-10-20T12:00:00.000Z', timezone: 'Europe/Berlin' };

const root = mkdtempSync(join(tmpdir(), 'learnlens-duckdb-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function expectScopeError(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isLearnlensError(error, 'SCOPE')).toBe(true);
}

describe.each(['parquet', 'csv'] as const)('createDuckDbAdapter over %s (hand-built data)', (format) => {
  let adapter: DuckDbAdapter;
  let client: LearnlensClient;
  beforeAll(async () => {
    const dir = join(root, format);
    await writeDataset(dir, format, (t) => handBuilt[t]);
    adapter = await createDuckDbAdapter({ dir, format, threads: 1 });
    client = createClient({ adapter, privacy: { showPeerNames: true } });
  });
  afterAll(() => adapter.close());

  it('answers orgOverview for the whole org', async () => {
    expect(await client.query('orgOverview', base, { viewer: admin })).toEqual({
      activeUsers: 3,
      totalAttempts: 6,
      avgScore: 470 / 6,
      lastActivity: '2026-10-19T10:03:20.000Z',
      attemptsLast7Days: 1,
      attemptsLast30Days: 5,
      attemptsPrevious7Days: 2,
      attemptsPrevious30Days: 1,
    });
    const other = await client.query('orgOverview', base, { viewer: otherAdmin });
    expect(other.totalAttempts).toBe(1);
  });

  it('ranks the month with shared ranks and the previous month, within the viewer scope', async () => {
    const board = await client.query('leaderboard', { ...base, period: 'month' }, { viewer: admin });
    expect(board.period).toEqual({ from: '2026-10-01', to: '2026-11-01', previousFrom: '2026-09-01', previousTo: '2026-10-01' });
    expect(board.rows.map((r) => [r.userId, r.rank, r.avgScore, r.attempts, r.totalDurationSeconds, r.avgTalkPercentage, r.previousRank])).toEqual([
      ['l1', 1, 85, 2, 900, 30, 2],
      ['l2', 1, 85, 1, 400, 50, null],
      ['l3', 3, 70, 1, 200, null, 1],
    ]);
    const team = await client.query('leaderboard', { ...base, period: 'month' }, { viewer: manager });
    expect(team.rows.map((r) => [r.userId, r.rank, r.previousRank])).toEqual([
      ['l1', 1, 1],
      ['l2', 1, null],
    ]);
    const page = await client.query('leaderboard', { ...base, sort: '-displayName', limit: 1, offset: 1 }, { viewer: admin });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.userId)).toEqual(['l2']);
  });

  it('counts calendar days and weekday × hour in the requested zone', async () => {
    const berlin = await client.query('activityHeatmap', { ...base, from: '2026-10-01', to: '2026-10-08' }, { viewer: admin });
    expect(berlin).toEqual({ grid: 'calendar', bucket: 'day', cells: [{ date: '2026-10-06', attempts: 1, activeUsers: 1 }] });
    const utc = await client.query('activityHeatmap', { ...base, timezone: 'UTC', from: '2026-10-01', to: '2026-10-08' }, { viewer: admin });
    expect(utc.grid === 'calendar' && utc.cells.map((c) => c.date)).toEqual(['2026-10-05']);
    const grid = await client.query('activityHeatmap', { ...base, grid: 'weekdayHour', from: '2026-10-01', to: '2026-10-08' }, { viewer: admin });
    expect(grid).toEqual({ grid: 'weekdayHour', cells: [{ weekday: 2, hour: 0, attempts: 1, activeUsers: 1 }] });
  });

  it('answers the trends, insights and event counts', async () => {
    const trend = await client.query('scoreTrend', { ...base, bucket: 'month' }, { viewer: admin });
    expect(trend.points).toEqual([
      { bucketStart: '2026-09-01', avgScore: 72.5, attempts: 2, completedAttempts: 2, scoredAttempts: 2, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
      { bucketStart: '2026-10-01', avgScore: 81.25, attempts: 5, completedAttempts: 4, scoredAttempts: 4, submittedAttempts: 0, correctAttempts: 0, accuracy: null },
    ]);
    const mastery = await client.query('masteryTrend', base, { viewer: admin });
    expect(mastery.rows).toHaveLength(1);
    const m = mastery.rows[0]!;
    expect([m.bucketStart, m.learnersAffected, m.deltaCount]).toEqual(['2026-10-05', 2, 2]);
    expect(m.avgCurrentMastery).toBeCloseTo(0.5, 12);
    expect(m.bandLow).toBeCloseTo(0.5 - (1.96 * Math.SQRT2 * 0.1) / Math.SQRT2, 12);
    const insights = await client.query('activityInsights', base, { viewer: admin });
    expect(insights.rows.map((r) => [r.activityId, r.activityName, r.attemptCount, r.medianScore, r.avgDurationSeconds])).toEqual([
      ['act1', 'Cold call', 4, 75, 325],
      ['act2', 'Pricing', 2, 87.5, 200],
    ]);
    const events = await client.query('eventFrequency', { ...base, eventType: 'filler_word' }, { viewer: admin });
    expect(events.points).toEqual([
      { bucketStart: '2026-10-05', count: 2, attemptsWithEvent: 1 },
      { bucketStart: '2026-10-12', count: 1, attemptsWithEvent: 1 },
    ]);
    const summary = await client.query('learnerActivitySummary', base, { viewer: admin });
    expect(summary.rows).toEqual([
      { learnerId: 'l2', activityDate: '2026-10-13', dailyEvents: 1, hoursSpent: 0.5, sessions: 1, lessonsCompleted: 0, assessmentsCompleted: 0 },
      { learnerId: 'l1', activityDate: '2026-10-06', dailyEvents: 3, hoursSpent: 1, sessions: 1, lessonsCompleted: 1, assessmentsCompleted: 0 },
    ]);
  });

  it('pages recent attempts with nulls last and a total', async () => {
    const page = await client.query('recentAttempts', { ...base, sort: 'score', limit: 2 }, { viewer: admin });
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.attemptId)).toEqual(['x7', 'x6']);
    const last = await client.query('recentAttempts', { ...base, sort: '-score', limit: 1, offset: 6 }, { viewer: admin });
    expect(last.rows.map((r) => r.attemptId)).toEqual(['x4']);
    const beyond = await client.query('recentAttempts', { ...base, offset: 100 }, { viewer: admin });
    expect(beyond).toEqual({ total: 7, rows: [] });
    const exported = await client.query('exportRows', base, { viewer: learner });
    expect(exported.rows.map((r) => [r.attempt_id, r.average_band, r.org_ids, r.team_id])).toEqual([
      ['x7', 6.75, 'o1', 't1'],
      ['x1', 6.75, 'o1', 't1'],
      ['x2', 6.75, 'o1', 't1'],
    ]);
  });

  it('tracks assignments and personal stats', async () => {
    const progress = await client.query('assignmentProgress', base, { viewer: manager });
    expect(progress.rows.map((r) => [r.assignmentId, r.assigned, r.completed, r.completionRate, r.overdue, r.isOverdue])).toEqual([
      ['as1', 2, 2, 1, 0, false],
      ['as3', 2, 0, 0, 2, true],
      ['as2', 2, 1, 0.5, 0, false],
    ]);
    const mine = await client.query(
      'personalStats',
      { now: '2026-10-14T12:00:00.000Z', timezone: 'Europe/Berlin' },
      { viewer: { userId: 'l2', role: 'learner', orgId: 'o1' } },
    );
    expect(mine).toMatchObject({ userId: 'l2', attemptsThisWeek: 2, avgScoreThisWeek: 85, currentStreakDays: 2, totalAttempts: 2 });
  });

  it('resolves scope from its own tables and refuses what is out of scope', async () => {
    const overview = client.parseParams('orgOverview', base);
    const managed = await adapter.run({ name: 'orgOverview', params: { ...overview, userIds: ['l1'] }, viewer: manager });
    expect(managed.scope).toMatchObject({ teamIds: ['t1'], userIds: ['l1', 'l2', 'm1'] });
    const mate = await adapter.run({ name: 'orgOverview', params: overview, viewer: learner });
    expect(mate.scope).toMatchObject({ teamIds: ['t1'], userIds: ['l1'], peerUserIds: ['l1', 'l2'] });
    await expectScopeError(adapter.run({ name: 'orgOverview', params: { ...overview, userIds: ['l4', 'nobody'] }, viewer: manager }));
    await expectScopeError(client.query('orgOverview', { ...base, userIds: ['l3'] }, { viewer: learner }));
    await expectScopeError(client.query('orgOverview', { ...base, userIds: ['l4'] }, { viewer: admin }));
    await expectScopeError(client.query('orgOverview', { ...base, teamId: 't3' }, { viewer: admin }));
    await expectScopeError(client.query('orgOverview', base, { viewer: { ...admin, role: 'manager' } }));
    await expectScopeError(client.query('orgOverview', base, { viewer: { ...admin, orgId: 'o2' } }));
    await expectScopeError(client.query('orgOverview', base, { viewer: { ...admin, orgId: 'nope' } }));
  });

  it('ignores a scope smuggled into a request handed straight to run', async () => {
    const forged = { orgId: 'o1', viewer: learner, teamIds: null, userIds: null, peerUserIds: null };
    const params = client.parseParams('personalStats', { ...base, userId: 'l3' });
    await expectScopeError(adapter.run({ name: 'personalStats', params, viewer: learner, scope: forged } as never));
    const overview = client.parseParams('orgOverview', base);
    const own = await adapter.run({ name: 'orgOverview', params: overview, viewer: learner, scope: forged } as never);
    expect((own.result as { totalAttempts: number }).totalAttempts).toBe(3);
  });

  it('writes audit entries and reads them back', async () => {
    const result = await client.export({ format: 'csv', params: base, viewer: admin });
    expect(result.rowCount).toBe(7);
    const log = await adapter.auditLog({ orgId: 'o1' });
    expect(log.at(-1)).toEqual(result.audit);
    expect(await adapter.auditLog({ orgId: 'o2' })).toEqual([]);
  });

  it('rejects an aborted query with the signal reason', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(adapter.run({ name: 'orgOverview', params: client.parseParams('orgOverview', base), viewer: admin }, controller.signal)).rejects.toBe(reason);
  });
});

describe('file access', () => {
  it('cannot read any file once the dataset is loaded, nor switch access back on', async () => {
    const dir = join(root, 'locked');
    await writeDataset(dir, 'csv', (t) => handBuilt[t]);
    const secret = join(root, 'secret.csv');
    writeFileSync(secret, 'token\nhunter2\n');
    const { instance } = await openDatabase({ dir, format: 'csv' });
    const connection = await instance.connect();
    try {
      for (const sql of [
        `SELECT * FROM read_csv('${secret}')`,
        `SELECT * FROM '${join(dir, 'users.csv')}'`,
        `SELECT * FROM read_text('/etc/hostname')`,
        `COPY (SELECT 1) TO '${join(root, 'out.csv')}'`,
        `ATTACH '${join(root, 'other.duckdb')}' AS other`,
        'SET enable_external_access = true',
        'RESET enable_external_access',
      ]) {
        await expect(connection.run(sql), sql).rejects.toThrow(/Permission|disabled|locked/);
      }
      const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM users');
      expect(reader.getRowObjectsJS()[0]).toEqual({ n: 9n });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('keeps the audit log in a DuckDB file across restarts when asked to', async () => {
    const dir = join(root, 'durable');
    await writeDataset(dir, 'parquet', (t) => handBuilt[t]);
    const auditDatabase = join(root, 'audit.duckdb');
    const entry = {
      audit_id: 'au-1', at: '2026-10-20T12:00:00.000Z', org_id: 'o1', user_id: 'a1', role: 'admin' as const,
      action: 'export' as const, format: 'parquet' as const, row_count: 7, query: 'exportRows', params: { from: '2026-10-01' },
    };
    const first = await createDuckDbAdapter({ dir, format: 'parquet', auditDatabase });
    await first.writeAudit(entry);
    first.close();
    const second = await createDuckDbAdapter({ dir, format: 'parquet', auditDatabase });
    expect(await second.auditLog()).toEqual([entry]);
    second.close();
  });

  it('reads CSV columns by name, in any order', async () => {
    const dir = join(root, 'reordered');
    await writeDataset(dir, 'csv', (t) => handBuilt[t]);
    // No attempts cell holds a comma or a quote, so reversing the fields of each line reverses the columns.
    const lines = readFileSync(join(dir, 'attempts.csv'), 'utf8').trimEnd().split('\r\n');
    const reversed = lines.map((line) => line.split(',').reverse().join(','));
    writeFileSync(join(dir, 'attempts.csv'), `${reversed.join('\r\n')}\r\n`);
    const adapter = await createDuckDbAdapter({ dir, format: 'csv' });
    const overview = await createClient({ adapter }).query('orgOverview', base, { viewer: admin });
    expect([overview.totalAttempts, overview.avgScore]).toEqual([6, 470 / 6]);
    adapter.close();
  });

  it('needs the required tables and allows the optional ones to be missing', async () => {
    const dir = join(root, 'partial');
    await writeDataset(dir, 'csv', (t) => handBuilt[t]);
    rmSync(join(dir, 'events.csv'));
    const adapter = await createDuckDbAdapter({ dir, format: 'csv' });
    const client = createClient({ adapter });
    const events = await client.query('eventFrequency', { ...base, eventType: 'filler_word' }, { viewer: admin });
    expect(events.points).toEqual([]);
    adapter.close();
    rmSync(join(dir, 'attempts.csv'));
    await expect(createDuckDbAdapter({ dir, format: 'csv' })).rejects.toThrow(/attempts/);
  });
});
