// @vitest-environment jsdom
import { expect } from 'vitest';
import { describeStoryStates } from '../../test-fixtures/storyStates.js';
import * as stories from '../../../../../stories/TeamPerformance.stories.js';

describeStoryStates(stories, {
  widget: 'team-performance',
  states: { AsAdmin: 'ready', AdminPicksTeam: 'ready', AsLearner: 'error' },
  checks: {
    Data: (frame) => expect(frame.textContent).toMatch(/Rank \d+ of \d+/),
    AdminPicksTeam: (frame) => expect(frame.textContent).toContain('Team Summit beside'),
    German: (frame) => expect(frame.textContent).toMatch(/Rang \d+ von \d+/),
  },
  notRun: { Stress: 'a 1,000-learner org, left to storybook build' },
});
