'use client';
export { ManagerView } from './ManagerView.js';
export type { CompletionSummary, ManagerViewProps, TeamCompletionProps } from './managerView.types.js';
export { completionSummary } from './managerView.utils.js';
export { TeamCompletion } from './TeamCompletion.js';
