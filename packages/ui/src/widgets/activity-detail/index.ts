'use client';
export { ActivityDetail } from './ActivityDetail.js';
export type { ActivityDetailDay, ActivityDetailLearner, ActivityDetailProps, ActivityDetailResult } from './activityDetail.types.js';
