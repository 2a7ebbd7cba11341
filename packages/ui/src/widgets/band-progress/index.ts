'use client';
export { BandProgress } from './BandProgress.js';
export type { BandProgressProps, BandProgressRow, BandProgressSummary } from './bandProgress.types.js';
