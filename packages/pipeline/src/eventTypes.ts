/**
 * The event types the transform counts, and the payload (`data`) fields it reads. Other event types are kept
 * and counted in `total_events` but feed no other column.
 */
export const eventTypes = {
  /** A page or screen was shown. `data.page` (or `data.url`, `data.content_id`) names it: `unique_pages`. */
  pageView: 'page_view',
  /** A click, answer or other interaction: `interactions`, `total_interactions`. */
  interaction: 'interaction',
  /** A lesson was opened. `data.content_id` (or `data.lesson_id`): `lessons_started`, `lessons_attempted`. */
  lessonStart: 'lesson_start',
  /** A lesson was finished. `data.content_id`, optional `data.score` 0–100: `lessons_completed`, mastery evidence. */
  lessonComplete: 'lesson_complete',
  /** An assessment was opened. `data.content_id` (or `data.assessment_id`): `assessments_started`. */
  assessmentStart: 'assessment_start',
  /** An assessment was submitted. `data.content_id`, `data.score` 0–100: completions, `avg_assessment_score`, mastery. */
  assessmentComplete: 'assessment_complete',
  /** Something failed for the learner. `data.message`: `errors`, sessions with errors. */
  error: 'error',
  /** A session was opened (optional: a session also starts at its first event). */
  sessionStart: 'session_start',
  /** A session was closed: the session is not active any more (`is_active` false). */
  sessionEnd: 'session_end',
} as const;

/** One of the event types the transform reads. */
export type KnownEventType = (typeof eventTypes)[keyof typeof eventTypes];

/** Every event type the transform reads, for documentation and checks. */
export const knownEventTypes: readonly KnownEventType[] = Object.values(eventTypes);
