'use client';
export { MasteryProgression } from './MasteryProgression.js';
export type { MasteryProgressionProps, MasteryProgressionRow } from './masteryProgression.types.js';
