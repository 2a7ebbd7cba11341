'use client';
export { CohortComparison } from './CohortComparison.js';
export type { CohortComparisonProps, CohortRow } from './cohortComparison.types.js';
