// @vitest-environment jsdom
import { expect } from 'vitest';
import { describeStoryStates } from '../../test-fixtures/storyStates.js';
import * as stories from '../../../../../stories/EventCohorts.stories.js';

describeStoryStates(stories, {
  widget: 'event-cohorts',
  states: { FillerWords: 'ready', AsManager: 'ready', AsLearner: 'error' },
  checks: {
    Data: (frame) => expect(frame.textContent).toContain('Fewer than 3 per call'),
    FillerWords: (frame) => expect(frame.textContent).toContain('0.5 or more per call'),
    German: (frame) => expect(frame.textContent).toContain('Weniger als 3 pro Gespräch'),
  },
});
