// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW } from '../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { KpiCards } from '../widgets/kpi-cards/KpiCards.js';
import { withWidgetBoundary } from './WidgetErrorBoundary.js';

let shouldCrash = true;
function Fragile({ label }: { label: string }) {
  if (shouldCrash) throw new Error('Cannot read properties of undefined (reading "rows")');
  return <p>{label} works</p>;
}
const FragileWidget = withWidgetBoundary(Fragile, { widget: 'fragile', title: 'Fragile widget' });

beforeEach(() => {
  shouldCrash = true;
  // React logs caught render errors; the test asserts what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('withWidgetBoundary', () => {
  it('should show a crashed widget error with Retry while the rest of the dashboard keeps working', async () => {
    const user = userEvent.setup();
    const onRenderError = vi.fn();
    renderWithLearnlens(
      <>
        <FragileWidget label="Fragile" onRenderError={onRenderError} />
        <KpiCards params={{ now: NOW }} />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load this widget.");
    expect(alert).toHaveTextContent('Cannot read properties of undefined');
    expect(screen.getByRole('heading', { name: 'Fragile widget' })).toBeInTheDocument();
    expect(await screen.findByText('Active learners')).toBeInTheDocument();
    expect(onRenderError).toHaveBeenCalledTimes(1);

    shouldCrash = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Fragile works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should keep the fallback inside the widget own themed scope', async () => {
    renderWithLearnlens(<FragileWidget label="Fragile" />, { theme: 'dark' });
    const scope = (await screen.findByRole('alert')).closest('[data-learnlens-widget]');
    expect(scope).toHaveAttribute('data-learnlens-widget', 'fragile');
    expect(scope).toHaveAttribute('data-theme', 'dark');
  });

  it('should say that a widget needs the provider when rendered without one', () => {
    render(<KpiCards />);
    expect(screen.getByRole('alert')).toHaveTextContent('must be rendered inside <LearnlensProvider');
  });
});
