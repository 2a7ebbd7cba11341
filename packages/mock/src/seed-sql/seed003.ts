// Seed 003 (TutorAssist) reads question attempts from `attempts`. Our rows
// live in seed 002's fact table, so `attempts` is a view over it with the
// columns seed 003's queries use.

/**
 * Seed 003's `attempts` over every attempt: is_correct is score = 1 (binary scale; null for an ungraded answer, which
 * the seed's accuracy counts as not correct), submitted_at is ended_at (null while not submitted, so the seed's
 * `submitted_at > ?` leaves those out), the activity is the question, the org is the workspace. No attempt is left
 * out: an earlier `where score is not null` here hid the ungraded answers and with them the difference between
 * the seed's accuracy and an average of graded answers.
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
from fact_scenario_attempts;`;

/** "Student accuracy over time" (seed 003, Student Performance Analytics 1), with its `?` as $1 (student) and $2 (since). */
export const studentAccuracyOverTime = `SELECT DATE_TRUNC('week', submitted_at), 
       COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*) as accuracy
FROM attempts
WHERE student_user_id = $1 AND submitted_at > $2
GROUP BY 1;`;
