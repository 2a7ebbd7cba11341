// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NOW } from '../test-fixtures/dataset.js';
import { renderWithLearnlens } from '../test-fixtures/render.js';
import { RecentAttempts } from '../widgets/recent-attempts/RecentAttempts.js';
import { ScrollRegion } from './ScrollRegion.js';

// Issue 10 §3: "truncate with the full text on hover and focus". A cut cell's text could be read by hovering only
// (its title); now the arrow keys reach every cell from the table's scroll region, and a focused cell shows its
// whole text (the widgets' stylesheet lifts the cut while the cell has focus).
describe('table cells by keyboard', () => {
  it('should reach the cells with the arrow keys and show a cut cell whole while it has focus', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(<RecentAttempts params={{ now: NOW }} />);
    const region = (await screen.findByRole('table')).closest<HTMLElement>('[data-slot=scroll]')!;
    act(() => region.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-column', 'startedAt');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const activity = document.activeElement as HTMLElement;
    expect(activity).toHaveAttribute('data-column', 'activity');
    const cut = activity.querySelector<HTMLElement>('.ll-truncate')!;
    // Focused: the cut is lifted and the text wraps inside the cell; the cell's name is its whole text.
    expect(getComputedStyle(cut).maxWidth).toBe('none');
    expect(getComputedStyle(cut).whiteSpace).toBe('normal');
    expect(activity).toHaveAccessibleName(activity.title);
    // The table stays one tab stop, the region: a cell is focusable, not tabbable.
    expect(activity.tabIndex).toBe(-1);
    expect(region.tabIndex).toBe(0);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-column', 'score');
    // Unfocused: cut again, as wide as the column allows.
    expect(getComputedStyle(cut).maxWidth).toBe('24ch');
    await user.keyboard('{ArrowUp}');
    // The header cell's sort button takes focus, as in a grid.
    expect(document.activeElement?.tagName).toBe('BUTTON');
    await user.keyboard('{End}');
    expect(document.activeElement?.closest('th')).toHaveAttribute('data-column', 'durationSeconds');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(region);
  });

  it('should mirror the arrow keys right to left, not Home and End, and leave the table with Tab', async () => {
    const user = userEvent.setup();
    renderWithLearnlens(
      <div dir="rtl">
        <ScrollRegion label="Words">
          <table className="ll-table">
            <tbody>
              <tr>
                <th scope="row">a</th>
                <td>b</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
        <button type="button">after</button>
      </div>,
      { dir: 'rtl' },
    );
    const region = screen.getByRole('region', { name: 'Words' });
    act(() => region.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('a');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('a');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.textContent).toBe('b');
    // Home and End are the row's start and end, in either direction.
    await user.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe('a');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('b');
    await user.tab();
    expect(document.activeElement).toHaveTextContent('after');
  });
});
