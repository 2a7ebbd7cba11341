'use client';
export { TutorEffectiveness } from './TutorEffectiveness.js';
export type { TutorEffectivenessProps, TutorEffectivenessRow } from './tutorEffectiveness.types.js';
