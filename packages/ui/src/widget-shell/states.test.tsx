// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WidgetSkeleton } from './states.js';

// Issue 10 §3: a loading widget shows a placeholder of its own shape, not the same grey lines for everything.
describe('WidgetSkeleton', () => {
  it('should draw cards for KPI cards, bars for a chart and rows of cells for a table', () => {
    const shapes = (kind: 'cards' | 'chart' | 'table' | 'stats') => {
      const { container, unmount } = render(<WidgetSkeleton kind={kind} rows={4} />);
      const skeleton = container.querySelector('[data-slot=skeleton]')!;
      const found = {
        kind: skeleton.getAttribute('data-kind'),
        cards: skeleton.querySelectorAll('.ll-skeleton-card').length,
        bars: skeleton.querySelectorAll('.ll-skeleton-chart > .ll-skeleton-line').length,
        rows: skeleton.querySelectorAll('.ll-skeleton-row').length,
        announced: skeleton.getAttribute('role') === 'status' && (skeleton.textContent ?? '').trim() !== '',
      };
      unmount();
      return found;
    };
    expect(shapes('cards')).toEqual({ kind: 'cards', cards: 5, bars: 0, rows: 0, announced: true });
    expect(shapes('stats')).toMatchObject({ cards: 6, bars: 0, rows: 0 });
    expect(shapes('chart')).toMatchObject({ cards: 0, bars: 12, rows: 0 });
    // A header row and one row per expected line.
    expect(shapes('table')).toMatchObject({ cards: 0, bars: 0, rows: 5 });
  });
});
