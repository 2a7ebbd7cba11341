// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW } from '../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { RecentAttempts } from '../widgets/recent-attempts/RecentAttempts.js';
import { ScrollRegion } from './ScrollRegion.js';

// jsdom lays nothing out: the cut part of a cell (`.ll-truncate`, as CSS ellipsis cuts it in a browser) reports a
// content wider than its box, everything else fits.
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get() { return this.classList.contains('ll-truncate') ? 320 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get() { return this.classList.contains('ll-truncate') ? 120 : 0; } });
});
afterEach(() => {
  delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

// Issue 10 §3: "truncate with the full text on hover and focus": the hover title was the only way to read a cut cell.
describe('table cells by keyboard', () => {
  it('should show a cut cell’s full text in a tooltip while it has focus, as its description for screen readers', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />);
    const region = (await screen.findByRole('table')).closest<HTMLElement>('[data-slot=scroll]')!;
    act(() => region.focus());
    await user.keyboard('{ArrowDown}');
    const started = document.activeElement as HTMLElement;
    expect(started).toHaveAttribute('data-column', 'startedAt');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const activity = document.activeElement as HTMLElement;
    expect(activity).toHaveAttribute('data-column', 'activity');
    const full = activity.getAttribute('title')!;
    expect(full.length).toBeGreaterThan(0);
    expect(screen.getByRole('tooltip')).toHaveTextContent(full);
    expect(activity).toHaveAccessibleDescription(full);
    // The table keeps one tab stop: the cell now holds it, not the region.
    expect(activity.tabIndex).toBe(0);
    expect(region.tabIndex).toBe(-1);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-column', 'score');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(activity).not.toHaveAttribute('aria-describedby');
    await user.keyboard('{ArrowUp}');
    // The header cell's sort button takes focus, as in a grid.
    expect(document.activeElement?.tagName).toBe('BUTTON');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(region);
    expect(region.tabIndex).toBe(0);
  });

  it('should hide the tooltip when focus leaves the table, and move by arrow keys mirrored right to left', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(
      <>
        <ScrollRegion label="Words">
          <table className="ll-table">
            <tbody>
              <tr>
                <th scope="row">a</th>
                <td title="a very long description">
                  <span className="ll-truncate">a very long description</span>
                </td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
        <button type="button">after</button>
      </>,
      { dir: 'rtl' },
    );
    const region = screen.getByRole('region', { name: 'Words' });
    act(() => region.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('a');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('a');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('a very long description');
    await user.tab();
    expect(document.activeElement).toHaveTextContent('after');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
