'use client';
export { QuestionQuality } from './QuestionQuality.js';
export { reasonLabel } from './questionQuality.utils.js';
export type { QuestionQualityField, QuestionQualityProps, QuestionQualityRow, QuestionQualitySort } from './questionQuality.types.js';
