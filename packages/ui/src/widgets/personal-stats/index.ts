'use client';
export { PersonalStats } from './PersonalStats.js';
export type { PersonalStatsProps, PersonalStatsResult } from './personalStats.types.js';
