'use client';
export { TeamPerformance } from './TeamPerformance.js';
export type { TeamPerformanceProps, TeamPerformanceRow, TeamPerformanceSummary } from './teamPerformance.types.js';
