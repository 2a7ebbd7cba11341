import type { AssignmentProgressRow } from './assignmentProgress.types.js';

/** Totals across assignments: how many are overdue and how many learners are behind on them. */
export function overdueSummary(rows: readonly AssignmentProgressRow[]): { assignments: number; learners: number } {
  let assignments = 0;
  let learners = 0;
  for (const row of rows) {
    if (!row.isOverdue) continue;
    assignments += 1;
    learners += row.overdue;
  }
  return { assignments, learners };
}
