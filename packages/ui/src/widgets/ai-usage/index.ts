'use client';
export { AiUsage } from './AiUsage.js';
export { aiUsageTotals } from './aiUsage.utils.js';
export type { AiUsageDay, AiUsageGroup, AiUsageProps, AiUsageTotal } from './aiUsage.types.js';
