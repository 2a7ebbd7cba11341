// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { messagesDe } from '../../i18n/locales/de.js';
import { renderWithLearnlens } from '../../test-fixtures/render.js';
import { TUTORING_NOW, tutoringDataset, tutoringViewer } from '../../test-fixtures/tutoring.js';
import { filterBar, spyAdapter, teamsOf, waitForReady, widget } from '../test-fixtures/viewFixtures.js';
import { LearnerView } from '../learner-view/LearnerView.js';
import { TutorView } from './TutorView.js';

const dataset = tutoringDataset();
const tutor = tutoringViewer('manager');
const tutorWidgets = ['accuracy-trend', 'learning-velocity', 'topic-mastery', 'assignment-progress', 'difficulty-calibration', 'question-quality'] as const;

describe('TutorView', () => {
  it("should show a tutor their students' accuracy, topics, assignments and question calibration, scoped to their class", async () => {
    const spy = spyAdapter(dataset);
    renderWithLearnlens(<TutorView now={TUTORING_NOW} timezone="UTC" animation={false} teams={teamsOf(dataset, tutor)} />, { adapter: spy.adapter, viewer: tutor });
    await waitForReady(tutorWidgets);
    expect(screen.getByRole('region', { name: 'Tutor dashboard' })).toBeInTheDocument();
    // The grid lists the tutor's own students only: the backend scopes a manager to their team.
    const students = dataset.users.filter((u) => u.team_id === dataset.users.find((x) => x.user_id === tutor.userId)!.team_id && u.role === 'learner');
    const rows = [...widget('topic-mastery').querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-user-id'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((id) => students.some((s) => s.user_id === id))).toBe(true);
    expect(within(widget('difficulty-calibration')).getByRole('heading', { name: 'Difficulty of your questions' })).toBeInTheDocument();
    expect(within(widget('question-quality')).getByRole('heading', { name: 'Quality of your questions' })).toBeInTheDocument();
    expect(spy.requests('questionQuality').at(-1)?.viewer).toEqual(tutor);
  });

  it('should re-query every widget with the period chosen in the filter bar', async () => {
    const user = userEvent.setup();
    const spy = spyAdapter(dataset);
    renderWithLearnlens(<TutorView now={TUTORING_NOW} timezone="UTC" animation={false} />, { adapter: spy.adapter, viewer: tutor });
    await waitForReady(tutorWidgets);
    await user.selectOptions(within(filterBar()).getByLabelText('Period'), 'Last 90 days');
    await waitFor(() => {
      for (const name of ['accuracyTrend', 'learningVelocity', 'topicMastery', 'difficultyCalibration', 'questionQuality'] as const) {
        expect(spy.requests(name).at(-1)?.params).toMatchObject({ from: '2026-08-03', timezone: 'UTC' });
      }
    });
  });

  it('should hand a question the tutor opens to onSelectQuestion', async () => {
    const user = userEvent.setup();
    const onSelectQuestion = vi.fn();
    renderWithLearnlens(<TutorView now={TUTORING_NOW} timezone="UTC" animation={false} onSelectQuestion={onSelectQuestion} />, { adapter: spyAdapter(dataset).adapter, viewer: tutor });
    await waitForReady(tutorWidgets);
    await user.click(widget('difficulty-calibration').querySelector<HTMLElement>('[data-slot=select]')!);
    expect(onSelectQuestion).toHaveBeenCalledWith(expect.objectContaining({ activityId: expect.any(String) }));
    const fromQuality = widget('question-quality').querySelector<HTMLElement>('[data-slot=select]')!;
    await user.click(fromQuality);
    expect(onSelectQuestion).toHaveBeenLastCalledWith(expect.objectContaining({ activityId: expect.any(String), flagRate: expect.anything() }));
  });

  it('should keep the other widgets when one query fails', async () => {
    renderWithLearnlens(<TutorView now={TUTORING_NOW} timezone="UTC" animation={false} />, { adapter: spyAdapter(dataset, 'difficultyCalibration').adapter, viewer: tutor });
    await waitForReady(tutorWidgets.filter((w) => w !== 'difficulty-calibration'));
    await waitFor(() => expect(widget('difficulty-calibration')).toHaveAttribute('data-state', 'error'));
  });
});

describe('LearnerView of a tutoring org', () => {
  const learner = tutoringViewer('learner');
  const learnerWidgets = ['accuracy-trend', 'topic-mastery', 'study-progress', 'assignment-progress', 'learning-velocity', 'recent-attempts'] as const;

  it('should show accuracy, topic mastery and pace instead of scores, mastery paths and talk time', async () => {
    const spy = spyAdapter(dataset);
    renderWithLearnlens(<LearnerView now={TUTORING_NOW} timezone="UTC" animation={false} scoreScale="binary" />, { adapter: spy.adapter, viewer: learner });
    await waitForReady(learnerWidgets);
    for (const gone of ['leaderboard', 'score-trend', 'mastery-trend', 'personal-stats']) {
      expect(document.querySelector(`[data-learnlens-widget=${gone}]`)).toBeNull();
    }
    expect(spy.requests('leaderboard')).toHaveLength(0);
    expect(document.body.textContent).not.toMatch(/Talk/);
    expect(widget('topic-mastery').querySelector('[data-slot=content]')).toHaveAttribute('data-mode', 'learner');
    // Spaced repetition: the learner's own review cards, asked for them alone.
    expect(spy.requests('progressSnapshots').at(-1)?.params).toMatchObject({ userIds: [learner.userId] });
  });

  it('should speak German', async () => {
    renderWithLearnlens(<LearnerView now={TUTORING_NOW} timezone="UTC" animation={false} scoreScale="binary" />, {
      adapter: spyAdapter(dataset).adapter,
      viewer: learner,
      messages: messagesDe,
    });
    await waitForReady(learnerWidgets);
    expect(within(widget('accuracy-trend')).getByRole('heading', { name: 'Ihre Trefferquote' })).toBeInTheDocument();
    expect(within(widget('learning-velocity')).getByRole('heading', { name: 'Ihr Tempo' })).toBeInTheDocument();
  });
});
