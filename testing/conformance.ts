/**
 * The shared adapter conformance suite: an adapter must answer every catalog query exactly as the mock engine does
 * on the same data.
 *
 *   import { describeConformance } from '../../../testing/conformance.js';
 *
 *   describeConformance('postgres', async (dataset) => {
 *     const db = await loadTables(dataset);   // tableRows(dataset, table) of @learnlens/mock, for each of tableNames
 *     return { adapter: createPostgresAdapter({ pool: db.pool }), close: () => db.stop() };
 *   });
 *
 * `setup(dataset, { privacy })` gets the conformance dataset (`createMockDataset({ seed: 7, orgs: 3, learnersPerOrg:
 * 14, teamSize: 7, days: 90 })` plus an org with members and no facts, "org-empty", and an org of tied scores and
 * names with attempts around a DST change, "org-ties"), loads it into the backend and returns the adapter and a
 * `close`. An adapter that needs its own client (the HTTP adapter, whose exports go through the server) returns it as
 * `client`; a server in between must pseudonymise with the `privacy` given.
 *
 * The suite then compares, against the mock adapter over the same dataset (numbers within 1e-9 relative):
 *   - every catalog query, for viewers of every role and parameter sets over time zones (DST included), ranges,
 *     teamId, userIds, activityIds, buckets, periods, sorting and paging;
 *   - the ScopeError (name, code, message) of requests outside the viewer's scope, one message whatever the reason
 *     (another org, outside the team, a teammate named by a learner, no such id), so members and strangers look alike;
 *   - adversarial parameters: SQL in filter values, another org's id, tenant columns and unknown keys as filters;
 *   - exports, CSV and Parquet: the audit entry (format, org, row count, viewer, filters) and the file's rows;
 *   - the scope `run` answers under, for every user (skip with `{ scopes: false }` when the adapter defers scope to a
 *     server);
 * and finally checks that the data is still all there. Where the mock itself is wrong, list the case in
 * `knownDivergences` with the reason, rather than weakening the comparison.
 */
import {
  createClient,
  OUT_OF_SCOPE_MESSAGE,
  queryNames,
  VIEWER_NOT_MEMBER_MESSAGE,
  type BackendAdapter,
  type ExportFormat,
  type LearnlensClient,
  type QueryName,
  type QueryRequest,
  type Viewer,
} from '@learnlens/data-client';
import { createMockAdapter, type MockDataset } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesFor, requiredParams, type Params, type RequestCase } from './conformance/cases.js';
import { differences, exportOutcome, queryOutcome, type Outcome } from './conformance/compare.js';
import { conformanceDataset } from './conformance/dataset.js';
import { TZ_ADMIN, TZ_ORG } from './conformance/timeZoneData.js';
import { startTimeZoneOracle, timeZoneCases, type TimeZoneOracle } from './conformance/timeZones.js';

export { conformanceDataset, EMPTY_ORG, NOW as CONFORMANCE_NOW, TIES_ORG } from './conformance/dataset.js';
export { differences } from './conformance/compare.js';

/** What `setup` is given besides the dataset. */
export interface ConformanceContext {
  /** The privacy policy the reference client uses; a server in front of the adapter must use the same. */
  privacy: { pseudonymSalt: string };
}

/** What `setup` returns: the adapter under test, optionally the client to use with it, and how to release it. */
export interface ConformanceTarget {
  adapter: BackendAdapter;
  /** The client queries and exports go through (default: `createClient({ adapter, privacy })`). */
  client?: LearnlensClient;
  close(): Promise<void>;
}

/** A case where the mock departs from the catalog definition, so the adapter's (correct) answer is not compared. */
export interface KnownDivergence {
  query: QueryName;
  affects(params: Params, viewer: Viewer): boolean;
  why: string;
}

/** Options of `describeConformance`. */
export interface ConformanceOptions {
  knownDivergences?: readonly KnownDivergence[];
  /** Compare the scope `adapter.run` answers under with the mock's, for every user (default true). */
  scopes?: boolean;
}

// The end of the data: the last check sees every attempt of every org.
const CHECK_NOW = '2026-10-31T23:59:59.000Z';
const PRIVACY = { pseudonymSalt: 'learnlens-conformance-salt' };

// Requests in flight at once: enough to overlap round trips to a server or database, few enough for a small pool.
const CONCURRENCY = 8;

async function inBatches<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY) results.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(run))));
  return results;
}

function report(label: string, params: Params, actual: Outcome, expected: Outcome): string | null {
  const found = differences(actual, expected);
  return found.length === 0 ? null : `${label} ${JSON.stringify(params)}:\n    ${found.slice(0, 5).join('\n    ')}`;
}

/** Declares the conformance tests of one adapter (see the top of this file). */
// Each case below sends hundreds of requests; on a busy 2-core machine ClickHouse's personalStats case took over
// the 60 s default, so the cases get room (a stuck backend still fails, just later).
const CASE_TIMEOUT_MS = 240_000;

export function describeConformance(
  label: string,
  setup: (dataset: MockDataset, context: ConformanceContext) => Promise<ConformanceTarget>,
  options: ConformanceOptions = {},
): void {
  const dataset = conformanceDataset();
  const cases = casesFor(dataset);
  const divergences = options.knownDivergences ?? [];
  const diverges = (name: QueryName, params: Params, viewer: Viewer) => divergences.some((d) => d.query === name && d.affects(params, viewer));

  describe(`${label} conforms to the mock engine`, () => {
    const reference = createClient({ adapter: createMockAdapter({ dataset }), privacy: PRIVACY });
    let target: ConformanceTarget | undefined;
    let candidate: LearnlensClient;

    beforeAll(async () => {
      target = await setup(dataset, { privacy: PRIVACY });
      candidate = target.client ?? createClient({ adapter: target.adapter, privacy: PRIVACY });
    });
    afterAll(() => target?.close());

    async function compare(name: QueryName, c: RequestCase): Promise<{ problem: string | null; expected: Outcome }> {
      const params = { ...c.params, ...requiredParams(name, c.viewer, c.params, dataset) };
      const [expected, actual] = await Promise.all([queryOutcome(reference, name, params, c.viewer), queryOutcome(candidate, name, params, c.viewer)]);
      return { problem: report(c.label, params, actual, expected), expected };
    }

    it.each(queryNames)('%s gives the same results for every viewer and parameter set', async (name) => {
      const requests = cases.viewers().flatMap((v) =>
        cases.paramSets(name, v).flatMap((params) => (diverges(name, params, v.viewer) ? [] : [{ label: v.label, viewer: v.viewer, params }])),
      );
      const outcomes = await inBatches(requests, (c) => compare(name, c));
      const problems = outcomes.flatMap((o) => (o.problem ? [o.problem] : []));
      expect(problems.slice(0, 10).join('\n')).toBe('');
      expect(outcomes.filter((o) => 'ok' in o.expected).length).toBeGreaterThan(10);
    }, CASE_TIMEOUT_MS);

    describe('local time agrees with PostgreSQL', () => {
      const zoneCases = timeZoneCases();
      const viewer: Viewer = { userId: TZ_ADMIN, role: 'admin', orgId: TZ_ORG };
      let oracle: TimeZoneOracle | undefined;
      beforeAll(async () => {
        oracle = await startTimeZoneOracle(dataset);
      });
      afterAll(() => oracle?.stop());

      it.each([...zoneCases.keys()])('in %s, every bucket, window and period as PostgreSQL gives it', async (zone) => {
        const problems = await inBatches(zoneCases.get(zone)!, async (c) => {
          const [expected, outcome] = await Promise.all([c.expected(oracle!), queryOutcome(candidate, c.query, c.params, viewer)]);
          if (!('ok' in outcome)) return `${c.label}: ${JSON.stringify(outcome.error)}`;
          const found = differences(c.pick(outcome.ok), expected);
          return found.length === 0 ? null : `${c.label} ${JSON.stringify(c.params)}:\n    ${found.slice(0, 5).join('\n    ')}`;
        });
        expect(problems.filter((p) => p !== null).slice(0, 8).join('\n')).toBe('');
      }, CASE_TIMEOUT_MS);
    });

    it.each(queryNames)('%s refuses out-of-scope requests with the same ScopeError', async (name) => {
      const problems: string[] = [];
      for (const c of cases.outOfScope(name)) {
        if (diverges(name, c.params, c.viewer)) continue;
        const { problem, expected } = await compare(name, c);
        // One message per kind, whatever the reason: an attacker cannot tell a member from a stranger by it.
        const message = c.viewerRefused ? VIEWER_NOT_MEMBER_MESSAGE : OUT_OF_SCOPE_MESSAGE;
        expect(expected, c.label).toMatchObject({ error: { name: 'ScopeError', code: 'SCOPE', message } });
        if (problem) problems.push(problem);
      }
      expect(problems.join('\n')).toBe('');
    }, CASE_TIMEOUT_MS);

    it.each(queryNames)('%s treats adversarial parameters as the mock does', async (name) => {
      const problems: string[] = [];
      for (const c of cases.adversarial(name)) {
        if (diverges(name, c.params, c.viewer)) continue;
        const { problem, expected } = await compare(name, c);
        if (c.refused) expect(expected, c.label).toMatchObject({ error: { code: c.refused } });
        if (problem) problems.push(problem);
      }
      expect(problems.join('\n')).toBe('');
    }, CASE_TIMEOUT_MS);

    it.each(['csv', 'parquet'] as const)('exports the same %s files with the same audit entries', async (format: ExportFormat) => {
      const problems: string[] = [];
      let exported = 0;
      for (const c of cases.exports()) {
        const request = { format, params: c.params, viewer: c.viewer };
        const [expected, actual] = await Promise.all([exportOutcome(reference, request), exportOutcome(candidate, request)]);
        if (c.refused) expect(expected, c.label).toMatchObject({ error: { code: c.refused } });
        if ('ok' in expected) {
          exported++;
          const { audit } = expected.ok as { audit: Record<string, unknown> };
          expect(audit, c.label).toMatchObject({ format, org_id: c.viewer.orgId, user_id: c.viewer.userId, role: c.viewer.role });
        }
        const problem = report(c.label, c.params, actual, expected);
        if (problem) problems.push(problem);
      }
      expect(problems.slice(0, 10).join('\n')).toBe('');
      expect(exported).toBeGreaterThan(5);
    }, CASE_TIMEOUT_MS);

    if (options.scopes !== false) {
      it('answers under the same scope as the mock for every user', async () => {
        const params = reference.parseParams('orgOverview', { now: CHECK_NOW });
        const someone = (orgId: string) => dataset.users.find((x) => x.org_id === orgId && x.role === 'learner')?.user_id;
        const scopeOf = (adapter: BackendAdapter, request: QueryRequest) =>
          adapter.run(request).then(
            (answer) => ({ ok: answer.scope }),
            (error: Error & { code?: string }) => ({ error: { name: error.name, code: error.code, message: error.message } }),
          );
        for (const u of dataset.users) {
          const viewer: Viewer = { userId: u.user_id, role: u.role, orgId: u.org_id };
          const named = someone(u.org_id);
          const requests: QueryRequest[] = [
            { name: 'orgOverview', params, viewer },
            { name: 'orgOverview', params: { ...params, userIds: named ? [named] : [] }, viewer },
            { name: 'orgOverview', params: { ...params, teamId: u.team_id ?? 'no-such-team' }, viewer },
          ];
          for (const request of requests) {
            const [expected, actual] = await Promise.all([scopeOf(reference.adapter, request), scopeOf(target!.adapter, request)]);
            expect(actual, `${u.user_id} ${JSON.stringify(request.params)}`).toEqual(expected);
          }
        }
      });
    }

    it('still holds every row after the adversarial requests', async () => {
      const problems: string[] = [];
      for (const v of cases.viewers().filter((x) => x.viewer.role === 'admin')) {
        for (const name of ['orgOverview', 'recentAttempts'] as const) {
          const params = name === 'recentAttempts' ? { now: CHECK_NOW, limit: 1000 } : { now: CHECK_NOW };
          const { problem } = await compare(name, { label: v.label, viewer: v.viewer, params });
          if (problem) problems.push(problem);
        }
      }
      expect(problems.join('\n')).toBe('');
    });
  });
}
