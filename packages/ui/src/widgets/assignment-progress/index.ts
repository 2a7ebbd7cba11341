'use client';
export { AssignmentProgress } from './AssignmentProgress.js';
export type { AssignmentProgressProps, AssignmentProgressRow } from './assignmentProgress.types.js';
