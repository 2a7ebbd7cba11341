import { eventTypes } from '../eventTypes.js';

/**
 * The default xAPI verb → event type table, keyed by the verb's last IRI segment so that the ADL vocabulary of
 * xAPI 1.0.3 (`http://adlnet.gov/expapi/verbs/…`) and 2.0 (`https://w3id.org/xapi/adl/verbs/…`) both match.
 * `lesson_*` verbs become `assessment_*` when the object's activity type is an assessment, test or question.
 * A host overrides or extends it with full verb IRIs or short names (`ingestXapi({ verbs })`).
 */
export const defaultVerbTable: Readonly<Record<string, string>> = {
  initialized: eventTypes.sessionStart,
  resumed: eventTypes.sessionStart,
  launched: eventTypes.lessonStart,
  attempted: eventTypes.lessonStart,
  experienced: eventTypes.pageView,
  answered: eventTypes.interaction,
  interacted: eventTypes.interaction,
  responded: eventTypes.interaction,
  progressed: eventTypes.interaction,
  commented: eventTypes.interaction,
  asked: eventTypes.interaction,
  completed: eventTypes.lessonComplete,
  passed: eventTypes.assessmentComplete,
  failed: eventTypes.assessmentComplete,
  scored: eventTypes.assessmentComplete,
  mastered: eventTypes.assessmentComplete,
  terminated: eventTypes.sessionEnd,
  exited: eventTypes.sessionEnd,
  suspended: eventTypes.sessionEnd,
};

const assessmentActivityTypes = ['assessment', 'test', 'question', 'interaction', 'quiz', 'exam'];

/** The short name of an IRI: its last path segment (`…/verbs/completed` → `completed`). */
export function iriTail(iri: string): string {
  const trimmed = iri.replace(/[#/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':'));
  return trimmed.slice(cut + 1);
}

/**
 * The event type of a verb on an activity: a full-IRI entry of `overrides` first, then a short-name entry, then
 * the default table; a verb in no table becomes `xapi_<short name>` (kept and counted, feeding no metric).
 */
export function eventTypeForVerb(verbId: string, activityType: string | undefined, overrides: Readonly<Record<string, string>> = {}): string {
  const tail = iriTail(verbId);
  const mapped = overrides[verbId] ?? overrides[tail] ?? defaultVerbTable[tail];
  if (mapped === undefined) return `xapi_${tail.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  const isAssessment = activityType !== undefined && assessmentActivityTypes.includes(iriTail(activityType).toLowerCase());
  if (isAssessment && mapped === eventTypes.lessonStart) return eventTypes.assessmentStart;
  if (isAssessment && mapped === eventTypes.lessonComplete) return eventTypes.assessmentComplete;
  return mapped;
}
