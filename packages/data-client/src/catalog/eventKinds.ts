// The event types seed 001's dashboards read, shared by every backend's definition of them. Starts and completions
// pair by kind (a lesson start with a lesson completion); `attempt_*` are the kinds of activities that are neither
// lessons nor assessments (voice scenarios, writing tasks, questions).

/** Start and completion event types of each kind of content, in the same order. */
export const contentEventKinds = [
  { start: 'lesson_start', complete: 'lesson_complete' },
  { start: 'assessment_start', complete: 'assessment_complete' },
  { start: 'attempt_started', complete: 'attempt_completed' },
] as const;

/** Event types that start a lesson, an assessment or another activity. */
export const startEventTypes: readonly string[] = contentEventKinds.map((k) => k.start);

/** Event types that complete a lesson, an assessment or another activity. */
export const completionEventTypes: readonly string[] = contentEventKinds.map((k) => k.complete);

/** The event type of an error the learner ran into (seed 001 `minute_metrics.errors`). */
export const ERROR_EVENT_TYPE = 'error';

/** The event type whose `score` payload field is an assessment score (0–100). */
export const ASSESSMENT_COMPLETE_EVENT_TYPE = 'assessment_complete';

/**
 * Lower bounds in seconds of `sessionQuality`'s duration classes: under 1 min, 1–5, 5–15, 15–30, 30–60 min, and an
 * hour or more. A session falls in the last class whose bound it reaches.
 */
export const sessionDurationBounds = [0, 60, 300, 900, 1800, 3600] as const;
