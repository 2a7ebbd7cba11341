'use client';
export { ContentPerformance } from './ContentPerformance.js';
export type { ContentPerformanceProps, ContentPerformanceRow } from './contentPerformance.types.js';
export { rankedContent } from './contentPerformance.utils.js';
