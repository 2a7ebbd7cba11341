import type { Message } from '../translate.js';

// The English words of the KPI event widgets (seed 002 fact_kpi_events). Other languages and host overrides come
// through the provider's `messages`.

/** Names of seed 002's KPI event types, shared by EventTiming and EventCohorts. */
export const kpiEventTypeMessages = {
  'kpiEvent.filler_word': 'Filler words',
  'kpiEvent.interruption': 'Interruptions',
  'kpiEvent.question_asked': 'Questions asked',
  'kpiEvent.objection_raised': 'Objections raised',
  'kpiEvent.keyword_mentioned': 'Keywords mentioned',
  'kpiEvent.long_pause': 'Long pauses',
} as const satisfies Record<string, Message>;

/** The words of EventTiming. */
export const eventTimingMessages = {
  ...kpiEventTypeMessages,
  'eventTiming.title': 'When events happen in a call',
  'eventTiming.subject': 'event timing',
  'eventTiming.description': 'Share of each event type by tenth of the call, calls started {range}',
  'eventTiming.caption': 'Share of each event type by tenth of the call, calls started {range} ({timeZone})',
  'eventTiming.part': '{from}–{to} of the call',
  'eventTiming.cellDetail': { one: '{count} event · {share} of this type', other: '{count} events · {share} of this type' },
  'eventTiming.col.type': 'Event type',
  'eventTiming.col.events': 'Events',
  'eventTiming.col.calls': 'Calls',
  'eventTiming.emptyTitle': 'No call events yet',
  'eventTiming.emptyReason': 'No call started {range} ({timeZone}) had filler words, interruptions, questions or other call events.',
  'eventTiming.emptyReasonFiltered': 'No call started {range} ({timeZone}) had call events for the chosen filters.',
} as const satisfies Record<string, Message>;

/** The words of EventCohorts. */
export const eventCohortsMessages = {
  ...kpiEventTypeMessages,
  'eventCohorts.title': 'Learner groups by call events',
  'eventCohorts.subject': 'the learner groups',
  'eventCohorts.description': '{type} per call, averaged per learner, for calls started {range}',
  'eventCohorts.caption': '{type} per call (averaged per learner): learner groups, calls started {range} ({timeZone})',
  'eventCohorts.below': 'Fewer than {to} per call',
  'eventCohorts.between': '{from} to under {to} per call',
  'eventCohorts.atLeast': '{from} or more per call',
  'eventCohorts.col.group': 'Group',
  'eventCohorts.col.learners': 'Learners',
  'eventCohorts.col.calls': 'Calls',
  'eventCohorts.col.perCall': 'Average per call',
  'eventCohorts.col.avgScore': 'Average score',
  'eventCohorts.emptyTitle': 'No calls yet',
  'eventCohorts.emptyReason': 'No learner ended a call started {range} ({timeZone}).',
  'eventCohorts.emptyReasonFiltered': 'No learner ended a call started {range} ({timeZone}) for the chosen filters.',
} as const satisfies Record<string, Message>;

/** Every word of the KPI event widgets, for the locale files. */
export const kpiEventsMessages = { ...eventTimingMessages, ...eventCohortsMessages } as const;
