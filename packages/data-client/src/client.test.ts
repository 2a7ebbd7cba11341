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
  OUT_OF_SCOPE_MESSAGE,
  VIEWER_NOT_MEMBER_MESSAGE,
} from './errors.js';
import { pseudonymFor, type PrivacyPolicy } from './privacy.js';
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

const period = { from: '2026-11-01', to: '2026-12-01', previousFrom: '2026-10-01', previousTo: '2026-11-01' };
const row = (rank: number, userId: string, displayName: string) => ({
  rank, userId, displayName, avgScore: 100 - rank, attempts: 1, totalDurationSeconds: 50, avgTalkPercentage: null, previousRank: null,
});
// Five learners ranked: as many as the default small-group threshold allows a learner to see.
const board = {
  period,
  total: 5,
  rows: [row(1, 'l2', 'Zoë Real'), row(2, 'l1', 'Ann Self'), row(3, 'x3', 'Three Real'), row(4, 'x4', 'Four Real'), row(5, 'x5', 'Five Real')],
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
    const cases: [string, Viewer, Parameters<ReturnType<typeof createClient>['query']>[1]][] = [
      ['a learner asking for another learner', learner1, { userIds: ['l2'] }],
      ['a manager asking for a learner of another team', manager1, { userIds: ['l3'] }],
      ['a manager asking for another team', manager1, { teamId: 't2' }],
      ['anyone asking for another org by id', admin, { orgId: 'B' }],
      ['an admin asking for a user of another org', admin, { userIds: ['bl1'] }],
      ['an admin asking for a team of another org', admin, { teamId: 'tb' }],
      ['an admin asking for a user that does not exist', admin, { userIds: ['nobody'] }],
    ];
    for (const [label, viewer, params] of cases) {
      it(`should refuse ${label} with the one out-of-scope ScopeError and read no rows`, async () => {
        const fake = createFakeAdapter({ answers: { scoreTrend: () => ({ bucket: 'week', points: [] }) } });
        const client = createClient({ adapter: fake.adapter });
        const error = await client.query('scoreTrend', params as never, { viewer }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ScopeError);
        expect((error as Error).message).toBe(OUT_OF_SCOPE_MESSAGE);
        expect(fake.runs).toHaveLength(0);
      });
    }

    // Regression (issue 8): the messages told another org's ids, a member outside the team and unknown ids apart.
    it('should not let anyone tell members from strangers by the error', async () => {
      const client = createClient({ adapter: createFakeAdapter({ answers: { scoreTrend: () => ({ bucket: 'week', points: [] }) } }).adapter });
      const outcome = (viewer: Viewer, params: object) =>
        client.query('scoreTrend', params as never, { viewer }).then(
          () => 'answered',
          (e: ScopeError) => JSON.stringify(e.toJSON()),
        );
      const byManager = await Promise.all([outcome(manager1, { userIds: ['l3'] }), outcome(manager1, { userIds: ['bl1'] }), outcome(manager1, { userIds: ['ghost'] })]);
      const teams = await Promise.all([outcome(manager1, { teamId: 't2' }), outcome(manager1, { teamId: 'tb' }), outcome(manager1, { teamId: 'no-team' })]);
      const byAdmin = await Promise.all([outcome(admin, { userIds: ['bl1'] }), outcome(admin, { userIds: ['ghost'] })]);
      expect(new Set([...byManager, ...teams, ...byAdmin]).size).toBe(1);
      expect(byManager[0]).toContain('"code":"SCOPE"');
    });

    it('should let a learner ask for personal stats of no one but themselves', async () => {
      const fake = createFakeAdapter();
      const client = createClient({ adapter: fake.adapter });
      await expect(client.query('personalStats', { userId: 'l2' }, { viewer: learner1 })).rejects.toBeInstanceOf(ScopeError);
      expect(fake.runs).toHaveLength(0);
    });

    // Regression (issue 8): a learner could name a teammate on the leaderboard and read off the teammate's pseudonym.
    it('should refuse a learner naming a teammate on the leaderboard, before the adapter is asked', async () => {
      const fake = createFakeAdapter({ answers: { leaderboard: () => board } });
      const client = createClient({ adapter: fake.adapter });
      const error = await client.query('leaderboard', { userIds: ['l2'] }, { viewer: learner1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScopeError);
      expect(fake.events).toEqual([]);
      await expect(client.query('leaderboard', { userIds: ['l1'] }, { viewer: learner1 })).resolves.toBeDefined();
    });

    it('should default personal stats to the viewer', async () => {
      const fake = createFakeAdapter({ answers: { personalStats: () => ({}) } });
      const client = createClient({ adapter: fake.adapter });
      await client.query('personalStats', {}, { viewer: learner1 }).catch(() => undefined);
      expect(fake.runs[0]!.params).toMatchObject({ userId: 'l1' });
    });

    it('should refuse a viewer the backend does not know in that role, whatever the reason, with one message', async () => {
      const client = createClient({ adapter: createFakeAdapter().adapter });
      const messages = await Promise.all(
        [
          { userId: 'l1', role: 'admin', orgId: 'A' },
          { userId: 'ghost', role: 'admin', orgId: 'A' },
          { userId: 'a1', role: 'admin', orgId: 'B' },
          { userId: 'a1', role: 'admin', orgId: 'Z' },
        ].map((viewer) => client.query('orgOverview', {}, { viewer: viewer as Viewer }).catch((e: ScopeError) => `${e.code}: ${e.message}`)),
      );
      expect(new Set(messages)).toEqual(new Set([`SCOPE: ${VIEWER_NOT_MEMBER_MESSAGE}`]));
    });

    it('should let a manager read their own team', async () => {
      const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
      const client = createClient({ adapter: fake.adapter });
      await client.query('orgOverview', { teamId: 't1', userIds: ['l1', 'l2'] }, { viewer: manager1 });
      expect(fake.runs[0]!.scope.userIds).toEqual(['l1', 'l2', 'm1']);
    });

    it('should resolve the scope once per query, inside the adapter call', async () => {
      const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
      await createClient({ adapter: fake.adapter }).query('orgOverview', {}, { viewer: manager1 });
      expect(fake.events).toEqual(['run:orgOverview']);
      expect(fake.runs).toHaveLength(1);
    });

    it('should drop an answer computed under a scope for another viewer', async () => {
      const fake = createFakeAdapter({ answers: { orgOverview: () => overview }, scope: (s) => ({ ...s, viewer: admin, userIds: null }) });
      const error = await createClient({ adapter: fake.adapter }).query('orgOverview', {}, { viewer: manager1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScopeError);
    });

    it('should drop an answer whose scope does not cover the team or users asked for', async () => {
      const narrower = createFakeAdapter({ answers: { orgOverview: () => overview }, scope: (s) => ({ ...s, teamIds: [], userIds: ['m1'] }) });
      const client = createClient({ adapter: narrower.adapter });
      await expect(client.query('orgOverview', { teamId: 't1' }, { viewer: manager1 })).rejects.toBeInstanceOf(ScopeError);
      await expect(client.query('orgOverview', { userIds: ['l1'] }, { viewer: manager1 })).rejects.toBeInstanceOf(ScopeError);
    });

    it('should refuse an answer without the scope it was computed under', async () => {
      const fake = createFakeAdapter({ answers: { orgOverview: () => overview }, scope: () => undefined });
      const error = await createClient({ adapter: fake.adapter }).query('orgOverview', {}, { viewer: admin }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResultValidationError);
      expect((error as Error).message).toMatch(/scope/);
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
      expect(result.rows[0]!.userId).toMatch(/^peer-[0-9a-z]{16}$/);
      expect(result.rows[0]!.displayName).toMatch(/^Learner [0-9A-Z]{6}$/);
      expect(JSON.stringify(result)).not.toMatch(/Zoë|Real|"l2"|"x3"/);
      expect(result.suppressed).toBeUndefined();
    });

    it('should give the same pseudonym on every call so movement can be followed', async () => {
      const client = createClient({ adapter: createFakeAdapter({ answers: { leaderboard: () => board } }).adapter });
      const a = await client.query('leaderboard', {}, { viewer: learner1 });
      const b = await client.query('leaderboard', {}, { viewer: learner1 });
      expect(a.rows[0]!.userId).toBe(b.rows[0]!.userId);
    });

    // Regression (issue 8): pseudonyms were an unkeyed hash of org and id, computable by anyone for sequential ids.
    it('should key pseudonyms by the host secret and its version, so ids alone do not give them', async () => {
      const peerOf = async (privacy: PrivacyPolicy) =>
        (await createClient({ adapter: createFakeAdapter({ answers: { leaderboard: () => board } }).adapter, privacy }).query('leaderboard', {}, { viewer: learner1 })).rows[0]!.userId;
      const secret = 'a-host-secret-of-some-length';
      const keyed = await peerOf({ pseudonymSalt: secret });
      expect(await peerOf({ pseudonymSalt: secret })).toBe(keyed);
      expect(keyed).toBe((await pseudonymFor('A', 'l2', secret)).userId);
      expect(await peerOf({ pseudonymSalt: 'another-host-secret-entirely' })).not.toBe(keyed);
      expect(await peerOf({ pseudonymSalt: secret, pseudonymKeyId: '2' })).not.toBe(keyed);
      // Without a host secret the runtime draws one at random: clients agree, yet no one can compute them from ids.
      expect(await peerOf({})).toBe(await peerOf({}));
      expect(await peerOf({})).not.toBe((await pseudonymFor('A', 'l2', '')).userId);
      // Keyed per org: the same id in another org gets an unrelated pseudonym.
      expect((await pseudonymFor('B', 'l2', secret)).userId).not.toBe(keyed);
    });

    it('should refuse a policy that would weaken it silently', () => {
      const adapter = createFakeAdapter().adapter;
      expect(() => createClient({ adapter, privacy: { smallGroupThreshold: 0 } })).toThrow(TypeError);
      expect(() => createClient({ adapter, privacy: { pseudonymSalt: '' } })).toThrow(TypeError);
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

    // Regression (issue 8): in a team of three, a learner's board showed each peer's figures.
    it('should suppress a board of fewer learners than the small-group threshold for a learner', async () => {
      const small = { period, total: 3, rows: board.rows.slice(0, 3).map((r, i) => ({ ...r, rank: i + 1 })) };
      const answers = { leaderboard: () => small };
      const learnerView = await createClient({ adapter: createFakeAdapter({ answers }).adapter }).query('leaderboard', {}, { viewer: learner1 });
      expect(learnerView).toMatchObject({ suppressed: true, total: 0, rows: [] });
      const named = createClient({ adapter: createFakeAdapter({ answers }).adapter, privacy: { showPeerNames: true } });
      expect(await named.query('leaderboard', {}, { viewer: learner1 })).toMatchObject({ suppressed: true, rows: [] });
      const lowered = createClient({ adapter: createFakeAdapter({ answers }).adapter, privacy: { smallGroupThreshold: 3 } });
      expect((await lowered.query('leaderboard', {}, { viewer: learner1 })).rows).toHaveLength(3);
      const managerView = await createClient({ adapter: createFakeAdapter({ answers }).adapter }).query('leaderboard', {}, { viewer: manager1 });
      expect(managerView.rows).toHaveLength(3);
      expect(managerView.suppressed).toBeUndefined();
    });

    it('should not suppress a board that shows the learner only themselves', async () => {
      const own = { period, total: 1, rows: [{ ...board.rows[1]!, rank: 1 }] };
      const client = createClient({ adapter: createFakeAdapter({ answers: { leaderboard: () => own } }).adapter });
      expect((await client.query('leaderboard', { userIds: ['l1'] }, { viewer: learner1 })).rows).toEqual(own.rows);
    });
  });
});
