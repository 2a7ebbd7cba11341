'use client';
export { LearningVelocity } from './LearningVelocity.js';
export { velocitySummary } from './learningVelocity.utils.js';
export type { LearningVelocityProps, VelocityDay } from './learningVelocity.types.js';
export type { ChartView } from '../../charts/ViewToggle.js';
