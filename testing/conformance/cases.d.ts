import type { MockDataset } from '@learnlens/mock';
import type { QueryName, Viewer } from '@learnlens/data-client';
/** Query parameters as a caller passes them. */
export type Params = Record<string, unknown>;
/** A viewer with filters that are valid for them. */
export interface ViewerCase {
    label: string;
    viewer: Viewer;
    teamId: string | undefined;
    userIds: string[];
    /** A learner whose personal stats the viewer may read. */
    person: string;
}
/** One request: who, with what, and — when it must be refused — with which error code. */
export interface RequestCase {
    label: string;
    viewer: Viewer;
    params: Params;
    refused?: 'SCOPE' | 'INVALID_PARAMS';
}
/** Strings that would change a statement that interpolated them. */
export declare const INJECTIONS: string[];
/** Parameters some queries need on top of a case's. */
export declare const requiredParams: (name: QueryName) => Params;
/** The viewers, parameter sets and requests of the suite, over `dataset`. */
export declare function casesFor(dataset: MockDataset): {
    viewers: () => ViewerCase[];
    paramSets: (name: QueryName, v: ViewerCase) => Params[];
    outOfScope: () => RequestCase[];
    adversarial: (name: QueryName) => RequestCase[];
    exports: () => RequestCase[];
};
//# sourceMappingURL=cases.d.ts.map