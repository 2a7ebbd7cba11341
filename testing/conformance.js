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
 *   - the ScopeError (name, code, message) of requests outside the viewer's scope;
 *   - adversarial parameters: SQL in filter values, another org's id, tenant columns and unknown keys as filters;
 *   - exports, CSV and Parquet: the audit entry (format, org, row count, viewer, filters) and the file's rows;
 *   - the scope `resolveScope` returns for every user (skip with `{ resolveScope: false }` when the adapter defers
 *     scope to a server);
 * and finally checks that the data is still all there. Where the mock itself is wrong, list the case in
 * `knownDivergences` with the reason, rather than weakening the comparison.
 */
import { createClient, queryNames, } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesFor, requiredParams } from './conformance/cases.js';
import { differences, exportOutcome, queryOutcome } from './conformance/compare.js';
import { conformanceDataset } from './conformance/dataset.js';
export { conformanceDataset, EMPTY_ORG, NOW as CONFORMANCE_NOW, TIES_ORG } from './conformance/dataset.js';
export { differences } from './conformance/compare.js';
// The end of the data: the last check sees every attempt of every org.
const CHECK_NOW = '2026-10-31T23:59:59.000Z';
const PRIVACY = { pseudonymSalt: 'learnlens-conformance-salt' };
// Requests in flight at once: enough to overlap round trips to a server or database, few enough for a small pool.
const CONCURRENCY = 8;
async function inBatches(items, run) {
    const results = [];
    for (let i = 0; i < items.length; i += CONCURRENCY)
        results.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(run))));
    return results;
}
function report(label, params, actual, expected) {
    const found = differences(actual, expected);
    return found.length === 0 ? null : `${label} ${JSON.stringify(params)}:\n    ${found.slice(0, 5).join('\n    ')}`;
}
/** Declares the conformance tests of one adapter (see the top of this file). */
export function describeConformance(label, setup, options = {}) {
    const dataset = conformanceDataset();
    const cases = casesFor(dataset);
    const divergences = options.knownDivergences ?? [];
    const diverges = (name, params, viewer) => divergences.some((d) => d.query === name && d.affects(params, viewer));
    describe(`${label} conforms to the mock engine`, () => {
        const reference = createClient({ adapter: createMockAdapter({ dataset }), privacy: PRIVACY });
        let target;
        let candidate;
        beforeAll(async () => {
            target = await setup(dataset, { privacy: PRIVACY });
            candidate = target.client ?? createClient({ adapter: target.adapter, privacy: PRIVACY });
        });
        afterAll(() => target?.close());
        async function compare(name, c) {
            const params = { ...c.params, ...requiredParams(name) };
            const [expected, actual] = await Promise.all([queryOutcome(reference, name, params, c.viewer), queryOutcome(candidate, name, params, c.viewer)]);
            return { problem: report(c.label, params, actual, expected), expected };
        }
        it.each(queryNames)('%s gives the same results for every viewer and parameter set', async (name) => {
            const requests = cases.viewers().flatMap((v) => cases.paramSets(name, v).flatMap((params) => (diverges(name, params, v.viewer) ? [] : [{ label: v.label, viewer: v.viewer, params }])));
            const outcomes = await inBatches(requests, (c) => compare(name, c));
            const problems = outcomes.flatMap((o) => (o.problem ? [o.problem] : []));
            expect(problems.slice(0, 10).join('\n')).toBe('');
            expect(outcomes.filter((o) => 'ok' in o.expected).length).toBeGreaterThan(10);
        });
        it.each(queryNames)('%s refuses out-of-scope requests with the same ScopeError', async (name) => {
            const problems = [];
            for (const c of cases.outOfScope()) {
                if (diverges(name, c.params, c.viewer))
                    continue;
                const { problem, expected } = await compare(name, c);
                // A learner may name a teammate where peers are shown (the leaderboard): both then answer alike.
                const peers = name === 'leaderboard' && c.label === 'learner asking for a teammate';
                if (!peers)
                    expect(expected, c.label).toMatchObject({ error: { code: 'SCOPE' } });
                if (problem)
                    problems.push(problem);
            }
            expect(problems.join('\n')).toBe('');
        });
        it.each(queryNames)('%s treats adversarial parameters as the mock does', async (name) => {
            const problems = [];
            for (const c of cases.adversarial(name)) {
                if (diverges(name, c.params, c.viewer))
                    continue;
                const { problem, expected } = await compare(name, c);
                if (c.refused)
                    expect(expected, c.label).toMatchObject({ error: { code: c.refused } });
                if (problem)
                    problems.push(problem);
            }
            expect(problems.join('\n')).toBe('');
        });
        it.each(['csv', 'parquet'])('exports the same %s files with the same audit entries', async (format) => {
            const problems = [];
            let exported = 0;
            for (const c of cases.exports()) {
                const request = { format, params: c.params, viewer: c.viewer };
                const [expected, actual] = await Promise.all([exportOutcome(reference, request), exportOutcome(candidate, request)]);
                if (c.refused)
                    expect(expected, c.label).toMatchObject({ error: { code: c.refused } });
                if ('ok' in expected) {
                    exported++;
                    const { audit } = expected.ok;
                    expect(audit, c.label).toMatchObject({ format, org_id: c.viewer.orgId, user_id: c.viewer.userId, role: c.viewer.role });
                }
                const problem = report(c.label, c.params, actual, expected);
                if (problem)
                    problems.push(problem);
            }
            expect(problems.slice(0, 10).join('\n')).toBe('');
            expect(exported).toBeGreaterThan(5);
        });
        if (options.resolveScope !== false) {
            it('resolves the same scope as the mock for every user', async () => {
                const someone = dataset.users[0].user_id;
                for (const u of dataset.users) {
                    const request = { viewer: { userId: u.user_id, role: u.role, orgId: u.org_id }, userIds: [someone, 'ghost', 'ties-a'], teamId: undefined };
                    const [expected, actual] = await Promise.all([reference.adapter.resolveScope(request), target.adapter.resolveScope(request)]);
                    expect(actual, u.user_id).toEqual(expected);
                }
            });
        }
        it('still holds every row after the adversarial requests', async () => {
            const problems = [];
            for (const v of cases.viewers().filter((x) => x.viewer.role === 'admin')) {
                for (const name of ['orgOverview', 'recentAttempts']) {
                    const params = name === 'recentAttempts' ? { now: CHECK_NOW, limit: 1000 } : { now: CHECK_NOW };
                    const { problem } = await compare(name, { label: v.label, viewer: v.viewer, params });
                    if (problem)
                        problems.push(problem);
                }
            }
            expect(problems.join('\n')).toBe('');
        });
    });
}
//# sourceMappingURL=conformance.js.map