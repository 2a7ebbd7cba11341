'use client';
export { ScoreTrend } from './ScoreTrend.js';
export type { ScoreTrendPoint, ScoreTrendProps } from './scoreTrend.types.js';
