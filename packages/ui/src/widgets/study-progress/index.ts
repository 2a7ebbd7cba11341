'use client';
export { StudyProgress } from './StudyProgress.js';
export type { ProgressSnapshot, StudyProgressProps } from './studyProgress.types.js';
