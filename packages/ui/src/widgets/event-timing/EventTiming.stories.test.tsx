// @vitest-environment jsdom
import { expect } from 'vitest';
import { describeStoryStates } from '../../test-fixtures/storyStates.js';
import * as stories from '../../../../../stories/EventTiming.stories.js';

describeStoryStates(stories, {
  widget: 'event-timing',
  states: { Table: 'ready', AsLearner: 'ready' },
  checks: {
    Table: (frame) => expect(frame.textContent).toContain('Filler words'),
    German: (frame) => expect(frame.textContent).toContain('Füllwörter'),
  },
});
