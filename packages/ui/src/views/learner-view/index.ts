'use client';
export { LearnerView } from './LearnerView.js';
export type { LearnerViewProps } from './learnerView.types.js';
