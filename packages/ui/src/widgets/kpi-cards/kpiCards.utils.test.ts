import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../widget-shell/format.js';
import { changeOf, changeText, windowInsideRange } from './kpiCards.utils.js';

const fmt = createFormatters(enUS);

describe('KPI change', () => {
  it('should compare with the previous period as a ratio', () => {
    expect(changeOf(15, 10, 'previous 7 days')).toEqual({ direction: 'up', ratio: 0.5, against: 'previous 7 days' });
    expect(changeText(changeOf(5, 10, 'previous 7 days'), fmt)).toEqual({ glyph: '▼', text: 'down 50% vs previous 7 days' });
  });

  it('should not invent a percentage when the previous period had nothing', () => {
    expect(changeText(changeOf(4, 0, 'previous 30 days'), fmt).text).toBe('none in the previous 30 days');
    expect(changeText(changeOf(0, 0, 'previous 30 days'), fmt).text).toBe('no change vs previous 30 days');
  });
});

describe('windowInsideRange', () => {
  it('should drop a comparison whose previous period the date filter cut off', () => {
    const now = '2026-10-31T12:00:00.000Z';
    expect(windowInsideRange(undefined, now, 60)).toBe(true);
    expect(windowInsideRange('2026-10-02', now, 14)).toBe(true);
    expect(windowInsideRange('2026-10-02', now, 60)).toBe(false);
    expect(windowInsideRange('2026-10-20', now, 14)).toBe(false);
  });
});
