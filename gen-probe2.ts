import { createMockDataset } from './packages/mock/src/index.ts';
createMockDataset({ seed: 42, orgs: 5, learnersPerOrg: 10_000, targetAttempts: 1_000_000 });
