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
import { type BackendAdapter, type LearnlensClient, type QueryName, type Viewer } from '@learnlens/data-client';
import { type MockDataset } from '@learnlens/mock';
import { type Params } from './conformance/cases.js';
export { conformanceDataset, EMPTY_ORG, NOW as CONFORMANCE_NOW, TIES_ORG } from './conformance/dataset.js';
export { differences } from './conformance/compare.js';
/** What `setup` is given besides the dataset. */
export interface ConformanceContext {
    /** The privacy policy the reference client uses; a server in front of the adapter must use the same. */
    privacy: {
        pseudonymSalt: string;
    };
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
    /** Compare `adapter.resolveScope` with the mock's for every user (default true). */
    resolveScope?: boolean;
}
/** Declares the conformance tests of one adapter (see the top of this file). */
export declare function describeConformance(label: string, setup: (dataset: MockDataset, context: ConformanceContext) => Promise<ConformanceTarget>, options?: ConformanceOptions): void;
//# sourceMappingURL=conformance.d.ts.map