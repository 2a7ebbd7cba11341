'use client';
export { TutorView } from './TutorView.js';
export type { TutorViewProps } from './tutorView.types.js';
