import { describe, expect, it } from 'vitest';
import { catalog } from './catalog/index.js';
import { orgOverview } from './catalog/orgOverview.js';
import { createClient } from './client.js';
import { LearnlensError, UnknownQueryError, ValidationError } from './errors.js';
import { createLeanClient } from './leanClient.js';
import { createFakeAdapter } from './test-fixtures/fakeAdapter.js';
import type { Viewer } from './viewer.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'A' };
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

describe('createLeanClient', () => {
  it('should run a query handed as its definition, validated by its schemas', async () => {
    const client = createLeanClient({ adapter: createFakeAdapter({ answers: { orgOverview: () => overview } }).adapter });
    await expect(client.query(orgOverview, {}, { viewer: admin })).resolves.toEqual(overview);
    await expect(client.query(orgOverview, { from: 'yesterday' } as never, { viewer: admin })).rejects.toBeInstanceOf(ValidationError);
  });

  it('should answer a name it holds a definition for, and say what to do for any other', async () => {
    const answers = { orgOverview: () => overview };
    const bare = createLeanClient({ adapter: createFakeAdapter({ answers }).adapter });
    await expect(bare.query('orgOverview', {}, { viewer: admin })).rejects.toMatchObject({ code: 'UNKNOWN_QUERY', message: expect.stringContaining('queries: catalog') });
    await expect(bare.query('nope' as never, {} as never, { viewer: admin })).rejects.toBeInstanceOf(UnknownQueryError);
    // Once handed the definition, the name works too.
    await bare.query(orgOverview, {}, { viewer: admin });
    await expect(bare.query('orgOverview', {}, { viewer: admin })).resolves.toEqual(overview);
    const withCatalog = createLeanClient({ adapter: createFakeAdapter({ answers }).adapter, queries: catalog });
    await expect(withCatalog.query('orgOverview', {}, { viewer: admin })).resolves.toEqual(overview);
  });

  it('should validate parameters with the English messages classic zod gives', () => {
    const client = createLeanClient({ adapter: createFakeAdapter().adapter });
    expect(() => client.parseParams(orgOverview, { timezone: 'Mars/Olympus' })).toThrow(/timezone must be an IANA time zone/);
    expect(() => client.parseParams(orgOverview, { teamId: 5 })).toThrow('Invalid parameters for "orgOverview": teamId Invalid input: expected string, received number');
  });

  it('should refuse a result its definition does not allow', async () => {
    const client = createLeanClient({ adapter: createFakeAdapter({ answers: { orgOverview: () => ({ ...overview, avgScore: 'x' }) } }).adapter });
    await expect(client.query(orgOverview, {}, { viewer: admin })).rejects.toMatchObject({ code: 'INVALID_RESULT' });
  });

  it('should parse parameters by name once the query is known, and say what to do before', async () => {
    const client = createLeanClient({ adapter: createFakeAdapter().adapter });
    let thrown: unknown;
    try {
      client.parseParams('orgOverview', {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LearnlensError);
    expect((thrown as LearnlensError).code).toBe('UNKNOWN_QUERY');
    expect((thrown as Error).message).toContain('the "orgOverview" export of @learnlens/data-client');
    expect(client.parseParams(orgOverview, {}).timezone).toBe('UTC');
    expect(client.parseParams('orgOverview', {}).timezone).toBe('UTC');
  });
});

describe('createClient with a definition', () => {
  it('should validate with its own catalog, whatever object is handed in under the name', async () => {
    const client = createClient({ adapter: createFakeAdapter({ answers: { orgOverview: () => overview } }).adapter });
    const lax = { ...orgOverview, params: { safeParse: (p: unknown) => ({ success: true, data: p }) } };
    await expect(client.query(lax as never, { from: 'yesterday' } as never, { viewer: admin })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.query(orgOverview, {}, { viewer: admin })).resolves.toEqual(overview);
  });
});
