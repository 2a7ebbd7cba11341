// @vitest-environment jsdom
import { expect } from 'vitest';
import { describeStoryStates } from '../../test-fixtures/storyStates.js';
import * as stories from '../../../../../stories/BandProgress.stories.js';

describeStoryStates(stories, {
  widget: 'band-progress',
  states: { ByTeam: 'ready', AsLearner: 'ready', NoBands: 'empty' },
  checks: {
    Data: (frame) => expect(frame.querySelectorAll('[data-slot="row"]').length).toBeGreaterThan(1),
    ByTeam: (frame) => expect(frame.textContent).toMatch(/Cohort /),
    AsLearner: (frame) => expect(frame.querySelector('table')).toBeNull(),
    German: (frame) => expect(frame.textContent).toContain('Gesamt-Band'),
  },
});
