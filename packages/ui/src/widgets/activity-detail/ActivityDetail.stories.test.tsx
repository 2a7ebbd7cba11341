// @vitest-environment jsdom
import { expect } from 'vitest';
import { describeStoryStates } from '../../test-fixtures/storyStates.js';
import * as stories from '../../../../../stories/ActivityDetail.stories.js';

describeStoryStates(stories, {
  widget: 'activity-detail',
  states: { WithBack: 'ready', Correctness: 'ready', AsLearner: 'ready', OtherOrg: 'error', Stress: 'ready' },
  checks: {
    Data: (frame) => expect(frame.querySelectorAll('[data-slot=bucket]')).toHaveLength(10),
    WithBack: (frame) => expect(frame.querySelector('[data-slot=close]')).toHaveTextContent('Back'),
    Correctness: (frame) => expect(frame.textContent).toContain('Correct (1)'),
    AsLearner: (frame) => expect(frame.querySelectorAll('tr[data-user-id]')).toHaveLength(1),
    German: (frame) => expect(frame.textContent).toContain('Verteilung der Punktzahlen'),
  },
});
