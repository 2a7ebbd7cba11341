// Seed 003 (TutorAssist) reads question attempts from `attempts`. Our rows
// live in seed 002's fact table, so `attempts` is a view over it with the
// columns seed 003's queries use.

/**
 * Seed 003's `attempts` over our scored attempts: is_correct is score = 1 (binary scale), submitted_at is
 * ended_at, the activity is the question, the org is the workspace.
 */
export const attemptsView = `create view attempts as
select
  attempt_id as id,
  user_id as student_user_id,
  org_id as workspace_id,
  scenario_id as question_id,
  score = 1 as is_correct,
  duration_seconds as time_spent_seconds,
  ended_at as submitted_at
from fact_scenario_attempts
where score is not null;`;

/** "Student accuracy over time" (seed 003, Student Performance Analytics 1), with its `?` as $1 (student) and $2 (since). */
export const studentAccuracyOverTime = `SELECT DATE_TRUNC('week', submitted_at), 
       COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*) as accuracy
FROM attempts
WHERE student_user_id = $1 AND submitted_at > $2
GROUP BY 1;`;
