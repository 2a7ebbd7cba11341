'use client';
export { MasteryTrend } from './MasteryTrend.js';
export type { MasteryPoint, MasterySeries, MasteryTrendProps } from './masteryTrend.types.js';
