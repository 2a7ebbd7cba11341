import { type MockDataset } from '@learnlens/mock';
/** The `now` every parameter set uses unless it names its own. */
export declare const NOW = "2026-10-29T15:30:00.000Z";
/** The org with members but no activities, attempts, events or assignments. */
export declare const EMPTY_ORG = "org-empty";
/** The org of hand-made tied scores. */
export declare const TIES_ORG = "org-ties";
/** The conformance dataset (built once): seed 7, 3 orgs × 14 learners, teams of 7, 90 days, plus the two extra orgs. */
export declare function conformanceDataset(): MockDataset;
//# sourceMappingURL=dataset.d.ts.map