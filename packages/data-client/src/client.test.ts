import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import {
  AdapterError,
  ResultValidationError,
  ScopeError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  isTransientError,
} from './errors.js';
import { createFakeAdapter } from './test-fixtures/fakeAdapter.js';
import type { Viewer } from './viewer.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'A' };
const manager1: Viewer = { userId: 'm1', role: 'manager', orgId: 'A' };
const learner1: Viewer = { userId: 'l1', role: 'learner', orgId: 'A' };

const overview = {
  activeUsers: 2,
  totalAttempts: 3,
  avgScore: 70,
  lastActivity: '2026-11-01T10:00:00.000Z',
  attemptsLast7Days: 1,
  attemptsLast30Days: 3,
  attemptsPrevious7Days: 0,
  attemptsPrevious30Days: 0,
};

const board = {
  period: { from: '2026-11-01', to: '2026-12-01', previousFrom: '2026-10-01', previousTo: '2026-11-01' },
  total: 2,
  rows: [
    { rank: 1, userId: 'l2', displayName: 'Zoë Real', avgScore: 90, attempts: 2, totalDurationSeconds: 100, avgTalkPercentage: 40, previousRank: null },
    { rank: 2, userId: 'l1', displayName: 'Ann Self', avgScore: 80, attempts: 1, totalDurationSeconds: 50, avgTalkPercentage: null, previousRank: 1 },
  ],
};

describe('createClient', () => {
  it('should return the validated result with defaults applied to the parameters the adapter sees', async () => {
    const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
    const client = createClient({ adapter: fake.adapter });
    const result = await client.query('orgOverview', { now: '2026-11-02T00:00:00Z' }, { viewer: admin });
    expect(result).toEqual(overview);
    expect(fake.runs[0]!.params).toMatchObject({ timezone: 'UTC', now: '2026-11-02T00:00:00Z' });
    expect(fake.runs[0]!.scope).toMatchObject({ orgId: 'A', userIds: null });
  });

  it('should reject an unknown query name with the list of known ones', async () => {
    const client = createClient({ adapter: createFakeAdapter().adapter });
    // @ts-expect-error: not a catalog query
    const error = await client.query('topSecret', {}, { viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownQueryError);
    expect((error as Error).message).toContain('leaderboard');
  });

  it('should name every invalid parameter and never reach the adapter', async () => {
    const fake = createFakeAdapter();
    const client = createClient({ adapter: fake.adapter });
    const error = await client
      .query('scoreTrend', { from: '2026-13-01', bucket: 'year', timezone: 'Mars/Base' } as never, { viewer: admin })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['bucket', 'from', 'timezone']);
    expect((error as ValidationError).code).toBe('INVALID_PARAMS');
    expect(fake.runs).toHaveLength(0);
  });

  it('should reject unknown parameter names instead of silently ignoring a typo', async () => {
    const client = createClient({ adapter: createFakeAdapter().adapter });
    await expect(client.query('orgOverview', { form: '2026-01-01' } as never, { viewer: admin })).rejects.toThrow(/form/);
  });

  it('should reject a backwards date range and a range leaderboard without dates', async () => {
    const client = createClient({ adapter: createFakeAdapter().adapter });
    await expect(client.query('scoreTrend', { from: '2026-02-01', to: '2026-01-01' }, { viewer: admin })).rejects.toThrow(/after "from"/);
    await expect(client.query('leaderboard', { period: 'range' }, { viewer: admin })).rejects.toThrow(/needs both/);
  });

  it('should refuse a viewer without an active organization', async () => {
    const client = createClient({ adapter: createFakeAdapter().adapter });
    const error = await client.query('orgOverview', {}, { viewer: { userId: 'a1', role: 'admin', orgId: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('INVALID_VIEWER');
    expect((error as Error).message).toMatch(/active organization is required/);
  });

  it('should fail with UnsupportedQueryError when the adapter does not declare the query', async () => {
    const client = createClient({ adapter: createFakeAdapter({ supported: ['orgOverview'] }).adapter });
    await expect(client.query('masteryTrend', {}, { viewer: admin })).rejects.toBeInstanceOf(UnsupportedQueryError);
  });

  describe('scope', () => {
    const cases: [string, Viewer, Parameters<ReturnType<typeof createClient>['query']>[1], RegExp][] = [
      ['a learner asking for another learner', learner1, { userIds: ['l2'] }, /only read their own data/],
      ['a manager asking for a learner of another team', manager1, { userIds: ['l3'] }, /not in the teams managed by "m1"/],
      ['a manager asking for another team', manager1, { teamId: 't2' }, /own team/],
      ['anyone asking for another org by id', admin, { orgId: 'B' }, /out of scope/],
      ['an admin asking for a user of another org', admin, { userIds: ['bl1'] }, /not members of org "A"/],
      ['an admin asking for a team of another org', admin, { teamId: 'tb' }, /not a team of org "A"/],
    ];
    for (const [label, viewer, params, message] of cases) {
      it(`should refuse ${label} with a ScopeError and return no rows`, async () => {
        const fake = createFakeAdapter({ answers: { scoreTrend: () => ({ bucket: 'week', points: [] }) } });
        const client = createClient({ adapter: fake.adapter });
        const error = await client.query('scoreTrend', params as never, { viewer }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ScopeError);
        expect((error as Error).message).toMatch(message);
        expect(fake.runs).toHaveLength(0);
      });
    }

    it('should let a learner ask for personal stats of no one but themselves', async () => {
      const fake = createFakeAdapter();
      const client = createClient({ adapter: fake.adapter });
      await expect(client.query('personalStats', { userId: 'l2' }, { viewer: learner1 })).rejects.toBeInstanceOf(ScopeError);
      expect(fake.runs).toHaveLength(0);
    });

    it('should default personal stats to the viewer', async () => {
      const fake = createFakeAdapter({ answers: { personalStats: () => ({}) } });
      const client = createClient({ adapter: fake.adapter });
      await client.query('personalStats', {}, { viewer: learner1 }).catch(() => undefined);
      expect(fake.runs[0]!.params).toMatchObject({ userId: 'l1' });
    });

    it('should refuse a viewer the backend does not know in that role', async () => {
      const client = createClient({ adapter: createFakeAdapter().adapter });
      const error = await client.query('orgOverview', {}, { viewer: { userId: 'l1', role: 'admin', orgId: 'A' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AdapterError);
    });

    it('should let a manager read their own team', async () => {
      const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
      const client = createClient({ adapter: fake.adapter });
      await client.query('orgOverview', { teamId: 't1', userIds: ['l1', 'l2'] }, { viewer: manager1 });
      expect(fake.runs[0]!.scope.userIds).toEqual(['m1', 'l1', 'l2']);
    });
  });

  it('should reject a malformed adapter result with ResultValidationError naming the field', async () => {
    const client = createClient({ adapter: createFakeAdapter({ answers: { orgOverview: () => ({ ...overview, totalAttempts: '3' }) } }).adapter });
    const error = await client.query('orgOverview', {}, { viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultValidationError);
    expect((error as Error).message).toMatch(/totalAttempts/);
    expect(isTransientError(error)).toBe(false);
  });

  it('should wrap a raw adapter failure as a non-transient AdapterError and keep transient ones', async () => {
    const plain = createClient({ adapter: createFakeAdapter({ runError: new Error('socket hang up') }).adapter });
    const error = await plain.query('orgOverview', {}, { viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as Error).message).toMatch(/socket hang up/);
    const transient = new AdapterError('fake', 'timeout', { transient: true });
    const retrying = createClient({ adapter: createFakeAdapter({ runError: transient }).adapter });
    const again = await retrying.query('orgOverview', {}, { viewer: admin }).catch((e: unknown) => e);
    expect(again).toBe(transient);
    expect(isTransientError(again)).toBe(true);
  });

  it('should stop before the adapter when the signal is already aborted', async () => {
    const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
    const client = createClient({ adapter: fake.adapter });
    const controller = new AbortController();
    controller.abort(new Error('unmounted'));
    await expect(client.query('orgOverview', {}, { viewer: admin, signal: controller.signal })).rejects.toThrow('unmounted');
    expect(fake.runs).toHaveLength(0);
  });

  describe('peers on a leaderboard', () => {
    it('should pseudonymise every other learner for a learner, keeping their own row', async () => {
      const client = createClient({ adapter: createFakeAdapter({ answers: { leaderboard: () => board } }).adapter });
      const result = await client.query('leaderboard', {}, { viewer: learner1 });
      expect(result.rows[1]).toMatchObject({ userId: 'l1', displayName: 'Ann Self' });
      expect(result.rows[0]!.userId).toMatch(/^peer-/);
      expect(result.rows[0]!.displayName).toMatch(/^Learner [0-9A-Z]{6}$/);
      expect(JSON.stringify(result)).not.toContain('Zoë');
      expect(JSON.stringify(result)).not.toContain('"l2"');
    });

    it('should give the same pseudonym on every call so movement can be followed', async () => {
      const client = createClient({ adapter: createFakeAdapter({ answers: { leaderboard: () => board } }).adapter });
      const a = await client.query('leaderboard', {}, { viewer: learner1 });
      const b = await client.query('leaderboard', {}, { viewer: learner1 });
      expect(a.rows[0]!.userId).toBe(b.rows[0]!.userId);
    });

    it('should show real names to managers and when the host policy allows it', async () => {
      const answers = { leaderboard: () => board };
      const managerView = await createClient({ adapter: createFakeAdapter({ answers }).adapter }).query('leaderboard', {}, { viewer: manager1 });
      expect(managerView.rows[0]!.displayName).toBe('Zoë Real');
      const open = createClient({ adapter: createFakeAdapter({ answers }).adapter, privacy: { showPeerNames: true } });
      expect((await open.query('leaderboard', {}, { viewer: learner1 })).rows[0]!.displayName).toBe('Zoë Real');
    });

    it('should not sort pseudonymised peers by their real names', async () => {
      const fake = createFakeAdapter({ answers: { leaderboard: () => board } });
      await createClient({ adapter: fake.adapter }).query('leaderboard', { sort: 'displayName' }, { viewer: learner1 });
      expect(fake.runs[0]!.params).toMatchObject({ sort: 'rank' });
    });
  });
});
