import type { AssignmentProgressRow } from '../../widgets/assignment-progress/index.js';
import type { CompletionSummary } from './managerView.types.js';

/** Sums assignment rows into one completion rate, weighting each assignment by its assignees. */
export function completionSummary(rows: readonly AssignmentProgressRow[]): CompletionSummary {
  let assigned = 0;
  let completed = 0;
  let overdueAssignments = 0;
  let overdueLearners = 0;
  for (const row of rows) {
    assigned += row.assigned;
    completed += row.completed;
    overdueLearners += row.overdue;
    if (row.isOverdue) overdueAssignments += 1;
  }
  return { assignments: rows.length, assigned, completed, rate: assigned > 0 ? completed / assigned : null, overdueAssignments, overdueLearners };
}
