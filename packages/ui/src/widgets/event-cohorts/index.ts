'use client';
export { EventCohorts } from './EventCohorts.js';
export type { EventCohortBand, EventCohortsProps } from './eventCohorts.types.js';
